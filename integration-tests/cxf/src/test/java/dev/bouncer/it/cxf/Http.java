package dev.bouncer.it.cxf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Plain requests, the raw path sent as written (no normalisation of dots or escapes). */
final class Http {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private Http() {}

  /** GET {@code rawPath} (relative to {@code base}, no leading slash) as {@code user} or nobody. */
  static HttpResponse<String> get(URI base, String rawPath, String user) throws Exception {
    return send("GET", URI.create(base.toString() + rawPath), user);
  }

  static HttpResponse<String> send(String method, URI uri, String user) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody());
    if (user != null) {
      request.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8)));
    }
    return dev.bouncer.it.stacks.Exchanges.send(CLIENT, request.build());
  }

  /** Whether anything accepts connections at {@code base}'s host and port. */
  static boolean listening(URI base) {
    try (java.net.Socket socket = new java.net.Socket()) {
      socket.connect(new java.net.InetSocketAddress(base.getHost(), base.getPort()), 1000);
      return true;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
