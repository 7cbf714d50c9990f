package dev.bouncer.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.FakeRequest;
import dev.bouncer.runtime.FakeSecurityContext;
import dev.bouncer.runtime.LogCapture;
import dev.bouncer.runtime.Permission;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GuardTest {
  private static final String CHALLENGE = "Bearer realm=\"orders\"";
  private static final String ENDPOINT = "GET /orders/{id}";
  private static final String REQUIREMENT = "orders:read:{id}";

  private static final Enforcer ENFORCER =
      new Enforcer(Authorizer.roles(), CHALLENGE, false, false);

  /** What a test guard's {@code permits} does. */
  @FunctionalInterface
  interface Check {
    boolean permits(SecurityContext caller, ContainerRequestContext request) throws Exception;
  }

  /** A guard whose check is a lambda; records the callers it was asked about. */
  static final class TestGuard extends Guard {
    private final Check check;
    final List<SecurityContext> callers = new ArrayList<>();

    TestGuard(Enforcer enforcer, Check check) {
      super(enforcer, ENDPOINT, REQUIREMENT);
      this.check = check;
    }

    TestGuard(Check check) {
      this(ENFORCER, check);
    }

    @Override
    protected boolean permits(SecurityContext caller, ContainerRequestContext request) {
      callers.add(caller);
      try {
        return check.permits(caller, request);
      } catch (Exception e) {
        throw GuardTest.<RuntimeException>sneaky(e);
      }
    }
  }

  /** A guard that lets through callers who hold {@code orders:read}, as generated code does. */
  static final class HoldsGuard extends Guard {
    static final Permission REQUIRED = Permission.parse("orders:read");

    HoldsGuard(Enforcer enforcer) {
      super(enforcer, ENDPOINT, REQUIRED.toString());
    }

    @Override
    protected boolean permits(SecurityContext caller, ContainerRequestContext request) {
      return holds(caller, REQUIRED);
    }
  }

  /** Throws {@code e} unchecked, as code compiled from other JVM languages can. */
  @SuppressWarnings("unchecked")
  private static <E extends Throwable> E sneaky(Throwable e) throws E {
    throw (E) e;
  }

  private static int recurseForever(int depth) {
    return recurseForever(depth + 1) + 1;
  }

  private LogCapture log;

  @BeforeEach
  void captureLog() {
    log = LogCapture.start();
  }

  @AfterEach
  void releaseLog() {
    log.close();
  }

  private static FakeRequest identified() {
    return FakeRequest.with(FakeSecurityContext.user("ann"));
  }

  private static Map<String, Object> assertAbortedWith(FakeRequest request, int status) {
    assertTrue(request.aborted(), "request was let through");
    return EnforcerTest.problem(request.abortResponse(), status);
  }

  @Nested
  class WithoutIdentity {

    @Test
    void noSecurityContextIs401() {
      TestGuard guard = new TestGuard((caller, request) -> true);
      FakeRequest request = FakeRequest.with(null);

      guard.filter(request.context());

      assertAbortedWith(request, 401);
      assertEquals(
          CHALLENGE, request.abortResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
      assertTrue(guard.callers.isEmpty(), "permits must not be asked without identity");
    }

    @Test
    void noPrincipalIs401() {
      TestGuard guard = new TestGuard((caller, request) -> true);
      FakeRequest request = FakeRequest.with(FakeSecurityContext.anonymous());

      guard.filter(request.context());

      assertAbortedWith(request, 401);
      assertEquals(
          CHALLENGE, request.abortResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
      assertTrue(guard.callers.isEmpty(), "permits must not be asked without identity");
    }
  }

  @Nested
  class WithIdentity {

    @Test
    void permittedRequestIsLetThrough() {
      TestGuard guard = new TestGuard((caller, request) -> true);
      FakeRequest request = identified();

      guard.filter(request.context());

      assertFalse(request.aborted());
      assertTrue(log.records().isEmpty());
    }

    @Test
    void permitsGetsTheCallerAndTheRequest() {
      SecurityContext ann = FakeSecurityContext.user("ann");
      FakeRequest request = FakeRequest.with(ann);
      List<ContainerRequestContext> seen = new ArrayList<>();
      TestGuard guard =
          new TestGuard(
              (caller, r) -> {
                seen.add(r);
                return true;
              });

      guard.filter(request.context());

      assertEquals(List.of(ann), guard.callers);
      assertEquals(List.of(request.context()), seen);
    }

    @Test
    void refusedRequestIs403() {
      TestGuard guard = new TestGuard((caller, request) -> false);
      FakeRequest request = identified();

      guard.filter(request.context());

      assertAbortedWith(request, 403);
      assertNull(request.abortResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
      assertFalse(((String) request.abortResponse().getEntity()).contains("orders"));
    }

    @Test
    void refusalNamesTheRequirementWhenConfigured() {
      Enforcer revealing = new Enforcer(Authorizer.roles(), CHALLENGE, true, true);
      TestGuard guard = new TestGuard(revealing, (caller, request) -> false);
      FakeRequest request = identified();

      guard.filter(request.context());

      String detail = (String) assertAbortedWith(request, 403).get("detail");
      assertTrue(detail.contains(REQUIREMENT), detail);
      assertEquals(
          "Bearer error=\"insufficient_scope\"",
          request.abortResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void eachRequestIsDecidedOnItsOwn() {
      TestGuard guard =
          new TestGuard((caller, request) -> caller.getUserPrincipal().getName().equals("ann"));
      FakeRequest ann = FakeRequest.with(FakeSecurityContext.user("ann"));
      FakeRequest bob = FakeRequest.with(FakeSecurityContext.user("bob"));
      FakeRequest nobody = FakeRequest.with(FakeSecurityContext.anonymous());

      guard.filter(bob.context());
      guard.filter(ann.context());
      guard.filter(nobody.context());

      assertAbortedWith(bob, 403);
      assertFalse(ann.aborted());
      assertAbortedWith(nobody, 401);
    }
  }

  @Nested
  class FailsClosed {

    private void assertFailedWith500(Guard guard, FakeRequest request, Throwable cause) {
      guard.filter(request.context());

      assertAbortedWith(request, 500);
      assertEquals(1, log.records().size());
      LogRecord record = log.records().get(0);
      assertEquals(Level.SEVERE, record.getLevel());
      assertTrue(record.getMessage().contains(ENDPOINT), record.getMessage());
      if (cause != null) {
        assertSame(cause, record.getThrown());
      }
    }

    @Test
    void runtimeExceptionIs500() {
      IllegalStateException boom = new IllegalStateException("boom");
      TestGuard guard =
          new TestGuard(
              (caller, request) -> {
                throw boom;
              });

      assertFailedWith500(guard, identified(), boom);
    }

    @Test
    void assertionErrorIs500() {
      AssertionError boom = new AssertionError("invariant broken");
      TestGuard guard =
          new TestGuard(
              (caller, request) -> {
                throw boom;
              });

      assertFailedWith500(guard, identified(), boom);
    }

    @Test
    void realStackOverflowIs500() {
      TestGuard guard = new TestGuard((caller, request) -> recurseForever(0) > 0);

      assertFailedWith500(guard, identified(), null);
      assertTrue(log.records().get(0).getThrown() instanceof StackOverflowError);
    }

    @Test
    void failingAuthorizerIs500() {
      IllegalStateException boom = new IllegalStateException("directory down");
      Enforcer enforcer =
          new Enforcer(
              (caller, required) -> {
                throw boom;
              },
              CHALLENGE,
              false,
              false);

      assertFailedWith500(new HoldsGuard(enforcer), identified(), boom);
    }

    @Test
    void failingSecurityContextIs500() {
      IllegalStateException boom = new IllegalStateException("token store down");
      SecurityContext broken =
          new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
              throw boom;
            }

            @Override
            public boolean isUserInRole(String role) {
              throw boom;
            }

            @Override
            public boolean isSecure() {
              return false;
            }

            @Override
            public String getAuthenticationScheme() {
              return null;
            }
          };
      TestGuard guard = new TestGuard((caller, request) -> true);

      assertFailedWith500(guard, FakeRequest.with(broken), boom);
      assertTrue(guard.callers.isEmpty());
    }

    @Test
    void failingRequestIs500() {
      // FakeRequest throws for anything but the security context and abortWith.
      TestGuard guard =
          new TestGuard((caller, request) -> request.getHeaderString("X-Tenant") != null);

      assertFailedWith500(guard, identified(), null);
      assertTrue(log.records().get(0).getThrown() instanceof UnsupportedOperationException);
    }

    @Test
    void checkedExceptionNeverLetsTheRequestThrough() {
      IOException boom = new IOException("sneaky");
      TestGuard guard =
          new TestGuard(
              (caller, request) -> {
                throw boom;
              });
      FakeRequest request = identified();

      Throwable thrown = null;
      try {
        guard.filter(request.context());
      } catch (Throwable t) {
        thrown = t;
      }

      // Either the filter fails (and the server answers 500) or it aborts: never silently open.
      assertTrue(thrown == boom || request.aborted(), "request was let through");
    }
  }

  @Nested
  class Holds {

    @Test
    void asksTheEnforcersAuthorizerForTheCaller() {
      List<SecurityContext> callers = new ArrayList<>();
      List<Permission> asked = new ArrayList<>();
      Enforcer enforcer =
          new Enforcer(
              (caller, required) -> {
                callers.add(caller);
                asked.add(required);
                return caller.getUserPrincipal().getName().equals("ann");
              },
              CHALLENGE,
              false,
              false);
      HoldsGuard guard = new HoldsGuard(enforcer);
      SecurityContext ann = FakeSecurityContext.user("ann");
      FakeRequest annRequest = FakeRequest.with(ann);
      FakeRequest bobRequest = FakeRequest.with(FakeSecurityContext.user("bob"));

      guard.filter(annRequest.context());
      guard.filter(bobRequest.context());

      assertFalse(annRequest.aborted());
      assertAbortedWith(bobRequest, 403);
      assertSame(ann, callers.get(0));
      assertEquals(List.of(HoldsGuard.REQUIRED, HoldsGuard.REQUIRED), asked);
    }
  }

  /** A guard for {@code orders:read:42 && !orders:frozen && region:eu}, as generated code checks it. */
  static final class ThreeClauseGuard extends Guard {
    static final Permission READ = Permission.parse("orders:read:42");
    static final Permission FROZEN = Permission.parse("orders:frozen");
    static final Permission REGION = Permission.parse("region:eu");

    ThreeClauseGuard(Enforcer enforcer) {
      super(enforcer, ENDPOINT, "orders:read:42 && !orders:frozen && region:eu");
    }

    @Override
    protected boolean permits(SecurityContext caller, ContainerRequestContext request) {
      return holds(caller, READ) && !holds(caller, FROZEN) && holds(caller, REGION);
    }
  }

  @Nested
  class BoundPerRequest {

    private void assert500(Guard guard, FakeRequest request, Throwable cause) {
      guard.filter(request.context());

      assertAbortedWith(request, 500);
      assertEquals(1, log.records().size());
      if (cause != null) {
        assertSame(cause, log.records().get(0).getThrown());
      }
    }

    @Test
    void fromGrantsAsksForTheGrantsOncePerRequest_forEveryClause() {
      List<SecurityContext> asked = new ArrayList<>();
      List<String> grants = List.of("orders:read:*", "region:eu");
      Enforcer enforcer =
          new Enforcer(
              Authorizer.fromGrants(
                  c -> {
                    asked.add(c);
                    return grants;
                  }),
              CHALLENGE,
              false,
              false);
      SecurityContext ann = FakeSecurityContext.user("ann");
      FakeRequest request = FakeRequest.with(ann);

      new ThreeClauseGuard(enforcer).filter(request.context());

      assertFalse(request.aborted());
      assertEquals(1, asked.size());
      assertSame(ann, asked.get(0), "the grants function sees the server's security context");
    }

    @Test
    void fromGrantsWithAMutableCollection_seesARevocationOnTheNextRequest() {
      List<String> grants = new ArrayList<>(List.of("orders:read:*", "region:eu"));
      Enforcer enforcer =
          new Enforcer(Authorizer.fromGrants(c -> grants), CHALLENGE, false, false);
      ThreeClauseGuard guard = new ThreeClauseGuard(enforcer);
      FakeRequest first = identified();
      guard.filter(first.context());
      grants.remove("region:eu");
      FakeRequest second = identified();
      guard.filter(second.context());

      assertFalse(first.aborted());
      assertAbortedWith(second, 403);
    }

    @Test
    void fromGrantsWithAnImmutableCollection_aNewCollectionIsANewAnswer() {
      List<List<String>> current = new ArrayList<>(List.of(List.of("orders:read:*", "region:eu")));
      Enforcer enforcer =
          new Enforcer(Authorizer.fromGrants(c -> current.get(0)), CHALLENGE, false, false);
      ThreeClauseGuard guard = new ThreeClauseGuard(enforcer);
      FakeRequest first = identified();
      guard.filter(first.context());
      current.set(0, List.of("orders:read:*", "region:eu", "orders:frozen"));
      FakeRequest second = identified();
      guard.filter(second.context());
      current.set(0, List.of("orders:read:*"));
      FakeRequest third = identified();
      guard.filter(third.context());

      assertFalse(first.aborted());
      assertAbortedWith(second, 403);
      assertAbortedWith(third, 403);
    }

    @Test
    void anAuthorizerOfTheApplicationGetsTheServersSecurityContext_onEveryClause() {
      List<SecurityContext> callers = new ArrayList<>();
      Authorizer own =
          new Authorizer() {
            @Override
            public boolean permits(SecurityContext caller, Permission required) {
              callers.add(caller);
              return !required.equals(ThreeClauseGuard.FROZEN);
            }
          };
      Enforcer enforcer = new Enforcer(own, CHALLENGE, false, false);
      SecurityContext ann = FakeSecurityContext.user("ann");
      FakeRequest request = FakeRequest.with(ann);

      new ThreeClauseGuard(enforcer).filter(request.context());

      assertFalse(request.aborted());
      assertEquals(List.of(ann, ann, ann), callers);
    }

    @Test
    void aBoundAuthorizerDecidesEveryClauseWithTheServersSecurityContext() {
      List<SecurityContext> bound = new ArrayList<>();
      List<SecurityContext> checked = new ArrayList<>();
      Authorizer perRequest =
          (caller, required) -> {
            checked.add(caller);
            return !required.equals(ThreeClauseGuard.FROZEN);
          };
      Authorizer own =
          new Authorizer() {
            @Override
            public boolean permits(SecurityContext caller, Permission required) {
              throw new AssertionError("asked directly");
            }

            @Override
            public Authorizer forCaller(SecurityContext caller) {
              bound.add(caller);
              return perRequest;
            }
          };
      SecurityContext ann = FakeSecurityContext.user("ann");
      FakeRequest request = FakeRequest.with(ann);

      new ThreeClauseGuard(new Enforcer(own, CHALLENGE, false, false)).filter(request.context());

      assertFalse(request.aborted());
      assertEquals(List.of(ann), bound);
      assertEquals(List.of(ann, ann, ann), checked);
    }

    @Test
    void forCallerThatThrowsIs500() {
      IllegalStateException boom = new IllegalStateException("token store down");
      Authorizer own =
          new Authorizer() {
            @Override
            public boolean permits(SecurityContext caller, Permission required) {
              return true;
            }

            @Override
            public Authorizer forCaller(SecurityContext caller) {
              throw boom;
            }
          };

      assert500(
          new ThreeClauseGuard(new Enforcer(own, CHALLENGE, false, false)), identified(), boom);
    }

    @Test
    void forCallerThatAnswersNullIs500() {
      Authorizer own =
          new Authorizer() {
            @Override
            public boolean permits(SecurityContext caller, Permission required) {
              return true;
            }

            @Override
            public Authorizer forCaller(SecurityContext caller) {
              return null;
            }
          };

      assert500(
          new ThreeClauseGuard(new Enforcer(own, CHALLENGE, false, false)), identified(), null);
    }

    @Test
    void fromGrantsThatThrowsIs500() {
      IllegalStateException boom = new IllegalStateException("directory down");
      Enforcer enforcer =
          new Enforcer(
              Authorizer.fromGrants(
                  c -> {
                    throw boom;
                  }),
              CHALLENGE,
              false,
              false);

      assert500(new ThreeClauseGuard(enforcer), identified(), boom);
    }
  }

  @Nested
  class Description {

    @Test
    void exposesEndpointAndRequirement() {
      TestGuard guard = new TestGuard((caller, request) -> true);

      assertEquals(ENDPOINT, guard.endpoint());
      assertEquals(REQUIREMENT, guard.requirement());
      assertEquals("TestGuard[GET /orders/{id} requires orders:read:{id}]", guard.toString());
    }

    @Test
    void rejectsNulls() {
      assertThrows(
          NullPointerException.class,
          () ->
              new Guard(null, ENDPOINT, REQUIREMENT) {
                @Override
                protected boolean permits(SecurityContext c, ContainerRequestContext r) {
                  return true;
                }
              });
      assertThrows(
          NullPointerException.class,
          () ->
              new Guard(ENFORCER, null, REQUIREMENT) {
                @Override
                protected boolean permits(SecurityContext c, ContainerRequestContext r) {
                  return true;
                }
              });
      assertThrows(
          NullPointerException.class,
          () ->
              new Guard(ENFORCER, ENDPOINT, null) {
                @Override
                protected boolean permits(SecurityContext c, ContainerRequestContext r) {
                  return true;
                }
              });
    }
  }
}
