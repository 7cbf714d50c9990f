package dev.bouncer.it.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.quarkus.app.Hits;
import dev.bouncer.it.quarkus.unprocessed.UnprocessedResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The core rows over real HTTP, identity from Quarkus security (HTTP Basic, embedded users): no
 * identity gets 401 with Bouncer's challenge, an identity without the permission 403 with a
 * problem, and a denied request never reaches the resource method.
 */
@QuarkusTest
class CoreRowsTest {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  @TestHTTPResource("/")
  URI base;

  /** Who calls: user name and password are the same; null for anonymous. */
  private HttpResponse<String> call(String method, String path, String user) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path.substring(1)))
            .method(
                method,
                method.equals("POST")
                    ? HttpRequest.BodyPublishers.ofString("x")
                    : HttpRequest.BodyPublishers.noBody());
    if (user != null) {
      String token = user + ":" + user;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(token.getBytes(StandardCharsets.UTF_8)));
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private void unauthorized(String method, String path, String hit) throws Exception {
    int before = Hits.count(hit);
    HttpResponse<String> response = call(method, path, null);
    assertEquals(401, response.statusCode(), method + " " + path + ": " + response.body());
    assertEquals(
        "Bearer realm=\"api\"",
        response.headers().firstValue("WWW-Authenticate").orElse(null),
        method + " " + path);
    assertEquals(before, Hits.count(hit), method + " " + path + " ran for an anonymous caller");
  }

  private void forbidden(String method, String path, String user, String hit) throws Exception {
    int before = Hits.count(hit);
    HttpResponse<String> response = call(method, path, user);
    assertEquals(403, response.statusCode(), method + " " + path + " as " + user + ": " + response.body());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse(""),
        method + " " + path + " as " + user);
    assertTrue(response.body().contains("\"status\":403"), response.body());
    assertEquals(before, Hits.count(hit), method + " " + path + " ran for " + user);
  }

  private void allowed(String method, String path, String user, String hit) throws Exception {
    int before = Hits.count(hit);
    HttpResponse<String> response = call(method, path, user);
    assertEquals(200, response.statusCode(), method + " " + path + " as " + user + ": " + response.body());
    assertEquals("ran " + hit, response.body());
    assertEquals(before + 1, Hits.count(hit));
  }

  @Test
  void requiresPermission() throws Exception {
    unauthorized("GET", "/orders", "orders.list");
    forbidden("GET", "/orders", "nobody", "orders.list");
    allowed("GET", "/orders", "reader", "orders.list");
    unauthorized("POST", "/orders", "orders.create");
    forbidden("POST", "/orders", "reader", "orders.create");
    allowed("POST", "/orders", "clerk", "orders.create");
  }

  @Test
  void authenticated() throws Exception {
    unauthorized("GET", "/orders/me", "orders.me");
    allowed("GET", "/orders/me", "nobody", "orders.me");
  }

  /**
   * {@code @RolesAllowed} and {@code @DenyAll} are Quarkus security's annotations too: Quarkus checks
   * them itself, before any filter runs, and answers with its own 401 (its HTTP Basic challenge)
   * and 403 (no body). Denied either way; the method never runs.
   */
  private void deniedByQuarkus(String method, String path, String user, int status, String hit)
      throws Exception {
    int before = Hits.count(hit);
    HttpResponse<String> response = call(method, path, user);
    assertEquals(status, response.statusCode(), method + " " + path + " as " + user + ": " + response.body());
    if (status == 401) {
      assertTrue(
          response.headers().firstValue("WWW-Authenticate").isPresent(),
          method + " " + path + ": a 401 without a challenge");
    }
    assertEquals(before, Hits.count(hit), method + " " + path + " ran for " + user);
  }

  @Test
  void rolesAllowed() throws Exception {
    deniedByQuarkus("GET", "/orders/staff", null, 401, "orders.staff");
    deniedByQuarkus("GET", "/orders/staff", "reader", 403, "orders.staff");
    allowed("GET", "/orders/staff", "clerk", "orders.staff");
  }

  @Test
  void denyAll() throws Exception {
    deniedByQuarkus("DELETE", "/orders/7", null, 401, "orders.delete");
    deniedByQuarkus("DELETE", "/orders/7", "nobody", 403, "orders.delete");
    deniedByQuarkus("DELETE", "/orders/7", "clerk", 403, "orders.delete");
  }

  /** Quarkus authenticates first (proactive authentication): bad credentials are its own 401. */
  @Test
  void badCredentialsAreRefusedByQuarkus() throws Exception {
    int before = Hits.count("orders.list");
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("orders"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString("reader:wrong".getBytes(StandardCharsets.UTF_8)))
            .build();
    HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    assertEquals(401, response.statusCode(), response.body());
    assertEquals(before, Hits.count("orders.list"));
  }

  @Test
  void openEndpoints() throws Exception {
    allowed("GET", "/health", null, "health");
    allowed("GET", "/orders/public", null, "orders.public");
  }

  @Test
  void protectedLocator() throws Exception {
    unauthorized("GET", "/orders/vault", "vault.open");
    forbidden("GET", "/orders/vault", "nobody", "vault.open");
    allowed("GET", "/orders/vault", "reader", "vault.open");
  }

  @Test
  void template() throws Exception {
    unauthorized("GET", "/orders/7", "orders.get.7");
    allowed("GET", "/orders/7", "reader", "orders.get.7");
    forbidden("GET", "/orders/8", "reader", "orders.get.8");
  }

  @Test
  void classCompiledWithoutTheProcessorIsNeverOpen() throws Exception {
    int before = UnprocessedResource.HITS.get();
    for (String user : new String[] {null, "nobody", "reader"}) {
      HttpResponse<String> response = call("GET", "/unprocessed", user);
      assertEquals(
          500, response.statusCode(), "GET /unprocessed as " + user + ": " + response.body());
    }
    assertEquals(before, UnprocessedResource.HITS.get(), "the unprocessed method ran");
  }
}
