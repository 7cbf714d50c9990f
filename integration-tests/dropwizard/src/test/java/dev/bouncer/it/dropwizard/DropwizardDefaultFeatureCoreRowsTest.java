package dev.bouncer.it.dropwizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.stacks.CoreRows;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The core rows with the bridge and {@code new BouncerFeature()} registered through {@code
 * environment.jersey().register} beside the discovered one: the same defaults, enforced once.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DropwizardDefaultFeatureCoreRowsTest extends CoreRows {
  static final DropwizardAppExtension<OrdersConfiguration> APP =
      DropwizardApp.of(true, OrdersConfiguration.Bouncer.DEFAULTS);

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

  /** One start-up line: how Bouncer was switched on, how many root resource methods it enforces. */
  @Test
  void bouncerSaysHowItWasSwitchedOn() throws Exception {
    call("GET", "/health", null);
    List<String> lines = log.startingWith("Bouncer is on, ");
    assertEquals(1, lines.size(), lines.toString());
    assertTrue(
        lines.get(0).startsWith(
            "Bouncer is on, defaults (BouncerFeature with its default configuration, registered"
                + " or scanned): "
                + "10 root resource methods enforced, 3 open"),
        lines.get(0));
  }
}
