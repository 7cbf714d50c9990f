package dev.bouncer.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.FakeRequest;
import dev.bouncer.runtime.FakeSecurityContext;
import dev.bouncer.runtime.LogCapture;
import dev.bouncer.runtime.Permission;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The one filter class of contract 2: Guard's checks around the generated class's switch. */
class PolicyGuardTest {
  private static final Permission ORDERS_READ = Permission.parse("orders:read");
  private static final dev.bouncer.runtime.PermissionTemplate ORDER =
      dev.bouncer.runtime.PermissionTemplate.of(
          new String[] {"orders"}, new String[] {"read"}, new String[] {"{id}"});

  /** A generated class as the processor writes it: policy 0 needs orders:read, 1 a role. */
  static final class Policies implements GeneratedGuards {
    final List<Integer> asked = new ArrayList<>();

    @Override
    public int contract() {
      return CONTRACT;
    }

    @Override
    public jakarta.ws.rs.container.ContainerRequestFilter guardFor(
        String methodName, Class<?>[] parameterTypes, Enforcer enforcer) {
      return null;
    }

    @Override
    public boolean permits(
        int policy, Guard guard, SecurityContext caller, ContainerRequestContext request) {
      asked.add(policy);
      switch (policy) {
        case 0:
          return guard.holds(caller, ORDERS_READ);
        case 1:
          return caller.isUserInRole("ops");
        default:
          throw new IllegalArgumentException("no policy " + policy);
      }
    }
  }

  private final LogCapture log = LogCapture.start();
  private final Policies policies = new Policies();

  @AfterEach
  void stopLog() {
    log.close();
  }

  private static Response decide(PolicyGuard guard, SecurityContext caller) {
    FakeRequest request = FakeRequest.with(caller);
    guard.filter(request.context());
    return request.aborted() ? request.abortResponse() : null;
  }

  private PolicyGuard guard(int policy, Authorizer authorizer) {
    return new PolicyGuard(
        policies,
        policy,
        new Enforcer(authorizer, "Bearer", false, false),
        "GET /orders",
        policy == 0 ? "orders:read" : "one of the roles ops");
  }

  @Test
  void eachPolicyNumberDecidesItsOwnEndpoint() {
    assertNull(decide(guard(0, Authorizer.roles()), FakeSecurityContext.user("a", "orders:read")));
    assertEquals(403, decide(guard(0, Authorizer.roles()), FakeSecurityContext.user("b", "ops")).getStatus());
    assertNull(decide(guard(1, Authorizer.roles()), FakeSecurityContext.user("b", "ops")));
    assertEquals(
        403, decide(guard(1, Authorizer.roles()), FakeSecurityContext.user("a", "orders:read")).getStatus());
    assertEquals(List.of(0, 0, 1, 1), policies.asked);
  }

  @Test
  void holds_asksTheAuthorizerBoundToTheCaller() {
    Authorizer grants = Authorizer.fromGrants(caller -> Set.of("orders:*"));

    assertNull(decide(guard(0, grants), FakeSecurityContext.user("a")));
  }

  /**
   * The one-slot fast path answers as the filled permission would, with either authorizer: a
   * request value is one literal sub-part and never widens (a role or grant {@code orders:read:*}
   * covers the id {@code 42}; the role {@code orders:read:*} is not the id {@code *}).
   */
  @Test
  void holdsATemplate_answersAsTheFilledPermission_withEitherAuthorizer() {
    Enforcer roles = new Enforcer(Authorizer.roles(), "Bearer", false, false);
    Enforcer grants =
        new Enforcer(
            Authorizer.fromGrants(c -> List.of(c.getUserPrincipal().getName())), "Bearer", false, false);
    for (Enforcer enforcer : List.of(roles, grants)) {
      PolicyGuard guard = new PolicyGuard(policies, 0, enforcer, "GET /orders/{id}", "orders:read:{id}");
      for (String role : List.of("orders:read:42", "orders:read:*", "orders:read:43", "orders:*")) {
        SecurityContext caller = FakeSecurityContext.user(role, role);
        for (String value : List.of("42", "*", "42,43", "42:x", "x.y-z_1")) {
          boolean expected =
              enforcer == roles
                  ? ORDER.with(value).isPlain() && caller.isUserInRole(ORDER.with(value).toString())
                  : Permission.parse(role).implies(ORDER.with(value));
          assertEquals(expected, guard.holds(caller, ORDER, value), enforcer + " " + role + " " + value);
        }
      }
    }
    SecurityContext exact = FakeSecurityContext.user("r", "orders:read:42");
    PolicyGuard guard = new PolicyGuard(policies, 0, roles, "GET /orders/{id}", "orders:read:{id}");
    assertTrue(guard.holds(exact, ORDER, "42"));
    assertFalse(guard.holds(FakeSecurityContext.user("w", "orders:read:*"), ORDER, "*"));
  }

  @Test
  void anonymousCaller_gets401_andTheSwitchIsNeverAsked() {
    Response response = decide(guard(0, Authorizer.roles()), FakeSecurityContext.anonymous());

    assertEquals(401, response.getStatus());
    assertTrue(response.getHeaderString("WWW-Authenticate") != null);
    assertEquals(List.of(), policies.asked);
  }

  @Test
  void aNumberTheClassDoesNotHave_is500_neverOpen() {
    Response response = decide(guard(7, Authorizer.roles()), FakeSecurityContext.user("a", "orders:read"));

    assertEquals(500, response.getStatus());
    assertFalse(log.records().isEmpty());
  }

  @Test
  void theDefaultSwitch_ofAClassWithoutGuardedEndpoints_is500() {
    GeneratedGuards none = (methodName, parameterTypes, enforcer) -> null;
    PolicyGuard guard =
        new PolicyGuard(none, 0, new Enforcer(Authorizer.roles(), "Bearer", false, false), "GET /x", "x");

    assertEquals(500, decide(guard, FakeSecurityContext.user("a", "x")).getStatus());
  }
}
