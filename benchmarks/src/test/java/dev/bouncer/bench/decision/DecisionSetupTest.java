package dev.bouncer.bench.decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bouncer.bench.decision.Alternatives.Decision;
import dev.bouncer.runtime.spi.Guard;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Every benchmark's set-up decides as the policy says, and every benchmark method, called once as
 * JMH calls it, lets the allowed caller through: a benchmark can neither measure a denial nor a
 * filter that decides nothing.
 */
class DecisionSetupTest {

  @ParameterizedTest
  @ValueSource(strings = {"static", "template", "threeClauses"})
  void decisionBenchmark_setupChecksAndEveryMethodAllows(String policy) throws IOException {
    DecisionBenchmark bench = new DecisionBenchmark();
    bench.policy = policy;
    bench.setup();

    assertNull(bench.baseline());
    assertNull(bench.handWritten());
    assertNull(bench.bouncerRoles());
    assertNull(bench.bouncerGrants());
    assertNull(bench.bouncerGrants200());
    assertNull(bench.spelInterpreted());
    assertNull(bench.spelCompiled());
    assertNull(bench.shiro());
  }

  @Test
  void rolesBenchmark_setupChecksAndEveryMethodAllows() throws IOException {
    RolesBenchmark bench = new RolesBenchmark();
    bench.setup();

    assertNull(bench.handWritten());
    assertNull(bench.jerseyRolesAllowed());
    assertNull(bench.bouncerRolesAllowed());
  }

  @Test
  void locatorBenchmark_setupChecksAndEveryMethodAllows_andTheGateDecides() throws IOException {
    LocatorBenchmark bench = new LocatorBenchmark();
    bench.setup();

    for (int i = 0; i < 3; i++) {
      assertNull(bench.handWritten());
      assertNull(bench.bouncerRoles());
      assertNull(bench.bouncerGrants());
    }
    // The gate decided the request (and marked it so): it did not just let it pass.
    BenchRequest bob = new BenchRequest(Caller.BOB, LocatorBenchmark.MATCHED);
    bench.bouncerGrants.filter(bob);
    assertEquals(403, bob.aborted().getStatus());
  }

  @Test
  void bouncerFiltersAreTheGeneratedGuards() {
    for (Policy policy : Policy.values()) {
      ContainerRequestFilter filter = Alternatives.bouncerRoles(policy);
      // The runtime's one filter class, deciding through the generated class's switch.
      assertEquals(dev.bouncer.runtime.spi.PolicyGuard.class, filter.getClass(), policy.toString());
      assertEquals(Guard.class, filter.getClass().getSuperclass(), policy.toString());
    }
  }

  @Test
  void threeClauses_frozenCallerIsDeniedByEveryAlternative() {
    Policy p = Policy.THREE_CLAUSES;
    for (ContainerRequestFilter filter :
        new ContainerRequestFilter[] {
          Alternatives.handWritten(p),
          Alternatives.bouncerRoles(p),
          Alternatives.bouncerGrants(p),
          Alternatives.bouncerGrants200(p),
          Alternatives.spelInterpreted(p),
          Alternatives.spelCompiled(p),
          Alternatives.shiro(p)
        }) {
      assertEquals(Decision.FORBIDDEN, Alternatives.decide(filter, Caller.FROZEN), filter.toString());
      assertEquals(Decision.ALLOW, Alternatives.decide(filter, Caller.ALICE), filter.toString());
    }
  }

  @Test
  void checked_rejectsAFilterThatAllowsEveryone() {
    ContainerRequestFilter allowAll = request -> {};
    assertThrows(
        IllegalStateException.class,
        () -> Alternatives.checked("allowAll", allowAll, Policy.STATIC, Decision.UNAUTHORIZED));
  }
}
