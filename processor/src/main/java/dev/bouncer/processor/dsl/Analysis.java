package dev.bouncer.processor.dsl;

import dev.bouncer.processor.validation.Message;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds what is legal but almost certainly a mistake in an expression: a clause written twice in
 * one group, an expression that can never hold or always holds, and a template in a part whose
 * wildcard makes it meaningless.
 *
 * <p>"Never" and "always" are decided over every way a caller can hold or lack the expression's
 * permissions, honouring wildcard implication between them ({@code orders:*} implies {@code
 * orders:read}, so {@code orders:* && !orders:read} can never hold). Templates are treated as
 * unknown values.
 */
public final class Analysis {
  /** Expressions with more distinct permissions than this are not enumerated. */
  static final int MAX_ATOMS = 12;

  private Analysis() {}

  /** One finding: which warning, what to say, and the 0-based offset it is about. */
  public record Finding(Message message, String text, int offset) {}

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
                  Message.DUPLICATE_CLAUSE,
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
                    Message.MEANINGLESS_TEMPLATE,
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
    Map<Expr.Atom, Integer> atoms = new LinkedHashMap<>();
    expr.atoms().forEach(a -> atoms.putIfAbsent(a, atoms.size()));
    int n = atoms.size();
    if (n > MAX_ATOMS) {
      return;
    }
    List<Expr.Atom> list = new ArrayList<>(atoms.keySet());
    boolean sometimesTrue = false;
    boolean sometimesFalse = false;
    for (int bits = 0; bits < (1 << n); bits++) {
      if (!consistent(list, bits)) {
        continue;
      }
      if (eval(expr, atoms, bits)) {
        sometimesTrue = true;
      } else {
        sometimesFalse = true;
      }
    }
    if (!sometimesTrue) {
      findings.add(
          new Finding(
              Message.NEVER_HOLDS,
              "no caller can ever satisfy '" + expr + "', so every identified caller gets 403;"
                  + " use @DenyAll if that is what you mean",
              start(expr)));
    } else if (!sometimesFalse) {
      findings.add(
          new Finding(
              Message.ALWAYS_HOLDS,
              "every identified caller satisfies '" + expr + "', so it checks nothing beyond"
                  + " identity; use @Authenticated if that is what you mean",
              start(expr)));
    }
  }

  /** Whether an assignment respects implication: holding a permission holds what it implies. */
  private static boolean consistent(List<Expr.Atom> atoms, int bits) {
    for (int i = 0; i < atoms.size(); i++) {
      if ((bits & (1 << i)) == 0) {
        continue;
      }
      for (int j = 0; j < atoms.size(); j++) {
        if (i != j && (bits & (1 << j)) == 0 && implies(atoms.get(i), atoms.get(j))) {
          return false;
        }
      }
    }
    return true;
  }

  /** Shiro implication between two constant permissions; templates are never compared. */
  static boolean implies(Expr.Atom granted, Expr.Atom required) {
    if (granted.hasTemplates() || required.hasTemplates()) {
      return false;
    }
    List<List<Expr.Sub>> mine = granted.parts();
    List<List<Expr.Sub>> other = required.parts();
    int i = 0;
    for (List<Expr.Sub> otherPart : other) {
      if (i >= mine.size()) {
        return true;
      }
      List<Expr.Sub> part = mine.get(i);
      boolean wildcard = part.stream().anyMatch(s -> s.kind() == Expr.Sub.Kind.WILDCARD);
      if (!wildcard && !part.containsAll(otherPart)) {
        return false;
      }
      i++;
    }
    for (; i < mine.size(); i++) {
      if (mine.get(i).stream().noneMatch(s -> s.kind() == Expr.Sub.Kind.WILDCARD)) {
        return false;
      }
    }
    return true;
  }

  private static boolean eval(Expr expr, Map<Expr.Atom, Integer> atoms, int bits) {
    if (expr instanceof Expr.Atom atom) {
      return (bits & (1 << atoms.get(atom))) != 0;
    }
    if (expr instanceof Expr.Not not) {
      return !eval(not.operand(), atoms, bits);
    }
    if (expr instanceof Expr.And and) {
      for (Expr e : and.operands()) {
        if (!eval(e, atoms, bits)) {
          return false;
        }
      }
      return true;
    }
    for (Expr e : ((Expr.Or) expr).operands()) {
      if (eval(e, atoms, bits)) {
        return true;
      }
    }
    return false;
  }

  private static int start(Expr expr) {
    Expr e = expr;
    while (!(e instanceof Expr.Atom)) {
      e = e.operands().get(0);
    }
    return ((Expr.Atom) e).start();
  }
}
