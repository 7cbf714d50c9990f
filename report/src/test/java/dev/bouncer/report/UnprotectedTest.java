package dev.bouncer.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A sub-resource method without a policy of its own is protected by guarded locators above it. */
class UnprotectedTest {
  private static Report.Policy policy(PolicyKind kind) {
    return new Report.Policy(
        kind, null, null, List.of(), List.of(), List.of(), new Report.Origin(OriginKind.NONE, null));
  }

  private static Report.LocatorChain chain(PolicyKind... kinds) {
    List<Report.Step> steps =
        java.util.Arrays.stream(kinds).map(k -> new Report.Step("a.R", "loc()", "/r/x", k)).toList();
    return new Report.LocatorChain("/r/x/y", steps);
  }

  private static Report.Endpoint endpoint(boolean root, PolicyKind kind, Report.LocatorChain... chains) {
    return new Report.Endpoint(
        List.of("GET"), "/y", root, false, "a.S", "get()", List.of(), List.of(), null, policy(kind),
        List.of(chains));
  }

  @Test
  void rootResourceWithoutPolicy_isUnprotected() {
    assertTrue(endpoint(true, PolicyKind.NONE).unprotected());
    assertFalse(endpoint(true, PolicyKind.PERMISSION).unprotected());
  }

  @Test
  void subResourceBehindGuardedLocatorsOnEveryChain_isProtected() {
    assertFalse(endpoint(false, PolicyKind.NONE, chain(PolicyKind.PERMIT_ALL, PolicyKind.PERMISSION), chain(PolicyKind.ROLES)).unprotected());
  }

  @Test
  void subResourceWithOneOpenChain_isUnprotected() {
    assertTrue(endpoint(false, PolicyKind.NONE, chain(PolicyKind.PERMISSION), chain(PolicyKind.PERMIT_ALL, PolicyKind.NONE)).unprotected());
  }

  @Test
  void subResourceReachedByNoKnownChain_isUnprotected() {
    assertTrue(endpoint(false, PolicyKind.NONE).unprotected());
  }
}
