package dev.bouncer.it.quarkus.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.stacks.CoreRows;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The core rows on Quarkus with the {@code bouncer-quarkus} extension (Quarkus REST here, RESTEasy
 * Classic in {@code quarkus-resteasy-extension}, which runs this class too): the challenge comes
 * from {@code application.properties} ({@code bouncer.challenge=Basic realm="orders"}) and the
 * authorizer is the application's {@link Grants} bean, which honours wildcard grants where
 * Bouncer's default does not. Identity from Quarkus security (HTTP Basic, users embedded in {@code
 * application.properties}).
 *
 * <p>On Quarkus REST the app is compiled without the processor's generated {@code
 * Bouncer_Activation} providers ({@code -Abouncer.activation=false}): the features the extension
 * registers at build time are then the only thing that switches Bouncer on.
 *
 * <p>{@code @RolesAllowed} and {@code @DenyAll} are Quarkus security's annotations too: Quarkus
 * checks them itself, before any filter runs, and answers with its own 401 and 403.
 */
@QuarkusTest
class QuarkusExtensionCoreRowsTest extends CoreRows {
  private static final Logger BOUNCER = Logger.getLogger("dev.bouncer");
  private static final List<LogRecord> LOGGED = new CopyOnWriteArrayList<>();
  private static final Handler CAPTURE =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          LOGGED.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  @TestHTTPResource("/")
  URI base;

  /** Bouncer logs its start-up line at the first request, which no test has sent yet. */
  @BeforeAll
  static void captureBouncersLog() {
    BOUNCER.addHandler(CAPTURE);
  }

  @AfterAll
  static void release() {
    BOUNCER.removeHandler(CAPTURE);
  }

  @Override
  protected URI base() {
    return base;
  }

  @Override
  protected String challenge() {
    return "Basic realm=\"orders\"";
  }

  /**
   * The configured authorizer decides, for a root resource method and through the {@code vault}
   * locator alike: {@code boss} holds only {@code orders:*} and {@code vault:*}, which Bouncer's
   * default authorizer ({@code Authorizer.roles()}) would refuse with 403.
   */
  @Test
  void configuredAuthorizerDecides_rootMethodAndLocator() throws Exception {
    allowed("GET", "/orders", "boss", "orders.list");
    allowed("POST", "/orders", "boss", "orders.create");
    allowed("GET", "/orders/8", "boss", "orders.get.8");
    allowed("GET", "/orders/vault", "boss", "vault.open");
    // Wildcards open nothing outside their own domain, and Quarkus still checks roles first.
    denied("GET", "/orders/staff", "boss", 403, "orders.staff");
    denied("DELETE", "/orders/7", "boss", 403, "orders.delete");
  }

  /** Encoded paths and matrix parameters on the locator still reach its policy. */
  @Test
  void locatorSpelledOtherwise_isStillGuarded() throws Exception {
    for (String path : List.of("/orders/vault;x=1", "/orders/%76ault", "/orders/vault/")) {
      unauthorized("GET", path, "vault.open");
      forbidden("GET", path, "nobody", "vault.open");
      forbidden("GET", path, "clerk", "vault.open");
    }
  }

  /** What switched Bouncer on: the extension alone, or also the generated providers. */
  @Test
  void generatedActivationProviders_presentOnlyWhereExpected() {
    String expected = System.getProperty("it.generatedActivation");
    assertTrue(expected != null, "surefire sets it.generatedActivation");
    boolean present;
    try {
      Class.forName("dev.bouncer.it.stacks.app.Bouncer_Activation");
      present = true;
    } catch (ClassNotFoundException e) {
      present = false;
    }
    assertEquals(Boolean.parseBoolean(expected), present, "Bouncer_Activation compiled in");
  }

  /** One INFO line: configured, with the authorizer bean and the challenge from the properties. */
  @Test
  void startUpLine_saysConfigured_andNamesAuthorizerAndChallenge() throws Exception {
    allowed("GET", "/health", null, "health"); // the first request, if no other test sent one
    List<String> lines =
        LOGGED.stream()
            .filter(r -> r.getLevel() == Level.INFO)
            .map(LogRecord::getMessage)
            .filter(m -> m.startsWith("Bouncer is on"))
            .toList();
    assertEquals(1, lines.size(), "Bouncer's start-up lines: " + lines);
    String line = lines.get(0);
    assertTrue(line.contains("Bouncer is on, configured"), line);
    assertTrue(line.contains("authorizer the application's Authorizer bean Grants["), line);
    assertTrue(
        line.contains("Grants[Authorizer.roles() or Authorizer.fromGrants("), line);
    assertTrue(line.contains("challenge Basic realm=\"orders\""), line);
  }
}
