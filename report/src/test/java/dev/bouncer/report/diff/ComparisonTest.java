package dev.bouncer.report.diff;

import static dev.bouncer.report.Fixtures.kind;
import dev.bouncer.report.TemplateSource;
import dev.bouncer.report.PolicyKind;
import static dev.bouncer.report.Fixtures.path;
import static dev.bouncer.report.Fixtures.permission;
import static dev.bouncer.report.Fixtures.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bouncer.report.Report;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The verdict of each kind of change, decided on meaning. */
class ComparisonTest {
  @ParameterizedTest(name = "{0}  ->  {1}: {2}")
  @CsvSource(
      delimiter = ';',
      value = {
        // the examples
        "a && b; a; LOOSENED",
        "a; a || admin:*; LOOSENED",
        "a && b; b && a; UNCHANGED",
        "orders:read; orders:*; TIGHTENED",
        "orders:*; orders:read; LOOSENED",
        // wildcard implication between atoms (holding orders:read and orders:write separately
        // does not hold orders:read,write: Shiro asks one grant to imply it)
        "orders:read && orders:*; orders:*; UNCHANGED",
        "orders:read || orders:*; orders:*; TIGHTENED",
        "orders; orders:*; UNCHANGED",
        "orders:read,write; orders:read; LOOSENED",
        "orders:read && orders:write; orders:read,write; TIGHTENED",
        "admin:*; admin:read; LOOSENED",
        // negation
        "a && !frozen; a; LOOSENED",
        "a; a && !frozen; TIGHTENED",
        "a && !b; a && !b:x; TIGHTENED",
        "!a; a; INCOMPARABLE",
        // unrelated
        "a; b; INCOMPARABLE",
        "a || b; (a || b) && (b || a); UNCHANGED",
        "a && (b || c); a && b || a && c; UNCHANGED",
      })
  void permissionExpressions(String before, String after, Verdict expected) {
    Comparison c = Comparison.of(permission(before), permission(after));
    assertEquals(expected, c.verdict());
    // The examples are real: a caller let in now and not before, or the reverse.
    boolean gains = expected == Verdict.LOOSENED || expected == Verdict.INCOMPARABLE;
    boolean loses = expected == Verdict.TIGHTENED || expected == Verdict.INCOMPARABLE;
    assertEquals(gains, c.gained() != null, "gained: " + c.gained());
    assertEquals(loses, c.lost() != null, "lost: " + c.lost());
  }

  @Test
  void theExampleCallerIsOneTheNewPolicyLetsIn() {
    Comparison c = Comparison.of(permission("orders:cancel && !orders:frozen"), permission("orders:cancel"));
    assertEquals("a caller holding only orders:cancel, orders:frozen", c.gained());
    assertNull(c.lost());
  }

  @ParameterizedTest(name = "{0} -> {1}: {2}")
  @CsvSource({
    "NONE, PERMIT_ALL, UNCHANGED",
    "PERMIT_ALL, NONE, UNCHANGED",
    "PERMIT_ALL, AUTHENTICATED, TIGHTENED",
    "AUTHENTICATED, NONE, LOOSENED",
    "AUTHENTICATED, DENY_ALL, TIGHTENED",
    "DENY_ALL, AUTHENTICATED, LOOSENED",
    "DENY_ALL, NONE, LOOSENED",
    "NONE, DENY_ALL, TIGHTENED",
  })
  void kinds(PolicyKind before, PolicyKind after, Verdict expected) {
    assertEquals(expected, Comparison.of(kind(before), kind(after)).verdict());
  }

  @Test
  void kindsAgainstExpressions() {
    assertEquals(Verdict.TIGHTENED, Comparison.of(kind(PolicyKind.AUTHENTICATED), permission("a")).verdict());
    assertEquals(Verdict.LOOSENED, Comparison.of(permission("a"), kind(PolicyKind.AUTHENTICATED)).verdict());
    assertEquals(Verdict.TIGHTENED, Comparison.of(permission("a"), kind(PolicyKind.DENY_ALL)).verdict());
    assertEquals(Verdict.LOOSENED, Comparison.of(permission("a"), kind(PolicyKind.PERMIT_ALL)).verdict());
    // An expression every identified caller satisfies is @Authenticated in disguise...
    assertEquals(
        Verdict.UNCHANGED, Comparison.of(kind(PolicyKind.AUTHENTICATED), permission("a || !a")).verdict());
    // ...and one nobody satisfies is @DenyAll in disguise.
    assertEquals(Verdict.UNCHANGED, Comparison.of(kind(PolicyKind.DENY_ALL), permission("a && !a")).verdict());
  }

  @Test
  void rolesAndPermissions_areDifferentNamespaces() {
    assertEquals(Verdict.INCOMPARABLE, Comparison.of(roles("admin"), permission("admin")).verdict());
    assertEquals(Verdict.LOOSENED, Comparison.of(roles("ops"), roles("ops", "admin")).verdict());
    assertEquals(Verdict.UNCHANGED, Comparison.of(roles("ops", "admin"), roles("admin", "ops")).verdict());
    assertEquals(Verdict.TIGHTENED, Comparison.of(kind(PolicyKind.AUTHENTICATED), roles("ops")).verdict());
  }

  @Test
  void templates_areSymbolicValuesIdentifiedByWhereTheValueComesFrom() {
    Report.Policy byId = permission("orders:read:{id}", path("id", "id"));
    // Requiring orders:read:* asks for a grant of every value: fewer callers (Shiro reads a
    // required '*' literally)...
    assertEquals(Verdict.TIGHTENED, Comparison.of(byId, permission("orders:read:*")).verdict());
    // ...and a grant of orders:read:* already holds orders:read:{id}.
    assertEquals(
        Verdict.UNCHANGED,
        Comparison.of(byId, permission("orders:read:{id} || orders:read:*", path("id", "id")))
            .verdict());
    // Requiring orders:read is stronger: it covers every value, so fewer callers hold it.
    assertEquals(Verdict.TIGHTENED, Comparison.of(byId, permission("orders:read")).verdict());
    // A fixed value is not the request's value.
    assertEquals(Verdict.INCOMPARABLE, Comparison.of(byId, permission("orders:read:7")).verdict());
    assertEquals(
        Verdict.LOOSENED,
        Comparison.of(byId, permission("orders:read:{id} || orders:read:7", path("id", "id")))
            .verdict());
    // Renaming the template but reading the same path variable is no change.
    assertEquals(
        Verdict.UNCHANGED,
        Comparison.of(byId, permission("orders:read:{orderId}", path("orderId", "id"))).verdict());
    // Reading another request value is a different permission.
    assertEquals(
        Verdict.INCOMPARABLE,
        Comparison.of(
                byId,
                permission(
                    "orders:read:{id}", new Report.Template("id", TemplateSource.QUERY, "id")))
            .verdict());
  }

  @Test
  void eighteenPermissions_areDecided_asTheCompileTimeLintDecidesThem() {
    String seventeen =
        IntStream.range(0, 17).mapToObj(i -> "p" + i).collect(Collectors.joining(" && "));
    Comparison c = Comparison.of(permission(seventeen + " && q"), permission(seventeen));
    assertEquals(Verdict.LOOSENED, c.verdict());
    assertEquals(
        "a caller holding only "
            + IntStream.range(0, 17).mapToObj(i -> "p" + i).collect(Collectors.joining(", ")),
        c.gained());
  }

  @Test
  void aWildcardCoversATemplate_asAtRunTime() {
    // orders:* holds orders:{id} whatever the value, so this is @DenyAll in disguise, as the
    // processor's [BouncerNeverHolds] says of it.
    assertEquals(
        Verdict.UNCHANGED,
        Comparison.of(kind(PolicyKind.DENY_ALL), permission("orders:* && !orders:{id}", path("id", "id")))
            .verdict());
    assertEquals(
        Verdict.UNCHANGED,
        Comparison.of(
                permission("orders:read:{id}", path("id", "id")),
                permission("orders:read:{id} || orders:read:{id} && orders:*", path("id", "id")))
            .verdict());
  }

  @Test
  void tooManyAtoms_cannotBeDecided() {
    String many =
        IntStream.range(0, Comparison.MAX_ATOMS + 1)
            .mapToObj(i -> "p" + i)
            .collect(Collectors.joining(" || "));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Comparison.of(permission(many), permission("p0")));
    assertNotNull(e.getMessage());
  }
}
