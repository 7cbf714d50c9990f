package dev.bouncer.it.dropwizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.stacks.CoreRows;
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
 * The core rows with the bridge and a configured {@code BouncerFeature} registered through {@code
 * environment.jersey().register}: its challenge is dropwizard-auth's ({@code Basic
 * realm="orders"}), and its 403 names the requirement, which proves the configured feature, not the
 * discovered defaults, decides.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DropwizardConfiguredCoreRowsTest extends CoreRows {
  static final DropwizardAppExtension<OrdersConfiguration> APP =
      DropwizardApp.of(true, OrdersConfiguration.Bouncer.CONFIGURED);

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

  @Override
  protected int unprocessedStatus(String user) {
    return user == null ? 401 : 500;
  }

  @Test
  void configuredFeatureDecides() throws Exception {
    HttpResponse<String> response = call("GET", "/orders", "nobody");
    assertEquals(403, response.statusCode());
    assertTrue(response.body().contains("it requires orders:read"), response.body());
    HttpResponse<String> vault = call("GET", "/orders/vault;x=1", "nobody");
    assertEquals(403, vault.statusCode());
    assertTrue(vault.body().contains("it requires vault:open"), vault.body());
  }

  /** One start-up line: how Bouncer was switched on, how many root resource methods it enforces. */
  @Test
  void bouncerSaysHowItWasSwitchedOn() throws Exception {
    call("GET", "/health", null);
    List<String> lines = log.startingWith("Bouncer is on, ");
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(
        lines.get(0).startsWith(
            "Bouncer is on, configured (BouncerFeature registered by the application): "
                + "10 root resource methods enforced, 3 open"),
        lines.get(0));
    assertTrue(
        lines.get(0).endsWith("challenge Basic realm=\"orders\", 403 names the requirement"),
        lines.get(0));
  }
}
