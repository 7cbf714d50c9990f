package dev.bouncer.it;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.app.Apps;
import dev.bouncer.it.app.Hits;
import dev.bouncer.it.app.TestAuthenticationFilter;
import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.BouncerFeature;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Runs {@link Scenarios#all()} against one server implementation: status, headers, problem+json
 * body, and whether the resource method ran.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ScenarioTableTest {
  private final Map<Scenario.AppKind, ServerUnderTest> servers =
      new EnumMap<>(Scenario.AppKind.class);
  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /** Starts this implementation's server for one application. */
  protected abstract ServerUnderTest.Factory factory();

  @BeforeAll
  void startServers() throws Exception {
    servers.put(Scenario.AppKind.EXPLICIT, factory().start(Apps.explicit()));
    servers.put(Scenario.AppKind.ZERO_REGISTRATION, factory().start(Apps.zeroRegistration()));
    servers.put(
        Scenario.AppKind.THROWING_AUTHORIZER, factory().start(Apps.throwingAuthorizer()));
  }

  @AfterAll
  void stopServers() {
    servers.values().forEach(ServerUnderTest::close);
  }

  @TestFactory
  Stream<DynamicTest> scenarioTable() {
    return Scenarios.all().stream().map(s -> DynamicTest.dynamicTest(s.name(), () -> check(s)));
  }

  /**
   * The feature is registered explicitly and also discovered by the server: the check must run
   * exactly once per request, with the application's authorizer (not the defaults).
   */
  @Test
  void explicitAndDiscovered_checkRunsOncePerRequest() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    Authorizer grants = Authorizer.fromGrants(TestAuthenticationFilter::grantsOf);
    try (ServerUnderTest server =
        factory()
            .start(
                Apps.withAuthorizer(
                    (caller, required) -> {
                      calls.incrementAndGet();
                      return grants.permits(caller, required);
                    }))) {
      for (int i = 1; i <= 5; i++) {
        HttpResponse<String> response =
            client.send(
                HttpRequest.newBuilder(server.baseUri().resolve("/orders"))
                    .header(TestAuthenticationFilter.USER, "wanda")
                    .header(TestAuthenticationFilter.GRANTS, "orders:*")
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), "the wildcard grant needs the app's authorizer");
        assertEquals(i, calls.get(), "one authorizer call per request");
      }
    }
  }

  /**
   * Registering nothing: the discovered gate and the discovered feature share one configuration, so
   * a sub-resource request the gate decided is not decided again by the method's own filter.
   */
  @Test
  void zeroRegistration_subResourceChecksRunOncePerRequest() throws Exception {
    ServerUnderTest server = servers.get(Scenario.AppKind.ZERO_REGISTRATION);
    TestAuthenticationFilter.ROLE_CHECKS.set(0);
    HttpResponse<String> response =
        client.send(
            HttpRequest.newBuilder(server.baseUri().resolve("/tenants/acme/projects/p1"))
                .method("DELETE", HttpRequest.BodyPublishers.noBody())
                .header(TestAuthenticationFilter.USER, "ta")
                .header(
                    TestAuthenticationFilter.GRANTS,
                    "tenants:acme:enter projects:p1:open projects:p1:delete")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), response.body());
    assertEquals(
        3, TestAuthenticationFilter.ROLE_CHECKS.get(), "two locators and the method, once each");
  }

  private void check(Scenario s) throws Exception {
    ServerUnderTest server = servers.get(s.app());
    int before = Hits.count(s.resourceKey());
    HttpResponse<String> response =
        client.send(s.request(server.baseUri(), Duration.ofSeconds(10)), HttpResponse.BodyHandlers.ofString());
    int after = Hits.count(s.resourceKey());

    String challenge =
        s.app() == Scenario.AppKind.ZERO_REGISTRATION
            ? BouncerFeature.DEFAULT_CHALLENGE
            : Apps.CHALLENGE;
    String body = response.body();
    String type = response.headers().firstValue("Content-Type").orElse("");
    String authenticate = response.headers().firstValue("WWW-Authenticate").orElse(null);
    assertEquals(s.status(), response.statusCode(), () -> "status; body: " + body);
    if (s.allowed()) {
      assertAll(
          () -> assertEquals(before + 1, after, "the resource method ran once"),
          () -> assertNull(authenticate, "no challenge on success"),
          () -> {
            if (!s.method().equals("HEAD")) {
              assertEquals("ran " + s.resourceKey(), body);
            }
          });
      return;
    }
    assertAll(
        () -> assertEquals(before, after, "a denied request must not reach the resource"),
        () -> assertTrue(type.startsWith("application/problem+json"), "content type " + type + " in " + response.headers().map()),
        () -> {
          if (s.status() == 401) {
            assertEquals(challenge, authenticate, "401 carries the challenge");
          } else {
            assertNull(authenticate, "only a 401 carries WWW-Authenticate");
          }
        },
        () -> {
          if (!s.method().equals("HEAD")) {
            assertTrue(body.contains("\"status\":" + s.status()), body);
            assertTrue(body.contains("\"title\":\""), body);
            assertTrue(body.contains("\"detail\":\""), body);
            assertFalse(body.contains("orders:"), "a denial does not reveal the requirement");
            assertFalse(body.contains("ran "), "the resource's body never appears");
          }
        });
  }
}
