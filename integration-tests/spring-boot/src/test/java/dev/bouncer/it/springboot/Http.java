package dev.bouncer.it.springboot;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Requests sent exactly as written: the path is not normalised or encoded by the client. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private Http() {}

  /**
   * Sends {@code method} to {@code base} followed by {@code rawPath} (without its leading {@code
   * /}), with HTTP Basic {@code credentials} ({@code user:password}) unless null.
   */
  static HttpResponse<String> send(URI base, String method, String rawPath, String credentials)
      throws Exception {
    URI target = URI.create(base.toString() + rawPath.substring(1));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target)
            .method(
                method,
                method.equals("POST")
                    ? HttpRequest.BodyPublishers.ofString("x")
                    : HttpRequest.BodyPublishers.noBody());
    if (method.equals("POST")) {
      request.header("Content-Type", "text/plain");
    }
    if (credentials != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
    }
    return dev.bouncer.it.stacks.Exchanges.send(CLIENT, request.build());
  }
}
