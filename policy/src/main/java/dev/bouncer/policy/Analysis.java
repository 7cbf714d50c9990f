package dev.bouncer.policy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds what is legal but almost certainly a mistake in an expression: a clause written twice in
 * one group, an expression that can never hold or always holds, and a template in a part whose
 * wildcard makes it meaningless.
 *
 * <p>"Never" and "always" are decided over every way a caller can hold or lack the expression's
 * permissions, honouring wildcard implication between them ({@code orders:*} implies {@code
 * orders:read}, so {@code orders:* && !orders:read} can never hold), over {@link Cases}: a template
 * is one unknown value, which {@code *} covers ({@code orders:* && !orders:{id}} never holds).
 */
public final class Analysis {
  private Analysis() {}

  /** What a finding is about; each has its own diagnostic key in the processor. */
  public enum Kind {
    /** A clause written twice in one {@code &&} or {@code ||} group. */
    DUPLICATE_CLAUSE,
    /** A template in a part that also holds {@code *}. */
    MEANINGLESS_TEMPLATE,
    /** No caller can satisfy the expression. */
    NEVER_HOLDS,
    /** Every identified caller satisfies the expression. */
    ALWAYS_HOLDS,
    /** Too many distinct permissions to decide whether it never or always holds. */
    TOO_MANY_ATOMS
  }

  /**
   * One finding.
   *
   * @param kind which warning
   * @param text what to say, without key or position
   * @param offset the 0-based offset it is about
   */
  public record Finding(Kind kind, String text, int offset) {}

  /**
   * The findings on an expression: duplicates first, then meaningless templates, then whether it
   * never or always holds.
   *
   * @param expr the expression
   * @return the findings, in that order
   */
  public static List<Finding> analyse(Expr expr) {
    List<Finding> findings = new ArrayList<>();
    duplicates(expr, findings);
    meaninglessTemplates(expr, findings);
    truthTable(expr, findings);
    return findings;
  }

  private static void duplicates(Expr expr, List<Finding> findings) {
    List<Expr> operands = expr.operands();
    if (expr instanceof Expr.And || expr instanceof Expr.Or) {
      Set<Expr> seen = new HashSet<>();
      for (Expr operand : operands) {
        if (!seen.add(operand)) {
          findings.add(
              new Finding(
                  Kind.DUPLICATE_CLAUSE,
                  "'"
                      + operand
                      + "' appears more than once in the same "
                      + (expr instanceof Expr.And ? "&&" : "||")
                      + " group; remove the repetition",
                  start(operand)));
        }
      }
    }
    operands.forEach(o -> duplicates(o, findings));
  }

  private static void meaninglessTemplates(Expr expr, List<Finding> findings) {
    if (expr instanceof Expr.Atom atom) {
      for (List<Expr.Sub> part : atom.parts()) {
        boolean wildcard = part.stream().anyMatch(s -> s.kind() == Expr.Sub.Kind.WILDCARD);
        for (Expr.Sub sub : part) {
          if (wildcard && sub.kind() == Expr.Sub.Kind.TEMPLATE) {
            findings.add(
                new Finding(
                    Kind.MEANINGLESS_TEMPLATE,
                    "{"
                        + sub.text()
                        + "} shares a part with '*', which already stands for any value, so the"
                        + " template changes nothing; remove one of them",
                    sub.offset()));
          }
        }
      }
    }
    expr.operands().forEach(o -> meaninglessTemplates(o, findings));
  }

  private static void truthTable(Expr expr, List<Finding> findings) {
    boolean never;
    boolean always;
    try {
      never = Relations.neverHolds(expr);
      always = !never && Relations.alwaysHolds(expr);
    } catch (TooManyAtomsException e) {
      findings.add(
          new Finding(
              Kind.TOO_MANY_ATOMS,
              "'"
                  + expr
                  + "' names "
                  + e.atoms()
                  + " distinct permissions; Bouncer decides whether an expression can hold, and"
                  + " whether a change loosens it, for at most "
                  + Cases.MAX_ATOMS
                  + ", so it checked neither here; split the requirement or name fewer permissions",
              start(expr)));
      return;
    }
    if (never) {
      findings.add(
          new Finding(
              Kind.NEVER_HOLDS,
              "no caller can ever satisfy '" + expr + "', so every identified caller gets 403;"
                  + " use @DenyAll if that is what you mean",
              start(expr)));
    } else if (always) {
      findings.add(
          new Finding(
              Kind.ALWAYS_HOLDS,
              "every identified caller satisfies '" + expr + "', so it checks nothing beyond"
                  + " identity; use @Authenticated if that is what you mean",
              start(expr)));
    }
  }

  private static int start(Expr expr) {
    Expr e = expr;
    while (!(e instanceof Expr.Atom) && !e.operands().isEmpty()) {
      e = e.operands().get(0);
    }
    return e instanceof Expr.Atom atom ? atom.start() : 0;
  }
}
