package dev.bouncer.it.dropwizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.stacks.CoreRows;
import dev.bouncer.it.stacks.app.Hits;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.util.List;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The core rows on Dropwizard 5.0 with Bouncer's bridge ({@code BouncerAuthDynamicFeature} in place
 * of {@code AuthDynamicFeature}) and nothing of Bouncer's registered: Dropwizard's Jersey finds
 * Bouncer through the runtime's service files (every 403 below is Bouncer's problem document, which
 * nothing else in this application produces).
 *
 * <p>dropwizard-auth authenticates every protected method, the locator's sub-resource included,
 * before Bouncer runs: a caller without (valid) credentials gets dropwizard-auth's 401 and
 * challenge
 * ({@code Basic realm="orders"}), never Bouncer's default {@code Bearer realm="api"}.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DropwizardCoreRowsTest extends CoreRows {
  static final DropwizardAppExtension<OrdersConfiguration> APP =
      DropwizardApp.of(true, OrdersConfiguration.Bouncer.NOTHING);

  /** Bouncer logs its start-up line at the application's first request, after this. */
  private static BouncerLog log;

  @BeforeAll
  static void keepBouncersLines() {
    log = BouncerLog.capture();
  }

  @AfterAll
  static void stopKeeping() {
    log.close();
  }

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

  /** One start-up line: how Bouncer was switched on, how many root resource methods it enforces. */
  @Test
  void bouncerSaysHowItWasSwitchedOn() throws Exception {
    call("GET", "/health", null);
    List<String> lines = log.startingWith("Bouncer is on, ");
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(
        lines.get(0).startsWith(
            "Bouncer is on, discovered (the runtime's META-INF/services): "
                + "10 root resource methods enforced, 3 open"),
        lines.get(0));
  }

  /** A composed policy, a class-level one: authenticated by dropwizard-auth, decided by Bouncer. */
  @Test
  void composedAndClassLevelPoliciesAreAuthenticated() throws Exception {
    unauthorized("GET", "/bridge/composed", "bridge.composed");
    forbidden("GET", "/bridge/composed", "nobody", "bridge.composed");
    allowed("GET", "/bridge/composed", "reader", "bridge.composed");
    unauthorized("GET", "/signed-in", "signed-in");
    allowed("GET", "/signed-in", "nobody", "signed-in");
  }

  /** dropwizard-auth's {@code @Auth} principal on a protected method; optional on an open one. */
  @Test
  void authParametersStillWork() throws Exception {
    unauthorized("GET", "/bridge/principal", "bridge.principal");
    HttpResponse<String> named = call("GET", "/bridge/principal", "clerk");
    assertEquals(200, named.statusCode(), named.body());
    assertEquals("ran bridge.principal as clerk", named.body());
    HttpResponse<String> anonymous = call("GET", "/bridge/optional", null);
    assertEquals(200, anonymous.statusCode(), anonymous.body());
    assertEquals("ran bridge.optional as anonymous", anonymous.body());
    HttpResponse<String> reader = call("GET", "/bridge/optional", "reader");
    assertEquals("ran bridge.optional as reader", reader.body());
  }
}
