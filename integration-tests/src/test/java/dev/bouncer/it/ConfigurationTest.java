package dev.bouncer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bouncer.it.app.Apps;
import dev.bouncer.it.app.OrdersResource;
import dev.bouncer.it.app.TenantsResource;
import dev.bouncer.it.app.TestAuthenticationFilter;
import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.BouncerFeature;
import jakarta.ws.rs.core.Application;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, items 2 and 3, on one server: a configured Bouncer wins over the discovered defaults
 * however it was registered, for root methods and locators alike; two different configurations
 * stop the application; the same configuration twice is fine; one INFO line per application says
 * what is enforced.
 */
public abstract class ConfigurationTest {
  private static final Logger BOUNCER_LOG = Logger.getLogger("dev.bouncer");

  /** Grants that the configured (wildcard) authorizer honours and the default roles do not. */
  private static final String WILDCARDS = "orders:* tenants:*:enter projects:*:open";

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
  private final Handler capture =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          logged.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  /** Starts this implementation's server for one application. */
  protected abstract ServerUnderTest.Factory factory();

  @BeforeEach
  void captureLog() {
    logged.clear();
    BOUNCER_LOG.addHandler(capture);
  }

  @AfterEach
  void releaseLog() {
    BOUNCER_LOG.removeHandler(capture);
  }

  // --- one configuration wins, however it was registered --------------------------------------

  @Test
  void configuredFromTheApplicationsFeature_decidesRootMethodsAndLocators() throws Exception {
    assertConfiguredEverywhere(Apps.withSingletons(Apps.registering(Apps.configured())));
  }

  @Test
  void configuredDirectly_decidesRootMethodsAndLocators() throws Exception {
    assertConfiguredEverywhere(Apps.withSingletons(Apps.configured()));
  }

  /**
   * {@code getSingletons()} building a new {@code BouncerFeature} (with a new authorizer) on every
   * call: one configuration, not as many as there are calls. Bouncer once counted the instances
   * of its own calls, never registered anywhere, and refused to start such an application.
   */
  @Test
  void configuredInGetSingletons_builtAfreshOnEveryCall_isOneConfiguration() throws Exception {
    assertConfiguredEverywhere(Apps.withFreshSingletons(Apps::configured));
    assertConfiguredEverywhere(
        Apps.withFreshSingletons(OtherFeature::new, () -> Apps.registering(Apps.configured())));
  }

  @Test
  void configuredFromAFeatureNextToOneRegisteringNothingOfBouncers() throws Exception {
    assertConfiguredEverywhere(
        Apps.withSingletons(new OtherFeature(), Apps.registering(Apps.configured())));
  }

  @Test
  void registeredByClass_isTheDefaultConfiguration() throws Exception {
    try (ServerUnderTest server =
        factory().start(Apps.withSingletons(Apps.registering(BouncerFeature.class)))) {
      // Roles, not wildcards: the defaults, for root methods and locators.
      assertEquals(403, get(server, "/orders", WILDCARDS).statusCode());
      assertEquals(403, get(server, "/tenants/acme/projects/p1", WILDCARDS).statusCode());
      assertEquals(
          200, get(server, "/tenants/acme/projects/p1", "tenants:acme:enter projects:p1:open").statusCode());
      HttpResponse<String> anonymous = get(server, "/tenants/acme/projects/p1", null);
      assertEquals(401, anonymous.statusCode());
      assertEquals(
          BouncerFeature.DEFAULT_CHALLENGE,
          anonymous.headers().firstValue("WWW-Authenticate").orElse(null));
    }
  }

  private void assertConfiguredEverywhere(Application app) throws Exception {
    try (ServerUnderTest server = factory().start(app)) {
      HttpResponse<String> root = get(server, "/orders", WILDCARDS);
      assertEquals(200, root.statusCode(), "root method, wildcard grant: " + root.body());
      HttpResponse<String> locator = get(server, "/tenants/acme/projects/p1", WILDCARDS);
      assertEquals(
          200,
          locator.statusCode(),
          "two locators, wildcard grants: the configured authorizer decides, not the default roles: "
              + locator.body());
      assertEquals("ran project.view", locator.body());
      assertEquals(403, get(server, "/tenants/acme/projects/p1", "orders:*").statusCode());
      for (String path : List.of("/orders", "/tenants/acme/projects/p1")) {
        HttpResponse<String> anonymous = get(server, path, null);
        assertEquals(401, anonymous.statusCode(), path);
        assertEquals(
            Apps.CHALLENGE,
            anonymous.headers().firstValue("WWW-Authenticate").orElse(null),
            "the configured challenge: " + path);
      }
    }
  }

  /** A feature of the application's that registers nothing (a class of its own: servers keep one
   * instance per class). */
  private static final class OtherFeature implements jakarta.ws.rs.core.Feature {
    @Override
    public boolean configure(jakarta.ws.rs.core.FeatureContext context) {
      return true;
    }
  }

  // --- two different configurations: a start-up error naming both ------------------------------

  @Test
  void twoDifferentConfigurationsInGetSingletons_stopTheApplication() throws Exception {
    BouncerFeature one = Apps.configured();
    BouncerFeature other = BouncerFeature.builder().challenge("Basic realm=\"other\"").build();
    assertRefused(Apps.withSingletons(one, other), one, other);
  }

  @Test
  void configuredInGetSingletonsAndTheClassInGetClasses_stopTheApplication() throws Exception {
    BouncerFeature one = Apps.configured();
    assertRefused(
        Apps.withSingletons(Set.of(OrdersResource.class, BouncerFeature.class), one), one, null);
  }

  /**
   * Two different instances handed to the server's own {@code register}: Jersey and RESTEasy keep
   * one instance per class and drop the other (Jersey without a word) before any code of
   * Bouncer's sees it, so no start-up error is possible. What must hold: never open, and the
   * configuration in force is the first, consistently (its challenge on the 401s, named in the
   * start-up line), for root methods and locators alike.
   */
  @Test
  void twoDifferentInstancesPassedToRegister_theServerKeepsOne_neverOpen() throws Exception {
    BouncerFeature one = Apps.configured();
    BouncerFeature other = BouncerFeature.builder().challenge("Basic realm=\"other\"").build();
    ServerUnderTest server;
    try {
      server = factory().start(Apps.withSingletons(Apps.registering(one, other)));
    } catch (Exception refused) {
      assertNamesBoth(messages(refused), one, other);
      return;
    }
    try (ServerUnderTest started = server) {
      HttpResponse<String> anonymous = get(started, "/orders", null);
      assertEquals(401, anonymous.statusCode(), anonymous.body());
      String challenge = anonymous.headers().firstValue("WWW-Authenticate").orElse("");
      BouncerFeature kept = challenge.equals(Apps.CHALLENGE) ? one : other;
      assertTrue(
          challenge.equals(Apps.CHALLENGE) || challenge.equals("Basic realm=\"other\""),
          challenge);
      HttpResponse<String> locator = get(started, "/tenants/acme/projects/p1", null);
      assertEquals(401, locator.statusCode());
      assertEquals(
          challenge,
          locator.headers().firstValue("WWW-Authenticate").orElse(""),
          "root methods and locators under one configuration");
      // The wildcard authorizer is only in the first configuration; the second uses roles.
      assertEquals(kept == one ? 200 : 403, get(started, "/orders", WILDCARDS).statusCode());
      assertEquals(
          kept == one ? 200 : 403,
          get(started, "/tenants/acme/projects/p1", WILDCARDS).statusCode());
      List<String> lines = summaries();
      assertEquals(1, lines.size(), String.valueOf(lines));
      assertTrue(lines.get(0).contains(challenge), lines.get(0));
      // Jersey 4.0/3.1 and RESTEasy 7.0/6.2 all keep the first (docs/runtime.md says so).
      assertTrue(kept == one, "the server kept the second registration");
    }
  }

  /**
   * The server does not start (or, should it start, answers every request with 500), and the
   * error names both configurations.
   */
  private void assertRefused(Application app, BouncerFeature one, BouncerFeature other)
      throws Exception {
    ServerUnderTest server;
    try {
      server = factory().start(app);
    } catch (Exception refused) {
      assertNamesBoth(messages(refused), one, other);
      return;
    }
    try (ServerUnderTest started = server) {
      for (String path : List.of("/orders", "/orders/public", "/tenants/acme/projects/p1")) {
        HttpResponse<String> response = get(started, path, WILDCARDS);
        assertEquals(500, response.statusCode(), "started anyway: fail closed on " + path);
      }
      fail("the server started with two configurations (it answered 500 to everything)");
    }
  }

  private void assertNamesBoth(String message, BouncerFeature one, BouncerFeature other) {
    assertTrue(message.contains(one.toString()), message);
    assertTrue(
        message.contains(other == null ? "BouncerFeature.class" : other.toString()), message);
    assertTrue(
        logged.stream()
            .anyMatch(r -> r.getLevel() == Level.SEVERE && r.getMessage().contains(one.toString())),
        "logged SEVERE");
  }

  private static String messages(Throwable thrown) {
    StringBuilder all = new StringBuilder();
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      all.append(t).append('\n');
    }
    return all.toString();
  }

  // --- the same configuration twice is fine ------------------------------------------------------

  @Test
  void theSameConfigurationTwice_isOne() throws Exception {
    Authorizer shared = Authorizer.fromGrants(TestAuthenticationFilter::grantsOf);
    BouncerFeature one = BouncerFeature.builder().authorizer(shared).challenge(Apps.CHALLENGE).build();
    BouncerFeature same = BouncerFeature.builder().authorizer(shared).challenge(Apps.CHALLENGE).build();
    assertConfiguredEverywhere(Apps.withSingletons(one, Apps.registering(same)));
  }

  @Test
  void theDefaultsByClassAndByInstance_areOne() throws Exception {
    try (ServerUnderTest server =
        factory()
            .start(
                Apps.withSingletons(
                    new BouncerFeature(), Apps.registering(BouncerFeature.class)))) {
      assertEquals(
          200, get(server, "/tenants/acme/projects/p1", "tenants:acme:enter projects:p1:open").statusCode());
      assertEquals(403, get(server, "/orders", WILDCARDS).statusCode());
    }
  }

  // --- one INFO line per application ------------------------------------------------------------

  @Test
  void oneInfoLinePerApplication_withTheCounts() throws Exception {
    try (ServerUnderTest server =
        factory().start(Apps.withSingletons(Set.of(OrdersResource.class), Apps.configured()))) {
      assertEquals(List.of(), summaries(), "nothing before the first request");
      for (int i = 0; i < 3; i++) {
        assertEquals(200, get(server, "/orders", "orders:read").statusCode());
        assertEquals(200, get(server, "/orders/public", null).statusCode());
      }
      List<String> lines = summaries();
      assertEquals(1, lines.size(), String.valueOf(lines));
      String line = lines.get(0);
      // OrdersResource: list, get, create, replace, delete (@DenyAll), mine, export are
      // enforced; publicInfo (@PermitAll) is open.
      assertTrue(line.contains("7 root resource methods enforced, 1 open"), line);
      assertTrue(line.contains("configured"), line);
      assertTrue(line.contains("Authorizer.fromGrants("), line);
      assertTrue(line.contains(Apps.CHALLENGE), line);
    }
  }

  @Test
  void oneInfoLinePerApplication_whenNothingIsRegistered() throws Exception {
    try (ServerUnderTest first = factory().start(Apps.withSingletons(Set.of(TenantsResource.class)));
        ServerUnderTest second = factory().start(Apps.withSingletons(Set.of(OrdersResource.class)))) {
      for (int i = 0; i < 2; i++) {
        get(first, "/tenants/acme/projects/p1", "tenants:acme:enter projects:p1:open");
        get(second, "/orders", "orders:read");
      }
      List<String> lines = summaries();
      assertEquals(2, lines.size(), String.valueOf(lines));
      assertTrue(lines.stream().allMatch(l -> l.contains("discovered")), String.valueOf(lines));
      assertTrue(
          lines.stream().allMatch(l -> l.contains("Authorizer.roles()")), String.valueOf(lines));
      assertTrue(
          lines.stream().anyMatch(l -> l.contains("7 root resource methods enforced, 1 open")),
          String.valueOf(lines));
    }
  }

  private List<String> summaries() {
    return logged.stream()
        .filter(r -> r.getLevel() == Level.INFO && r.getMessage().startsWith("Bouncer is on"))
        .map(LogRecord::getMessage)
        .toList();
  }

  private HttpResponse<String> get(ServerUnderTest server, String path, String grants)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.baseUri().resolve(path)).timeout(Duration.ofSeconds(20)).GET();
    if (grants != null) {
      request
          .header(TestAuthenticationFilter.USER, "someone")
          .header(TestAuthenticationFilter.GRANTS, grants);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
