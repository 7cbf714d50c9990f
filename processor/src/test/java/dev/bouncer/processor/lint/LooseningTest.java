package dev.bouncer.processor.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncer.policy.Parser;
import dev.bouncer.policy.SyntaxError;
import dev.bouncer.processor.model.Origin;
import dev.bouncer.processor.model.Policy;
import dev.bouncer.processor.model.PolicyKind;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** When a method's policy lets through someone its class's policy would refuse. */
class LooseningTest {

  private static final String ANYONE = "anyone, even an anonymous caller, may call it.";
  private static final String CLASS_REFUSES =
      "the class refuses everyone, the method lets some callers through.";
  private static final String ANY_IDENTIFIED =
      "any identified caller may call it, whatever their permissions.";

  static Policy of(PolicyKind kind) {
    return new Policy(kind, List.of(), null, null, Origin.METHOD, null, null);
  }

  static Policy roles(String... roles) {
    return new Policy(PolicyKind.ROLES, List.of(roles), null, null, Origin.METHOD, null, null);
  }

  static Policy permission(String expression) {
    try {
      return new Policy(
          PolicyKind.PERMISSION,
          List.of(),
          Parser.parse(expression),
          expression,
          Origin.METHOD,
          null,
          null);
    } catch (SyntaxError e) {
      throw new AssertionError(expression, e);
    }
  }

  private static Optional<String> loosening(Policy outer, Policy inner) {
    return LooseningLint.loosening(outer, inner);
  }

  @Test
  void anOpenMethodLoosensAnyClassPolicy() {
    for (Policy outer :
        List.of(
            of(PolicyKind.DENY_ALL),
            of(PolicyKind.AUTHENTICATED),
            roles("admin"),
            permission("orders:read"))) {
      assertEquals(Optional.of(ANYONE), loosening(outer, of(PolicyKind.PERMIT_ALL)), outer.kind().name());
      assertEquals(Optional.of(ANYONE), loosening(outer, Policy.none()), outer.kind().name());
    }
  }

  @Test
  void anythingButDenyAllLoosensAClassThatDeniesAll() {
    Policy denyAll = of(PolicyKind.DENY_ALL);

    assertEquals(Optional.empty(), loosening(denyAll, of(PolicyKind.DENY_ALL)));
    assertEquals(Optional.of(CLASS_REFUSES), loosening(denyAll, of(PolicyKind.AUTHENTICATED)));
    assertEquals(Optional.of(CLASS_REFUSES), loosening(denyAll, roles("admin")));
    assertEquals(Optional.of(CLASS_REFUSES), loosening(denyAll, permission("a")));
  }

  @Test
  void denyAllOnTheMethodNeverLoosens() {
    for (Policy outer : List.of(of(PolicyKind.AUTHENTICATED), roles("a"), permission("a"))) {
      assertEquals(Optional.empty(), loosening(outer, of(PolicyKind.DENY_ALL)));
    }
  }

  @Test
  void nothingIdentifiedLoosensAClassThatOnlyAsksForIdentity() {
    Policy authenticated = of(PolicyKind.AUTHENTICATED);

    assertEquals(Optional.empty(), loosening(authenticated, of(PolicyKind.AUTHENTICATED)));
    assertEquals(Optional.empty(), loosening(authenticated, roles("a")));
    assertEquals(Optional.empty(), loosening(authenticated, permission("a")));
  }

  @Test
  void identityAloneLoosensRolesAndPermissions() {
    assertEquals(Optional.of(ANY_IDENTIFIED), loosening(roles("a"), of(PolicyKind.AUTHENTICATED)));
    assertEquals(
        Optional.of(ANY_IDENTIFIED), loosening(permission("a"), of(PolicyKind.AUTHENTICATED)));
  }

  @Test
  void aStrictlyWeakerExpressionLoosens() {
    assertEquals(
        Optional.of(
            "every caller the class admits passes it, and so does a caller who passes"
                + " \"orders:read\" without passing \"orders:read && orders:write\"."),
        loosening(permission("orders:read && orders:write"), permission("orders:read")));
    assertEquals(
        Optional.of(
            "every caller the class admits passes it, and so does a caller who passes"
                + " \"orders:read\" without passing \"orders:*\"."),
        loosening(permission("orders:*"), permission("orders:read")));
  }

  @Test
  void aStrongerEqualOrDifferentExpressionDoesNot() {
    assertEquals(Optional.empty(), loosening(permission("orders:read"), permission("orders:*")));
    assertEquals(Optional.empty(), loosening(permission("a && b"), permission("b && a")));
    assertEquals(Optional.empty(), loosening(permission("a"), permission("b")));
    assertEquals(Optional.empty(), loosening(permission("a"), permission("a && b")));
  }

  @Test
  void expressionsTooLargeToCompareAreNotReported() {
    // Past the policy language's one limit (each expression gets [BouncerTooManyPermissions]).
    String many =
        IntStream.range(0, dev.bouncer.policy.Cases.MAX_ATOMS + 1)
            .mapToObj(i -> "p" + i)
            .collect(Collectors.joining(" || "));

    assertEquals(Optional.empty(), loosening(permission("p0 && p1"), permission(many)));
  }

  @Test
  void extraRolesLoosen() {
    assertEquals(Optional.empty(), loosening(roles("a", "b"), roles("b")));
    assertEquals(Optional.empty(), loosening(roles("a", "b"), roles("b", "a")));
    assertEquals(
        Optional.of("it admits the roles c, d that the class does not."),
        loosening(roles("a", "b"), roles("c", "a", "d")));
  }

  @Test
  void rolesAndPermissionsAreNotCompared() {
    assertEquals(Optional.empty(), loosening(roles("a"), permission("a")));
    assertEquals(Optional.empty(), loosening(permission("a"), roles("a")));
  }

  @Test
  void eighteenPermissions_areDecided_asBouncerDiffDecidesThem() {
    // Was silent: the lint gave up past 16 atoms while bouncer diff said LOOSENED (limit 20).
    String seventeen = IntStream.range(0, 17).mapToObj(i -> "p" + i).collect(Collectors.joining(" && "));
    Optional<String> why = loosening(permission(seventeen + " && q"), permission(seventeen));
    assertEquals(true, why.isPresent());
  }
}
