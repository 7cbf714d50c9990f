package dev.bouncer.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.apache.shiro.authz.permission.WildcardPermission;

/**
 * {@link Permission#implies(Permission)}, and the atom model built on it, against Apache Shiro's
 * own {@code WildcardPermission} (case-sensitive, as Bouncer's runtime has always compared) on
 * generated permissions: words of both cases, {@code *}, {@code ,} lists and up to four parts.
 */
class ShiroOraclePropertiesTest {
  /** Few words, so that parts often share sub-parts; two differ from others only in case. */
  private static final List<String> WORDS = List.of("a", "A", "b", "read", "Read", "42", "x.y-z_1");

  @Provide
  Arbitrary<String> permissions() {
    Arbitrary<String> sub = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(5, Arbitraries.of(WORDS)), net.jqwik.api.Tuple.of(1, Arbitraries.just("*")));
    Arbitrary<String> part = sub.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(",", l));
    return part.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(":", l));
  }

  private static boolean shiro(String granted, String required) {
    return new WildcardPermission(granted, true).implies(new WildcardPermission(required, true));
  }

  @Property(tries = 3000)
  void implies_agreesWithShiro(
      @ForAll("permissions") String granted, @ForAll("permissions") String required) {
    boolean expected = shiro(granted, required);
    assertEquals(
        expected,
        Permission.parse(granted).implies(Permission.parse(required)),
        granted + " implies " + required);
    Statistics.collect(expected);
    Statistics.coverage(
        checker -> {
          checker.check(true).percentage(p -> p >= 5);
          checker.check(false).percentage(p -> p >= 5);
        });
  }

  @Property(tries = 1000)
  void implies_ofParts_agreesWithShiro(
      @ForAll("permissions") String granted, @ForAll("permissions") String required) {
    assertEquals(
        shiro(granted, required), of(granted).implies(of(required)), granted + " implies " + required);
  }

  @Property(tries = 1000)
  void constantAtoms_implyAsPermissionsDo(
      @ForAll("permissions") String granted, @ForAll("permissions") String required)
      throws SyntaxError {
    Expr.Atom g = (Expr.Atom) Parser.parse(granted);
    Expr.Atom r = (Expr.Atom) Parser.parse(required);
    assertEquals(shiro(granted, required), g.implies(r), granted + " implies " + required);
  }

  @Provide
  Arbitrary<String> templated() {
    Arbitrary<String> sub = Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of(WORDS)),
        net.jqwik.api.Tuple.of(1, Arbitraries.just("*")),
        net.jqwik.api.Tuple.of(2, Arbitraries.of("{id}", "{other}")));
    Arbitrary<String> part = sub.list().ofMinSize(1).ofMaxSize(2).map(l -> String.join(",", l));
    return part.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(":", l));
  }

  /**
   * A template is one value that no word equals: filled with such values, the atoms imply exactly
   * as the filled permissions do at run time, which is what Shiro says of the filled strings.
   */
  @Property(tries = 2000)
  void templateAtoms_implyAsTheirFilledPermissionsDo_forAFreshValue(
      @ForAll("templated") String granted, @ForAll("templated") String required)
      throws SyntaxError {
    Expr.Atom g = (Expr.Atom) Parser.parse(granted);
    Expr.Atom r = (Expr.Atom) Parser.parse(required);
    String filledGranted = fill(granted, "v1", "v2");
    String filledRequired = fill(required, "v1", "v2");
    assertEquals(
        shiro(filledGranted, filledRequired), g.implies(r), granted + " implies " + required);
    // and the runtime's templates fill to the same permissions
    assertEquals(Permission.parse(filledRequired), template(required).with(values(required, "v1", "v2")));
  }

  /** For a value equal to a word, templates can only add implications, never remove one. */
  @Property(tries = 1000)
  void aValueEqualToAWord_onlyAddsImplications(
      @ForAll("templated") String granted,
      @ForAll("templated") String required,
      @ForAll("words") String value)
      throws SyntaxError {
    Expr.Atom g = (Expr.Atom) Parser.parse(granted);
    Expr.Atom r = (Expr.Atom) Parser.parse(required);
    if (g.implies(r)) {
      assertTrue(shiro(fill(granted, value, value), fill(required, value, value)));
    }
  }

  @Provide
  Arbitrary<String> words() {
    return Arbitraries.of(WORDS);
  }

  @Example
  void caseMatters_unlikeShirosDefault() {
    assertFalse(Permission.parse("Orders:read").implies(Permission.parse("orders:read")));
    assertFalse(shiro("Orders:read", "orders:read"));
    // Shiro's default lower-cases both; Bouncer never did.
    assertTrue(
        new WildcardPermission("Orders:read").implies(new WildcardPermission("orders:read")));
  }

  private static String fill(String text, String id, String other) {
    return text.replace("{id}", id).replace("{other}", other);
  }

  private static Permission of(String text) {
    List<String[]> parts = new ArrayList<>();
    for (String part : text.split(":")) {
      parts.add(part.split(","));
    }
    return Permission.of(parts.toArray(new String[0][]));
  }

  private static PermissionTemplate template(String text) {
    List<String[]> parts = new ArrayList<>();
    for (String part : text.split(":")) {
      parts.add(part.split(","));
    }
    return PermissionTemplate.of(parts.toArray(new String[0][]));
  }

  /** The values of the template's slots in slot order. */
  private static String[] values(String text, String id, String other) {
    List<String> values = new ArrayList<>();
    for (String part : text.split(":")) {
      for (String sub : part.split(",")) {
        if (sub.equals("{id}")) {
          values.add(id);
        } else if (sub.equals("{other}")) {
          values.add(other);
        }
      }
    }
    return values.toArray(new String[0]);
  }
}
