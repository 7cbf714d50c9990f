package dev.bouncer.it;

import dev.bouncer.it.app.TestAuthenticationFilter;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;

/**
 * One row of the scenario table: a request by an identity, the status it must get, and the resource
 * method that must (2xx) or must not (4xx/5xx) have run.
 */
public record Scenario(
    AppKind app,
    String method,
    String path,
    Identity identity,
    int status,
    String resourceKey,
    String header) {

  /** Which deployed application a row runs against. */
  public enum AppKind {
    EXPLICIT,
    ZERO_REGISTRATION,
    THROWING_AUTHORIZER
  }

  public boolean allowed() {
    return status >= 200 && status < 300;
  }

  /** The request this row sends to a server at {@code base}, with its identity's headers. */
  public HttpRequest request(URI base, Duration timeout) {
    boolean body = method.equals("POST") || method.equals("PUT");
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(timeout)
            .method(
                method,
                body ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody());
    if (body) {
      request.header("Content-Type", "text/plain");
    }
    if (header != null) {
      String[] nameAndValue = header.split(":\\s*", 2);
      request.header(nameAndValue[0], nameAndValue[1]);
    }
    if (!identity.anonymous()) {
      request.header(TestAuthenticationFilter.USER, identity.user());
      if (!identity.grants().isEmpty()) {
        request.header(TestAuthenticationFilter.GRANTS, String.join(" ", identity.grants()));
      }
    }
    return request.build();
  }

  public String name() {
    return app
        + " "
        + method
        + " "
        + path
        + (header == null ? "" : " [" + header + "]")
        + " as "
        + identity
        + " -> "
        + status;
  }
}
