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
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.apache.shiro.authz.permission.WildcardPermission;

/**
 * {@link GrantIndex#implies(Permission)} answers exactly as the linear scan over the grants (some
 * grant's {@link Permission#implies(Permission)}), which {@link ShiroOraclePropertiesTest} holds
 * to Apache Shiro; here Shiro is asked too. Grants and permissions are generated with words of
 * both cases, {@code *}, lists {@code a,b}, up to four parts; required permissions also come from
 * templates filled with request-like values ({@code *}, {@code a,b}, {@code x:y}, words), which
 * are one literal sub-part each.
 */
class GrantIndexPropertiesTest {
  private static final List<String> WORDS = List.of("a", "A", "b", "read", "Read", "42", "x.y-z_1");

  @Provide
  Arbitrary<String> permissions() {
    Arbitrary<String> sub =
        Arbitraries.frequencyOf(
            Tuple.of(5, Arbitraries.of(WORDS)), Tuple.of(1, Arbitraries.just("*")));
    Arbitrary<String> part = sub.list().ofMinSize(1).ofMaxSize(3).map(l -> String.join(",", l));
    return part.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(":", l));
  }

  @Provide
  Arbitrary<List<String>> grants() {
    return permissions().list().ofMinSize(0).ofMaxSize(12);
  }

  @Provide
  Arbitrary<String> templates() {
    Arbitrary<String> sub =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.of(WORDS)),
            Tuple.of(1, Arbitraries.just("*")),
            Tuple.of(3, Arbitraries.just("{v}")));
    Arbitrary<String> part = sub.list().ofMinSize(1).ofMaxSize(2).map(l -> String.join(",", l));
    return part.list().ofMinSize(1).ofMaxSize(4).map(l -> String.join(":", l));
  }

  @Provide
  Arbitrary<String> values() {
    return Arbitraries.oneOf(Arbitraries.of(WORDS), Arbitraries.of("*", "a,b", "x:y", "read,*"));
  }

  private static boolean linear(List<String> grants, Permission required) {
    for (String grant : grants) {
      if (Permission.parse(grant).implies(required)) {
        return true;
      }
    }
    return false;
  }

  private static GrantIndex index(List<String> grants) {
    List<Permission> parsed = new ArrayList<>();
    for (String grant : grants) {
      parsed.add(Permission.parse(grant));
    }
    return GrantIndex.of(parsed);
  }

  @Property(tries = 3000)
  void answersAsTheLinearScan(
      @ForAll("grants") List<String> grants, @ForAll("permissions") String required) {
    Permission permission = Permission.parse(required);
    boolean expected = linear(grants, permission);
    assertEquals(expected, index(grants).implies(permission), grants + " imply " + required);
    boolean shiro = false;
    for (String grant : grants) {
      shiro |= new WildcardPermission(grant, true).implies(new WildcardPermission(required, true));
    }
    assertEquals(shiro, expected, "Shiro on " + grants + " imply " + required);
    Statistics.collect(expected);
    Statistics.coverage(
        checker -> {
          checker.check(true).percentage(p -> p >= 10);
          checker.check(false).percentage(p -> p >= 10);
        });
  }

  @Property(tries = 3000)
  void answersAsTheLinearScan_forFilledTemplates(
      @ForAll("grants") List<String> grants,
      @ForAll("templates") String template,
      @ForAll("values") String value) {
    Permission required = template(template).with(values(template, value));
    boolean expected = linear(grants, required);
    assertEquals(
        expected, index(grants).implies(required), grants + " imply " + template + " with " + value);
    Statistics.collect(expected);
    // and a filled template renders, from the pieces around its slots, what its parts render
    assertEquals(
        Permission.ofTrusted(required.subs(), required.isPlain(), null).toString(),
        required.toString(),
        template + " with " + value);
  }

  /**
   * The roles fast path: a one-slot template's {@code plainText} is exactly what the filled
   * permission says ({@code isPlain() ? toString() : null}), for every value.
   */
  @Property(tries = 3000)
  void plainText_isTheFilledPermissionsTextWhenPlain(
      @ForAll("templates") String template, @ForAll("values") String value) {
    net.jqwik.api.Assume.that(values(template, value).length == 1);
    PermissionTemplate t = template(template);
    Permission filled = t.with(value);
    assertEquals(filled.isPlain() ? filled.toString() : null, t.plainText(value), template + " with " + value);
  }

  @Example
  void examples() {
    GrantIndex index = index(List.of("orders:read:*", "region:eu", "invoices", "a:*:*", "l:r,w"));
    assertTrue(index.implies(Permission.parse("orders:read")));
    assertTrue(index.implies(Permission.parse("orders:read:42")));
    assertFalse(index.implies(Permission.parse("orders:write")));
    assertFalse(index.implies(Permission.parse("orders")));
    assertTrue(index.implies(Permission.parse("invoices:x:y:z")));
    assertTrue(index.implies(Permission.parse("a")));
    assertTrue(index.implies(Permission.parse("l:r,w")));
    assertTrue(index.implies(Permission.parse("l:w")));
    assertFalse(index.implies(Permission.parse("l:r,x")));
    assertFalse(index.implies(Permission.parse("region:eu,us")));
    assertFalse(GrantIndex.empty().implies(Permission.parse("a")));
    // a request value '*' or 'eu,us' is one literal sub-part: only a granted wildcard covers it
    PermissionTemplate region = PermissionTemplate.of(new String[] {"region"}, new String[] {"{r}"});
    assertFalse(index.implies(region.with("*")));
    assertFalse(index.implies(region.with("eu,us")));
    assertTrue(index.implies(region.with("eu")));
    PermissionTemplate order =
        PermissionTemplate.of(new String[] {"orders"}, new String[] {"read"}, new String[] {"{id}"});
    assertTrue(index.implies(order.with("*")));
    assertEquals("orders:read:4,2", order.with("4,2").toString());
    PermissionTemplate two =
        PermissionTemplate.of(
            new String[] {"{t}"}, new String[] {"a", "b", "a"}, new String[] {"{id}"}, new String[] {"z"});
    assertEquals("x:a,b:y:z", two.with("x", "y").toString());
    PermissionTemplate mixed = PermissionTemplate.of(new String[] {"a"}, new String[] {"{v}", "b"});
    assertEquals("a:b", mixed.with("b").toString());
  }

  private static PermissionTemplate template(String text) {
    List<String[]> parts = new ArrayList<>();
    for (String part : text.split(":")) {
      parts.add(part.split(","));
    }
    return PermissionTemplate.of(parts.toArray(new String[0][]));
  }

  private static String[] values(String template, String value) {
    int slots = template.split("\\{v}", -1).length - 1;
    String[] values = new String[slots];
    java.util.Arrays.fill(values, value);
    return values;
  }
}
