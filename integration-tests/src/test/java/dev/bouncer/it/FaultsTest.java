package dev.bouncer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.app.Apps;
import dev.bouncer.it.app.FaultInjectionFilter;
import dev.bouncer.it.app.Hits;
import dev.bouncer.it.app.TestAuthenticationFilter;
import dev.bouncer.runtime.Authorizer;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Faults that must deny (the authorizer throws an exception or an Error, the security context is
 * missing, the principal changes during the check) and faults that must change nothing (a slow
 * authorizer under concurrency, the feature registered twice, explicit registration and
 * discovery together), on one server implementation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class FaultsTest {
  private static final Logger BOUNCER_LOG = Logger.getLogger("dev.bouncer");

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private final AtomicInteger calls = new AtomicInteger();
  private final List<LogRecord> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
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
  private ServerUnderTest server;

  /** Starts this implementation's server for one application. */
  protected abstract ServerUnderTest.Factory factory();

  @BeforeAll
  void start() throws Exception {
    server = factory().start(Apps.faulty(counting(), false));
  }

  @AfterAll
  void stop() {
    server.close();
  }

  @BeforeEach
  void captureLog() {
    logged.clear();
    calls.set(0);
    BOUNCER_LOG.addHandler(capture);
  }

  @AfterEach
  void releaseLog() {
    BOUNCER_LOG.removeHandler(capture);
  }

  private Authorizer counting() {
    Authorizer grants = Authorizer.fromGrants(TestAuthenticationFilter::grantsOf);
    return (caller, required) -> {
      calls.incrementAndGet();
      return grants.permits(caller, required);
    };
  }

  @Test
  void authorizerThrowingAnException_denies500_andSaysWhy() throws Exception {
    for (String[] endpoint : deniedEndpoints()) {
      logged.clear();
      assertDenied(server, endpoint[0], endpoint[1], "orders:* tenants:acme:enter projects:p1:open fault:runtime", null, 500);
      assertTrue(
          logged.stream()
              .anyMatch(
                  r ->
                      r.getLevel() == Level.SEVERE
                          && r.getThrown() instanceof IllegalStateException
                          && r.getThrown().getMessage().equals("authorizer failed at run time")),
          "the log names the failure for " + endpoint[0]);
    }
  }

  @Test
  void authorizerThrowingAnError_denies500() throws Exception {
    for (String[] endpoint : deniedEndpoints()) {
      logged.clear();
      assertDenied(server, endpoint[0], endpoint[1], "orders:* tenants:acme:enter projects:p1:open fault:error", null, 500);
      assertTrue(
          logged.stream().anyMatch(r -> r.getThrown() instanceof StackOverflowError),
          "the log names the Error for " + endpoint[0]);
    }
  }

  @Test
  void missingSecurityContext_is401() throws Exception {
    for (String[] endpoint : deniedEndpoints()) {
      assertDenied(server, endpoint[0], endpoint[1], "orders:* tenants:acme:enter projects:p1:open", "null-context", 401);
    }
  }

  @Test
  void principalChangingDuringTheCheck_denies500() throws Exception {
    for (String fault : List.of("flipping-principal", "vanishing-principal")) {
      for (String[] endpoint : deniedEndpoints()) {
        logged.clear();
        assertDenied(server, endpoint[0], endpoint[1], "orders:* tenants:acme:enter projects:p1:open", fault, 500);
        assertTrue(
            logged.stream()
                .anyMatch(
                    r ->
                        r.getThrown() != null
                            && String.valueOf(r.getThrown().getMessage()).contains("principal changed")),
            "the log says the principal changed, " + fault + " " + endpoint[0]);
      }
    }
  }

  @Test
  void slowAuthorizerUnderConcurrency_decidesEveryRequestRight() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      List<Callable<Void>> requests = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        boolean allowed = i % 2 == 0;
        String grants = allowed ? "orders:read fault:slow" : "orders:write fault:slow";
        String user = "slow" + i;
        requests.add(
            () -> {
              HttpResponse<String> response = send(server, "GET", "/orders", user, grants, null);
              assertEquals(allowed ? 200 : 403, response.statusCode(), user);
              if (allowed) {
                assertEquals("ran orders.list", response.body());
              }
              return null;
            });
      }
      for (Future<Void> f : pool.invokeAll(requests, 60, TimeUnit.SECONDS)) {
        f.get();
      }
      assertEquals(64, calls.get(), "one authorizer call per request");
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void featureRegisteredTwice_checksOncePerRequest() throws Exception {
    calls.set(0);
    try (ServerUnderTest twice = factory().start(Apps.faulty(counting(), true))) {
      checkOnce(twice);
    }
  }

  @Test
  void explicitAndDiscovered_checkOncePerRequest_throughLocatorsToo() throws Exception {
    checkOnce(server);
  }

  /** Root and sub-resource requests: decisions right, and each permission asked for once. */
  private void checkOnce(ServerUnderTest target) throws Exception {
    calls.set(0);
    assertEquals(200, send(target, "GET", "/orders", "rita", "orders:read", null).statusCode());
    assertEquals(1, calls.get(), "GET /orders: one check");
    assertEquals(403, send(target, "GET", "/orders", "will", "orders:write", null).statusCode());
    assertEquals(2, calls.get(), "denied GET /orders: one check");
    int before = Hits.count("project.view");
    HttpResponse<String> deep =
        send(target, "GET", "/tenants/acme/projects/p1", "tp", "tenants:acme:enter projects:p1:open", null);
    assertEquals(200, deep.statusCode(), deep.body());
    assertEquals("ran project.view", deep.body());
    assertEquals(before + 1, Hits.count("project.view"));
    assertEquals(4, calls.get(), "two locators, one check each; the method itself has no policy");
    assertEquals(
        200,
        send(target, "DELETE", "/tenants/acme/projects/p1", "ta", "tenants:acme:enter projects:p1:open projects:p1:delete", null)
            .statusCode());
    assertEquals(7, calls.get(), "two locators and the method's own permission, once each");
  }

  /**
   * With {@code Authorizer.fromGrants}, the application's grants function runs once per request:
   * on a sub-resource path too, where two locators' policies and the method's own are checked.
   */
  @Test
  void grantsFunction_calledOncePerRequest_throughTwoLocatorsAndTheMethod() throws Exception {
    java.util.concurrent.atomic.AtomicInteger lookups = new java.util.concurrent.atomic.AtomicInteger();
    Authorizer grants =
        Authorizer.fromGrants(
            caller -> {
              lookups.incrementAndGet();
              return TestAuthenticationFilter.grantsOf(caller);
            });
    try (ServerUnderTest target = factory().start(Apps.withAuthorizer(grants))) {
      String all = "tenants:acme:enter projects:p1:open projects:p1:delete";
      assertEquals(200, send(target, "DELETE", "/tenants/acme/projects/p1", "ta", all, null).statusCode());
      assertEquals(1, lookups.get(), "two locators and the method's own policy: one look-up");
      assertEquals(200, send(target, "GET", "/orders", "rita", "orders:read", null).statusCode());
      assertEquals(2, lookups.get(), "a root resource method: one look-up");
      HttpResponse<String> denied =
          send(target, "DELETE", "/tenants/acme/projects/p1", "tb", "tenants:acme:enter projects:p1:open", null);
      assertEquals(403, denied.statusCode(), denied.body());
      assertEquals(3, lookups.get(), "denied by the method's own policy after both locators");
    }
  }

  /** A root resource method, a sub-resource method behind two guarded locators. */
  private static List<String[]> deniedEndpoints() {
    return List.of(
        new String[] {"/orders", "orders.list"},
        new String[] {"/tenants/acme/projects/p1", "project.view"});
  }

  private void assertDenied(
      ServerUnderTest target, String path, String key, String grants, String fault, int status)
      throws Exception {
    int before = Hits.count(key);
    int lociBefore = Hits.count("project.view");
    HttpResponse<String> response = send(target, "GET", path, "faulty", grants, fault);
    assertEquals(status, response.statusCode(), path + " " + fault + ": " + response.body());
    assertEquals(before, Hits.count(key), "the resource method did not run: " + path);
    assertEquals(lociBefore, Hits.count("project.view"));
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
        "problem+json");
    if (status == 401) {
      assertEquals(Apps.CHALLENGE, response.headers().firstValue("WWW-Authenticate").orElse(null));
    } else {
      assertNull(response.headers().firstValue("WWW-Authenticate").orElse(null));
    }
  }

  private HttpResponse<String> send(
      ServerUnderTest target, String method, String path, String user, String grants, String fault)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(target.baseUri().resolve(path))
            .timeout(Duration.ofSeconds(20))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .header(TestAuthenticationFilter.USER, user)
            .header(TestAuthenticationFilter.GRANTS, grants);
    if (fault != null) {
      request.header(FaultInjectionFilter.FAULT, fault);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
