package dev.bouncer.it;

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
