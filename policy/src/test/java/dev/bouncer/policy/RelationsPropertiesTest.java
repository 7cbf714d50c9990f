package dev.bouncer.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.apache.shiro.authz.permission.WildcardPermission;

/**
 * Every relation of {@link Relations} against brute force that shares nothing with {@link Cases}:
 * expressions are evaluated on their own trees, for every set of concrete grant strings drawn
 * from a universe (every atom of the alphabet with its templates filled by one value no word
 * uses, plus neighbours that are none of them), with Apache Shiro deciding each implication.
 */
class RelationsPropertiesTest {
  private static final List<String> ALPHABET =
      List.of("a", "a:b", "a:c", "a:*", "a:b,c", "b", "*", "a:b:{id}", "c:{id}", "a:{id}", "A:b");

  private static final String VALUE = "v7";

  private static final List<String> UNIVERSE;

  static {
    Set<String> u = new LinkedHashSet<>();
    for (String atom : ALPHABET) {
      u.add(atom.replace("{id}", VALUE));
    }
    u.addAll(List.of("a:b:w", "a:*:*"));
    UNIVERSE = List.copyOf(u);
  }

  /** A tree that prints itself for the parser and evaluates itself for the reference. */
  sealed interface Tree {
    String text();

    boolean eval(int grants);
  }

  record Atom(String permission) implements Tree {
    @Override
    public String text() {
      return permission;
    }

    @Override
    public boolean eval(int grants) {
      return (grants & HOLDERS.computeIfAbsent(permission, RelationsPropertiesTest::holders)) != 0;
    }
  }

  record Not(Tree operand) implements Tree {
    @Override
    public String text() {
      return "!(" + operand.text() + ")";
    }

    @Override
    public boolean eval(int grants) {
      return !operand.eval(grants);
    }
  }

  record Bin(boolean and, Tree left, Tree right) implements Tree {
    @Override
    public String text() {
      return "(" + left.text() + (and ? " && " : " || ") + right.text() + ")";
    }

    @Override
    public boolean eval(int grants) {
      return and ? left.eval(grants) && right.eval(grants) : left.eval(grants) || right.eval(grants);
    }
  }

  @Provide
  Arbitrary<Tree> trees() {
    return tree(3);
  }

  private static Arbitrary<Tree> tree(int depth) {
    Arbitrary<Tree> atom = Arbitraries.of(ALPHABET).map(Atom::new);
    if (depth == 0) {
      return atom;
    }
    Arbitrary<Tree> sub = Arbitraries.lazy(() -> tree(depth - 1));
    return Arbitraries.frequencyOf(
        Tuple.of(3, atom),
        Tuple.of(1, sub.map(Not::new)),
        Tuple.of(2, Combinators.combine(sub, sub).as((l, r) -> new Bin(true, l, r))),
        Tuple.of(2, Combinators.combine(sub, sub).as((l, r) -> new Bin(false, l, r))));
  }

  /** For each atom of the alphabet, the universe's grants that imply it, by Shiro, as a bit mask. */
  private static final java.util.Map<String, Integer> HOLDERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static int holders(String atom) {
    WildcardPermission required = new WildcardPermission(atom.replace("{id}", VALUE), true);
    int mask = 0;
    for (int i = 0; i < UNIVERSE.size(); i++) {
      if (new WildcardPermission(UNIVERSE.get(i), true).implies(required)) {
        mask |= 1 << i;
      }
    }
    return mask;
  }

  /** Every set of grants from the universe, as a bit mask: the callers the reference tries. */
  private static final List<Integer> CALLERS =
      java.util.stream.IntStream.range(0, 1 << UNIVERSE.size()).boxed().toList();

  private static Expr parse(Tree tree) {
    try {
      return Parser.parse(tree.text());
    } catch (SyntaxError e) {
      throw new AssertionError(tree.text(), e);
    }
  }

  private static Relations.Relation reference(Tree before, Tree after) {
    boolean gained = false;
    boolean lost = false;
    for (int grants : CALLERS) {
      boolean was = before.eval(grants);
      boolean is = after.eval(grants);
      gained |= is && !was;
      lost |= was && !is;
    }
    return gained
        ? (lost ? Relations.Relation.INCOMPARABLE : Relations.Relation.WEAKER)
        : (lost ? Relations.Relation.STRONGER : Relations.Relation.EQUIVALENT);
  }

  /** The concrete grants of an example caller, as a bit mask over the universe. */
  private static int grants(Relations.Caller caller) {
    int grants = 0;
    for (Expr.Atom atom : caller.grants()) {
      int index = UNIVERSE.indexOf(atom.toString().replace("{id}", VALUE));
      assertTrue(index >= 0, atom + " is in the universe");
      grants |= 1 << index;
    }
    return grants;
  }

  @Property(tries = 300)
  void compare_agreesWithBruteForce_andItsExamplesAreReal(
      @ForAll("trees") Tree before, @ForAll("trees") Tree after) {
    Relations.Comparison c = Relations.compare(parse(before), parse(after));
    String what = before.text() + "  ->  " + after.text();
    assertEquals(reference(before, after), c.relation(), what);
    if (c.gained() != null) {
      int g = grants(c.gained());
      assertTrue(after.eval(g) && !before.eval(g), what + " gained " + c.gained());
    }
    if (c.lost() != null) {
      int g = grants(c.lost());
      assertTrue(before.eval(g) && !after.eval(g), what + " lost " + c.lost());
    }
    Statistics.collect(c.relation());
    Statistics.coverage(
        checker -> {
          for (Relations.Relation r : Relations.Relation.values()) {
            checker.check(r).count(count -> count >= 1);
          }
        });
  }

  @Property(tries = 300)
  void impliesEquivalentAndLoosened_agreeWithBruteForce(
      @ForAll("trees") Tree a, @ForAll("trees") Tree b) {
    boolean implies = CALLERS.stream().allMatch(g -> !a.eval(g) || b.eval(g));
    boolean equivalent = CALLERS.stream().allMatch(g -> a.eval(g) == b.eval(g));
    boolean loosens = CALLERS.stream().anyMatch(g -> b.eval(g) && !a.eval(g));
    String what = a.text() + " / " + b.text();
    assertEquals(implies, Relations.implies(parse(a), parse(b)), what);
    assertEquals(equivalent, Relations.equivalent(parse(a), parse(b)), what);
    Optional<Relations.Caller> caller = Relations.loosened(parse(a), parse(b));
    assertEquals(loosens, caller.isPresent(), what);
    caller.ifPresent(
        c -> assertTrue(b.eval(grants(c)) && !a.eval(grants(c)), what + ": " + c));
  }

  @Property(tries = 300)
  void neverAndAlways_agreeWithBruteForce(@ForAll("trees") Tree tree) {
    boolean never = CALLERS.stream().noneMatch(tree::eval);
    boolean always = CALLERS.stream().allMatch(tree::eval);
    Expr expr = parse(tree);
    assertEquals(never, Relations.neverHolds(expr), tree.text());
    assertEquals(always, Relations.alwaysHolds(expr), tree.text());
    List<Analysis.Kind> kinds = Analysis.analyse(expr).stream().map(Analysis.Finding::kind).toList();
    assertEquals(never, kinds.contains(Analysis.Kind.NEVER_HOLDS), tree.text());
    assertEquals(always, kinds.contains(Analysis.Kind.ALWAYS_HOLDS), tree.text());
    assertFalse(never && always, tree.text());
  }
}
