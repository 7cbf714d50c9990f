package dev.bouncer.policy;

import java.util.List;
import java.util.Optional;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * The relations between expressions, by their meaning rather than their text: {@code a && b} is
 * stronger than {@code a}, {@code orders:*} is weaker than {@code orders:read}, and reordering
 * changes nothing. Every relation is decided over the same {@link Cases}, with the same limit:
 * more than {@link Cases#MAX_ATOMS} distinct atoms throw {@link TooManyAtomsException}.
 *
 * <p>Identified callers only: whether an anonymous caller passes is not a question of
 * expressions.
 */
public final class Relations {

  /** How a changed requirement relates to the original one. */
  public enum Relation {
    /** Exactly the same callers pass. */
    EQUIVALENT,
    /** Every caller who passes the new one passed the old, and some who passed the old no longer do. */
    STRONGER,
    /** Every caller who passed the old one passes the new, and some more do. */
    WEAKER,
    /** Some callers gain access and others lose it. */
    INCOMPARABLE
  }

  /**
   * A caller, by the atoms they are granted (they hold whatever those imply).
   *
   * @param grants the granted atoms; empty for an identified caller granted nothing
   */
  public record Caller(List<Expr.Atom> grants) {
    /**
     * Copies the grants.
     *
     * @param grants the grants
     */
    public Caller {
      grants = List.copyOf(grants);
    }

    /** Returns {@code a caller holding only orders:cancel, orders:frozen}, or the empty caller. */
    @Override
    public String toString() {
      return grants.isEmpty()
          ? "an identified caller holding nothing"
          : "a caller holding only "
              + grants.stream().map(Expr.Atom::toString).collect(Collectors.joining(", "));
    }
  }

  /**
   * The relation of a changed requirement to the original one, with a caller to show each way.
   *
   * @param relation how {@code changed} relates to {@code original}
   * @param gained a caller who passes the changed requirement and not the original, or null
   * @param lost a caller who passed the original requirement and not the changed one, or null
   */
  public record Comparison(Relation relation, Caller gained, Caller lost) {}

  private Relations() {}

  /**
   * How {@code changed} relates to {@code original}, with the first (smallest) example callers.
   *
   * @param original the requirement before
   * @param changed the requirement after
   * @return the comparison
   * @throws TooManyAtomsException if they name more than {@link Cases#MAX_ATOMS} distinct atoms
   */
  public static Comparison compare(Expr original, Expr changed) {
    Cases cases = Cases.of(original, changed);
    IntPredicate before = cases.compile(original);
    IntPredicate after = cases.compile(changed);
    int[] found = {-1, -1};
    cases.forEach(
        (grants, held) -> {
          boolean was = before.test(held);
          boolean is = after.test(held);
          if (is && !was && found[0] < 0) {
            found[0] = grants;
          }
          if (was && !is && found[1] < 0) {
            found[1] = grants;
          }
          return found[0] < 0 || found[1] < 0;
        });
    Caller gained = found[0] < 0 ? null : new Caller(cases.atoms(found[0]));
    Caller lost = found[1] < 0 ? null : new Caller(cases.atoms(found[1]));
    Relation relation =
        gained == null
            ? (lost == null ? Relation.EQUIVALENT : Relation.STRONGER)
            : (lost == null ? Relation.WEAKER : Relation.INCOMPARABLE);
    return new Comparison(relation, gained, lost);
  }

  /**
   * Whether every caller who satisfies {@code a} satisfies {@code b}.
   *
   * @param a the stronger expression
   * @param b the weaker expression
   * @return true if {@code a} implies {@code b}
   * @throws TooManyAtomsException if they name more than {@link Cases#MAX_ATOMS} distinct atoms
   */
  public static boolean implies(Expr a, Expr b) {
    return example(Cases.of(a, b), new Expr.And(List.of(a, new Expr.Not(b)))).isEmpty();
  }

  /**
   * Whether exactly the same callers satisfy both.
   *
   * @param a one expression
   * @param b the other
   * @return true if they are equivalent
   * @throws TooManyAtomsException if they name more than {@link Cases#MAX_ATOMS} distinct atoms
   */
  public static boolean equivalent(Expr a, Expr b) {
    return compare(a, b).relation() == Relation.EQUIVALENT;
  }

  /**
   * Whether no caller can satisfy the expression.
   *
   * @param expr the expression
   * @return true if it never holds
   * @throws TooManyAtomsException if it names more than {@link Cases#MAX_ATOMS} distinct atoms
   */
  public static boolean neverHolds(Expr expr) {
    return example(Cases.of(expr), expr).isEmpty();
  }

  /**
   * Whether every identified caller satisfies the expression.
   *
   * @param expr the expression
   * @return true if it always holds
   * @throws TooManyAtomsException if it names more than {@link Cases#MAX_ATOMS} distinct atoms
   */
  public static boolean alwaysHolds(Expr expr) {
    return example(Cases.of(expr), new Expr.Not(expr)).isEmpty();
  }

  /**
   * A caller whom {@code after} lets through and {@code before} did not, if any: the loosening,
   * shown.
   *
   * @param before the requirement before
   * @param after the requirement after
   * @return the first (smallest) such caller, or empty if {@code after} lets no one new through
   * @throws TooManyAtomsException if they name more than {@link Cases#MAX_ATOMS} distinct atoms
   */
  public static Optional<Caller> loosened(Expr before, Expr after) {
    return example(Cases.of(before, after), new Expr.And(List.of(after, new Expr.Not(before))));
  }

  /**
   * A caller who satisfies {@code expr}, over the given cases.
   *
   * @param cases cases that include every atom of {@code expr}
   * @param expr the expression
   * @return the first such caller, or empty if none
   */
  public static Optional<Caller> example(Cases cases, Expr expr) {
    IntPredicate test = cases.compile(expr);
    int[] found = {-1};
    cases.forEach(
        (grants, held) -> {
          if (test.test(held)) {
            found[0] = grants;
            return false;
          }
          return true;
        });
    return found[0] < 0 ? Optional.empty() : Optional.of(new Caller(cases.atoms(found[0])));
  }
}
