package dev.bouncer.quarkus.deployment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Real HTTP calls to the application under test, as a caller named by {@code X-User}. */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private Http() {}

  static HttpResponse<String> get(URI base, String path, String user, String roles)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
    if (user != null) {
      request.header("X-User", user);
      if (roles != null) {
        request.header("X-Roles", roles);
      }
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
