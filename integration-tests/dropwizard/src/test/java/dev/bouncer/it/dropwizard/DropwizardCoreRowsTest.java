package dev.bouncer.it.dropwizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.stacks.CoreRows;
import dev.bouncer.it.stacks.app.Hits;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The core rows on Dropwizard 5.0 with Bouncer's bridge ({@code BouncerAuthDynamicFeature} in place
 * of {@code AuthDynamicFeature}) and nothing of Bouncer's registered: Dropwizard's Jersey finds
 * Bouncer through the runtime's service files (every 403 below is Bouncer's problem document, which
 * nothing else in this application produces).
 *
 * <p>dropwizard-auth authenticates every protected method, the locator's sub-resource included,
 * before Bouncer runs: a caller without (valid) credentials gets dropwizard-auth's 401 and challenge
 * ({@code Basic realm="orders"}), never Bouncer's default {@code Bearer realm="api"}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DropwizardCoreRowsTest extends CoreRows {
  static final DropwizardAppExtension<OrdersConfiguration> APP =
      DropwizardApp.of(true, OrdersConfiguration.Bouncer.NOTHING);

  @Override
  protected URI base() {
    return DropwizardApp.base(APP);
  }

  @Override
  protected String challenge() {
    return "Basic realm=\"" + OrdersApplication.REALM + "\"";
  }

  /** dropwizard-auth refuses an anonymous caller first; Bouncer answers the others 500. */
  @Override
  protected int unprocessedStatus(String user) {
    return user == null ? 401 : 500;
  }

  /** The 401 is dropwizard-auth's own answer, not Bouncer's problem document. */
  @Test
  void unauthorizedIsDropwizardAuthsAnswer() throws Exception {
    for (String path : new String[] {"/orders", "/orders/me", "/orders/7", "/orders/vault"}) {
      HttpResponse<String> response = call("GET", path, null);
      assertEquals(401, response.statusCode(), path);
      assertEquals(
          "Credentials are required to access this resource.", response.body(), path);
      assertTrue(
          response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"),
          path);
    }
  }

  /** Bouncer's 403 with the default configuration: the requirement is not named. */
  @Test
  void forbiddenIsBouncersDefaultProblem() throws Exception {
    HttpResponse<String> response = call("GET", "/orders", "nobody");
    assertEquals(403, response.statusCode());
    assertTrue(!response.body().contains("orders:read"), response.body());
  }

  /**
   * The locator's path under other spellings. Jersey routes matrix parameters to the locator, and
   * matches percent-encoded text as written: {@code %76ault} is not the literal {@code vault}, so
   * it is {@code GET /orders/{id}} with the id {@code vault}, whose permission ({@code
   * orders:read:vault}) no user holds. Whatever the route, a refused caller never runs anything.
   */
  @Test
  void locatorSpelledOtherwiseIsStillGuarded() throws Exception {
    String[][] rows = {
      // path, what Jersey runs, the reader's status
      {"/orders/vault;x=1", "vault.open", "200"},
      {"/orders;a=b/vault", "vault.open", "200"},
      {"/orders/vault/", "vault.open", "200"},
      {"/orders/%76ault", "orders.get.vault", "403"},
      {"/orders/%76%61%75%6c%74;x=1", "orders.get.vault", "403"},
    };
    for (String[] row : rows) {
      String path = row[0];
      String hit = row[1];
      int before = ranSoFar();
      HttpResponse<String> anonymous = call("GET", path, null);
      assertEquals(401, anonymous.statusCode(), path + ": " + anonymous.body());
      assertEquals(
          challenge(), anonymous.headers().firstValue("WWW-Authenticate").orElse(null), path);
      HttpResponse<String> nobody = call("GET", path, "nobody");
      assertEquals(403, nobody.statusCode(), path + " as nobody: " + nobody.body());
      assertEquals(
          before, ranSoFar(), path + " ran for a refused caller");
      HttpResponse<String> reader = call("GET", path, "reader");
      assertEquals(
          Integer.parseInt(row[2]), reader.statusCode(), path + " as reader: " + reader.body());
      boolean ran = reader.statusCode() == 200;
      assertEquals(ran ? "ran " + hit : true, ran ? reader.body() : !reader.body().contains("ran"));
      assertEquals(
          before + (ran ? 1 : 0), ranSoFar(), path + " as reader");
    }
  }

  /** Everything the locator variants could run. */
  static int ranSoFar() {
    return Hits.count("vault.open") + Hits.count("orders.get.vault");
  }
}
