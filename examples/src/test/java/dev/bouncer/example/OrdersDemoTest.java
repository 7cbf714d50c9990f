package dev.bouncer.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.glassfish.grizzly.http.server.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The requests the demo prints, sent to the demo's own server: they must answer as printed. */
class OrdersDemoTest {
  private static HttpServer server;
  private static URI base;
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeAll
  static void start() {
    server = OrdersDemo.start(0);
    base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/");
  }

  @AfterAll
  static void stop() {
    server.shutdownNow();
  }

  @Test
  void anonymousGets401WithChallenge() throws Exception {
    HttpResponse<String> r = send("GET", "orders", null, null);
    assertEquals(401, r.statusCode());
    assertEquals(Optional.of("Bearer realm=\"orders\""), r.headers().firstValue("WWW-Authenticate"));
    assertTrue(r.body().contains("\"status\":401"), r.body());
  }

  @Test
  void unknownTokenIsNoIdentity() throws Exception {
    assertEquals(401, send("GET", "orders", "mallory-token", null).statusCode());
  }

  @Test
  void bobMayReadButNotWrite() throws Exception {
    assertEquals(200, send("GET", "orders", "bob-token", null).statusCode());
    HttpResponse<String> r = send("POST", "orders", "bob-token", "milk frother");
    assertEquals(403, r.statusCode());
    assertTrue(r.headers().firstValue("WWW-Authenticate").isEmpty());
  }

  @Test
  void alicePlacesAnOrder() throws Exception {
    HttpResponse<String> r = send("POST", "orders", "alice-token", "milk frother");
    assertEquals(201, r.statusCode(), r.body());
    assertTrue(r.body().contains("milk frother"));
  }

  @Test
  void cancelNeedsCancelOrAdmin() throws Exception {
    assertEquals(403, send("DELETE", "orders/1", "bob-token", null).statusCode());
    assertEquals(204, send("DELETE", "orders/2", "carol-token", null).statusCode());
  }

  @Test
  void healthIsOpenAndMeNeedsIdentity() throws Exception {
    assertEquals(200, send("GET", "orders/health", null, null).statusCode());
    assertEquals(401, send("GET", "orders/me", null, null).statusCode());
    HttpResponse<String> me = send("GET", "orders/me", "bob-token", null);
    assertEquals(200, me.statusCode());
    assertTrue(me.body().contains("bob"));
  }

  private static HttpResponse<String> send(String method, String path, String token, String body)
      throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(base.resolve(path))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      b.header("Content-Type", "text/plain");
    }
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }
}
