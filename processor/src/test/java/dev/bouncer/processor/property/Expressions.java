package dev.bouncer.processor.property;

import dev.bouncer.policy.Expr;
import dev.bouncer.policy.Parser;
import dev.bouncer.policy.SyntaxError;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/** Random expression trees over a small pool of permissions, for the property tests. */
final class Expressions {
  /** Permissions that overlap under wildcard implication, two with the {id} template. */
  static final List<String> ATOMS =
      List.of("a", "a:b", "a:c", "a:b,c", "a:*", "d:e:f", "d:*", "x", "x:y:{id}", "t:{id}");

  /** Grants that imply some of the atoms and not others. */
  static final List<String> GRANTS =
      List.of(
          "a", "a:b", "a:c", "a:*", "a:b,c", "d:e", "d:*", "d:e:f", "*", "x", "x:y", "x:y:42",
          "x:y:*", "t:42", "t:*", "t:a:b");

  /** Values for {id}: plain, wildcard, separators, empty. */
  static final List<String> IDS = List.of("42", "43", "*", "a:b", "42,43", "a", "");

  private Expressions() {}

  static Arbitrary<Expr> expressions() {
    return expression(4);
  }

  private static Arbitrary<Expr> expression(int depth) {
    Arbitrary<Expr> atom = Arbitraries.of(ATOMS).map(Expressions::atom);
    if (depth == 0) {
      return atom;
    }
    Arbitrary<Expr> smaller = Arbitraries.lazy(() -> expression(depth - 1));
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, atom),
        net.jqwik.api.Tuple.of(1, smaller.map(Expr.Not::new)),
        net.jqwik.api.Tuple.of(
            2, smaller.list().ofMinSize(2).ofMaxSize(3).map(l -> (Expr) new Expr.And(l))),
        net.jqwik.api.Tuple.of(
            2, smaller.list().ofMinSize(2).ofMaxSize(3).map(l -> (Expr) new Expr.Or(l))));
  }

  static Expr atom(String text) {
    try {
      return Parser.parse(text);
    } catch (SyntaxError e) {
      throw new AssertionError(e);
    }
  }
}
