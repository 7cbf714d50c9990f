package dev.bouncer.it.stacks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.stacks.app.Hits;
import dev.bouncer.it.unprocessed.UnprocessedResource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * The core rows every stack module runs over real HTTP against the orders app ({@link
 * dev.bouncer.it.stacks.app.OrdersResource}), with identity from that stack's own security (HTTP
 * Basic; each user's password is its name):
 *
 * <ul>
 *   <li>{@code reader}: {@code orders:read}, {@code orders:read:7}, {@code vault:open};
 *   <li>{@code clerk}: {@code staff}, {@code orders:write};
 *   <li>{@code nobody}: nothing.
 * </ul>
 *
 * <p>No identity gets 401 with a challenge, an identity without the permission 403, and a denied
 * request never reaches the resource method (hit counters). A stack module extends this class, says
 * where its server listens, and sets up the users above with its own security.
 */
public abstract class CoreRows {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  /** Where the application is served, ending with {@code /}. */
  protected abstract URI base();

  /** The challenge Bouncer sends with its 401s in this stack's set-up. */
  protected String challenge() {
    return "Bearer realm=\"api\"";
  }

  /** What a method of a class compiled without the processor answers (never a success). */
  protected int unprocessedStatus() {
    return 500;
  }

  /**
   * What an anonymous caller gets from a {@code @DenyAll} method: Bouncer answers 403 to everyone,
   * identified or not; a stack whose own security checks {@code @DenyAll} before any filter runs
   * (Quarkus) answers 401 first.
   */
  protected int anonymousDenyAllStatus() {
    return 401;
  }

  /**
   * What an anonymous caller gets from a {@code @PermitAll} method: Bouncer lets everyone in; a
   * stack whose own security checks {@code jakarta.annotation.security} annotations first and asks
   * anonymous callers to authenticate even there answers something else (Payara: 401, after running
   * the method).
   */
  protected int anonymousPermitAllStatus() {
    return 200;
  }

  /**
   * How often the orders app's method {@code key} ran so far. The app's own counter by default;
   * a stack that serves the app from another JVM (an application server) asks it over HTTP.
   */
  protected int hits(String key) throws Exception {
    return Hits.count(key);
  }

  /** How often the method of the class compiled without the processor ran so far. */
  protected int unprocessedHits() throws Exception {
    return UnprocessedResource.HITS.get();
  }

  /** Who calls: user name and password are the same; null for anonymous. */
  protected final HttpResponse<String> call(String method, String path, String user)
      throws Exception {
    return send(method, path, user == null ? null : user + ":" + user);
  }

  private HttpResponse<String> send(String method, String path, String credentials)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base().resolve(path.substring(1)))
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

  /** Bouncer's 401: its challenge, and the method did not run. */
  protected final void unauthorized(String method, String path, String hit) throws Exception {
    int before = hits(hit);
    HttpResponse<String> response = call(method, path, null);
    assertEquals(401, response.statusCode(), method + " " + path + ": " + response.body());
    assertEquals(
        challenge(),
        response.headers().firstValue("WWW-Authenticate").orElse(null),
        method + " " + path);
    assertEquals(before, hits(hit), method + " " + path + " ran for an anonymous caller");
  }

  /** Bouncer's 403: a problem document, and the method did not run. */
  protected final void forbidden(String method, String path, String user, String hit)
      throws Exception {
    int before = hits(hit);
    HttpResponse<String> response = call(method, path, user);
    assertEquals(
        403, response.statusCode(), method + " " + path + " as " + user + ": " + response.body());
    assertEquals(
        "application/problem+json",
        response.headers().firstValue("Content-Type").orElse(""),
        method + " " + path + " as " + user);
    assertTrue(response.body().contains("\"status\":403"), response.body());
    assertEquals(before, hits(hit), method + " " + path + " ran for " + user);
  }

  /** 200, the method's own body, and it ran once. */
  protected final void allowed(String method, String path, String user, String hit)
      throws Exception {
    int before = hits(hit);
    HttpResponse<String> response = call(method, path, user);
    assertEquals(
        200, response.statusCode(), method + " " + path + " as " + user + ": " + response.body());
    assertEquals("ran " + hit, response.body());
    assertEquals(before + 1, hits(hit));
  }

  /**
   * Denied by whoever checks {@code jakarta.annotation.security} annotations in this stack (Bouncer,
   * or the framework's own security before any filter runs): the status, a challenge with a 401,
   * and the method did not run.
   */
  protected final void denied(String method, String path, String user, int status, String hit)
      throws Exception {
    int before = hits(hit);
    HttpResponse<String> response = call(method, path, user);
    assertEquals(
        status, response.statusCode(), method + " " + path + " as " + user + ": " + response.body());
    if (status == 401) {
      assertTrue(
          response.headers().firstValue("WWW-Authenticate").isPresent(),
          method + " " + path + ": a 401 without a challenge");
    }
    assertEquals(before, hits(hit), method + " " + path + " ran for " + user);
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

  @Test
  void rolesAllowed() throws Exception {
    denied("GET", "/orders/staff", null, 401, "orders.staff");
    denied("GET", "/orders/staff", "reader", 403, "orders.staff");
    allowed("GET", "/orders/staff", "clerk", "orders.staff");
  }

  @Test
  void denyAll() throws Exception {
    denied("DELETE", "/orders/7", null, anonymousDenyAllStatus(), "orders.delete");
    denied("DELETE", "/orders/7", "nobody", 403, "orders.delete");
    denied("DELETE", "/orders/7", "clerk", 403, "orders.delete");
  }

  /** Wrong credentials: refused (by the stack's security or by Bouncer), never run. */
  @Test
  void badCredentialsAreRefused() throws Exception {
    int before = hits("orders.list");
    HttpResponse<String> response = send("GET", "/orders", "reader:wrong");
    assertEquals(401, response.statusCode(), response.body());
    assertEquals(before, hits("orders.list"));
  }

  @Test
  void openEndpoints() throws Exception {
    allowed("GET", "/health", null, "health");
    if (anonymousPermitAllStatus() == 200) {
      allowed("GET", "/orders/public", null, "orders.public");
    } else {
      // The stack's own answer, not Bouncer's: the method is open, so whether it ran is not a
      // question of access (Payara runs it, then answers 401).
      HttpResponse<String> anonymous = call("GET", "/orders/public", null);
      assertEquals(anonymousPermitAllStatus(), anonymous.statusCode(), anonymous.body());
      allowed("GET", "/orders/public", "nobody", "orders.public");
    }
    allowed("GET", "/health", "reader", "health");
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

  /**
   * What a method of a class compiled without the processor answers {@code user} (null:
   * anonymous). Defaults to {@link #unprocessedStatus()} for everyone; a stack whose own security
   * authenticates that method first answers an anonymous caller 401 before Bouncer's 500.
   */
  protected int unprocessedStatus(String user) {
    return unprocessedStatus();
  }

  @Test
  void classCompiledWithoutTheProcessorIsNeverOpen() throws Exception {
    int before = unprocessedHits();
    for (String user : new String[] {null, "nobody", "reader"}) {
      HttpResponse<String> response = call("GET", "/unprocessed", user);
      assertEquals(
          unprocessedStatus(user),
          response.statusCode(),
          "GET /unprocessed as " + user + ": " + response.body());
      assertNotEquals(200, response.statusCode());
    }
    assertEquals(before, unprocessedHits(), "the unprocessed method ran");
  }
}
