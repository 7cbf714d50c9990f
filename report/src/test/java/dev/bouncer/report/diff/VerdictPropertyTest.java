package dev.bouncer.report.diff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncer.report.Fixtures;
import dev.bouncer.report.Report;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * For random pairs of expressions, the diff's verdict agrees with a reference that knows nothing
 * of its abstraction: it evaluates the expressions' trees directly, on concrete permission
 * strings ({@code {id}} filled with a value no word uses), for every subset of a grant universe
 * that holds every atom of the alphabet plus some neighbours, with its own string-based Shiro
 * implication.
 */
class VerdictPropertyTest {
  private static final List<String> ALPHABET =
      List.of("a", "a:b", "a:c", "a:*", "a:b,c", "b", "*", "a:b:{id}", "c:{id}");

  /** The value that fills {id}: no word of the alphabet. */
  private static final String VALUE = "v7";

  private static final List<String> UNIVERSE;

  static {
    Set<String> u = new java.util.LinkedHashSet<>();
    for (String atom : ALPHABET) {
      u.add(atom.replace("{id}", VALUE));
    }
    u.addAll(List.of("a:b:w", "a:*:*"));
    UNIVERSE = List.copyOf(u);
  }

  /** An expression tree that can print itself for the parser and evaluate itself for the reference. */
  sealed interface Tree {
    String text();

    boolean eval(Set<String> grants);
  }

  record Atom(String permission) implements Tree {
    public String text() {
      return permission;
    }

    public boolean eval(Set<String> grants) {
      String required = permission.replace("{id}", VALUE);
      return grants.stream().anyMatch(g -> implies(g, required));
    }
  }

  record Not(Tree operand) implements Tree {
    public String text() {
      return "!(" + operand.text() + ")";
    }

    public boolean eval(Set<String> grants) {
      return !operand.eval(grants);
    }
  }

  record Bin(boolean and, Tree left, Tree right) implements Tree {
    public String text() {
      return "(" + left.text() + (and ? " && " : " || ") + right.text() + ")";
    }

    public boolean eval(Set<String> grants) {
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
        net.jqwik.api.Tuple.of(3, atom),
        net.jqwik.api.Tuple.of(1, sub.map(Not::new)),
        net.jqwik.api.Tuple.of(2, net.jqwik.api.Combinators.combine(sub, sub).as((l, r) -> new Bin(true, l, r))),
        net.jqwik.api.Tuple.of(2, net.jqwik.api.Combinators.combine(sub, sub).as((l, r) -> new Bin(false, l, r))));
  }

  @Property(tries = 400)
  void verdict_agreesWithConcreteBruteForce(
      @ForAll("trees") Tree before, @ForAll("trees") Tree after) {
    Verdict actual = Comparison.of(policy(before), policy(after)).verdict();
    assertEquals(reference(before, after), actual, before.text() + "  ->  " + after.text());
    Statistics.collect(actual);
    // Every verdict must come up, or the property proves little.
    Statistics.coverage(
        checker -> {
          for (Verdict v : Verdict.values()) {
            checker.check(v).count(c -> c >= 1);
          }
        });
  }

  private static Report.Policy policy(Tree tree) {
    String text = tree.text();
    return text.contains("{id}")
        ? Fixtures.permission(text, Fixtures.path("id", "id"))
        : Fixtures.permission(text);
  }

  private static Verdict reference(Tree before, Tree after) {
    boolean gained = false;
    boolean lost = false;
    int n = UNIVERSE.size();
    for (int set = 0; set < (1 << n); set++) {
      Set<String> grants = new HashSet<>();
      for (int i = 0; i < n; i++) {
        if ((set & (1 << i)) != 0) {
          grants.add(UNIVERSE.get(i));
        }
      }
      boolean was = before.eval(grants);
      boolean is = after.eval(grants);
      gained |= is && !was;
      lost |= was && !is;
    }
    return gained ? (lost ? Verdict.INCOMPARABLE : Verdict.LOOSENED) : (lost ? Verdict.TIGHTENED : Verdict.UNCHANGED);
  }

  /** Shiro's WildcardPermission.implies, on strings. */
  static boolean implies(String granted, String required) {
    List<Set<String>> g = parts(granted);
    List<Set<String>> r = parts(required);
    for (int i = 0; i < r.size(); i++) {
      if (i >= g.size()) {
        return true;
      }
      if (!g.get(i).contains("*") && !g.get(i).containsAll(r.get(i))) {
        return false;
      }
    }
    for (int i = r.size(); i < g.size(); i++) {
      if (!g.get(i).contains("*")) {
        return false;
      }
    }
    return true;
  }

  private static List<Set<String>> parts(String permission) {
    List<Set<String>> parts = new ArrayList<>();
    for (String part : permission.split(":")) {
      parts.add(Set.of(part.split(",")));
    }
    return parts;
  }
}
