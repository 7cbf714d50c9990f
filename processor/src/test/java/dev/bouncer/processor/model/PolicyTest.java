package dev.bouncer.processor.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.policy.Parser;
import dev.bouncer.policy.SyntaxError;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PolicyTest {

  private static Policy of(PolicyKind kind) {
    return new Policy(kind, List.of(), null, null, Origin.METHOD, null, null);
  }

  private static Policy roles(String... roles) {
    return new Policy(PolicyKind.ROLES, List.of(roles), null, null, Origin.CLASS, null, null);
  }

  private static Policy permission(String written) {
    try {
      return new Policy(
          PolicyKind.PERMISSION, List.of(), Parser.parse(written), written, Origin.METHOD, null, null);
    } catch (SyntaxError e) {
      throw new AssertionError(written, e);
    }
  }

  @Test
  void noneIsAnOpenPolicyFromNowhere() {
    Policy none = Policy.none();

    assertEquals(PolicyKind.NONE, none.kind());
    assertEquals(Origin.NONE, none.origin());
    assertEquals(List.of(), none.roles());
    assertNull(none.expression());
    assertEquals("nowhere", none.declaredAt());
    assertEquals("nothing", none.requirement());
    assertEquals("no policy annotation", none.annotationText());
  }

  @Test
  void withOriginKeepsEverythingElse() {
    Policy p = permission("orders:read");

    assertSame(p, p.withOrigin(Origin.METHOD));
    Policy moved = p.withOrigin(Origin.INTERFACE);
    assertNotSame(p, moved);
    assertEquals(Origin.INTERFACE, moved.origin());
    assertEquals(p.kind(), moved.kind());
    assertSame(p.expression(), moved.expression());
    assertEquals(p.written(), moved.written());
  }

  @Test
  void rolesAreCopied() {
    List<String> list = new ArrayList<>(List.of("a"));
    Policy p = new Policy(PolicyKind.ROLES, list, null, null, Origin.CLASS, null, null);
    list.add("b");

    assertEquals(List.of("a"), p.roles());
  }

  @Test
  void requirementInWords() {
    assertEquals("@PermitAll", of(PolicyKind.PERMIT_ALL).requirement());
    assertEquals("@DenyAll", of(PolicyKind.DENY_ALL).requirement());
    assertEquals("an identified caller", of(PolicyKind.AUTHENTICATED).requirement());
    assertEquals("one of the roles admin, auditor", roles("admin", "auditor").requirement());
    assertEquals("a && b || c", permission("a&&b  ||c").requirement());
  }

  @Test
  void annotationAsWritten() {
    assertEquals("@PermitAll", of(PolicyKind.PERMIT_ALL).annotationText());
    assertEquals("@DenyAll", of(PolicyKind.DENY_ALL).annotationText());
    assertEquals("@Authenticated", of(PolicyKind.AUTHENTICATED).annotationText());
    assertEquals("@RolesAllowed({\"admin\", \"auditor\"})", roles("admin", "auditor").annotationText());
    assertEquals("@RequiresPermission(\"a&&b  ||c\")", permission("a&&b  ||c").annotationText());
  }

  @Test
  void sameRequirementComparesMeaning() {
    assertTrue(permission("a && b").sameRequirement(permission("b && a")));
    assertTrue(permission("a").sameRequirement(permission("a")));
    assertTrue(permission("orders:*").sameRequirement(permission("orders:* && orders:read")));
    assertFalse(permission("orders:*").sameRequirement(permission("orders:* || orders:read")));
    assertFalse(permission("a").sameRequirement(permission("b")));
    assertFalse(permission("a").sameRequirement(permission("a && b")));
    assertFalse(permission("a && b").sameRequirement(permission("a")));
  }

  @Test
  void sameRequirementComparesRolesAsSets() {
    assertTrue(roles("a", "b").sameRequirement(roles("b", "a")));
    assertFalse(roles("a", "b").sameRequirement(roles("a")));
    assertFalse(roles("a").sameRequirement(roles("b")));
  }

  @Test
  void differentKindsAreNeverTheSame() {
    assertFalse(of(PolicyKind.PERMIT_ALL).sameRequirement(Policy.none()));
    assertFalse(of(PolicyKind.DENY_ALL).sameRequirement(of(PolicyKind.AUTHENTICATED)));
    assertTrue(of(PolicyKind.DENY_ALL).sameRequirement(of(PolicyKind.DENY_ALL)));
    assertFalse(roles().sameRequirement(of(PolicyKind.AUTHENTICATED)));
  }

  @Test
  void aMissingExpressionOnlyMatchesAMissingOne() {
    Policy without = new Policy(PolicyKind.PERMISSION, List.of(), null, null, Origin.METHOD, null, null);

    assertFalse(without.sameRequirement(permission("a")));
    assertFalse(permission("a").sameRequirement(without));
    assertTrue(without.sameRequirement(without));
  }

  @Test
  void expressionsTooLargeToCompareAreTheSameOnlyWhenWrittenAlike() {
    // Past the policy language's one limit.
    int n = dev.bouncer.policy.Cases.MAX_ATOMS + 1;
    String forward = IntStream.range(0, n).mapToObj(i -> "p" + i).collect(Collectors.joining(" || "));
    String backward =
        IntStream.range(0, n).map(i -> n - 1 - i).mapToObj(i -> "p" + i).collect(Collectors.joining(" || "));

    assertTrue(permission(forward).sameRequirement(permission(forward)));
    assertFalse(permission(forward).sameRequirement(permission(backward)));
  }

  @Test
  void onlyNoneAndPermitAllNeedNoFilter() {
    for (PolicyKind kind : PolicyKind.values()) {
      assertEquals(
          kind != PolicyKind.NONE && kind != PolicyKind.PERMIT_ALL, kind.guarded(), kind.name());
    }
  }

  @Test
  void endpointsDisplayTheirMethodsOrThatTheyLocate() {
    Endpoint get =
        new Endpoint(null, null, List.of("GET", "HEAD"), "/x", true, Policy.none(), List.of(), List.of(), "", null);
    Endpoint locator =
        new Endpoint(null, null, List.of(), "/x/{id}", true, Policy.none(), List.of(), List.of(), "{id}", null);

    assertEquals("GET,HEAD /x", get.display());
    assertFalse(get.locator());
    assertEquals("LOCATOR /x/{id}", locator.display());
    assertTrue(locator.locator());
  }
}
