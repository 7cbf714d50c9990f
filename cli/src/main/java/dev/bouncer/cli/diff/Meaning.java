package dev.bouncer.cli.diff;

import dev.bouncer.processor.dsl.Expr;
import dev.bouncer.processor.dsl.Parser;
import dev.bouncer.processor.dsl.SyntaxError;
import dev.bouncer.processor.report.Report;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who a policy lets in: anonymous callers or not, and for identified callers a formula over the
 * permissions and roles they hold. Every policy kind maps onto it, so kinds and expressions
 * compare on one scale: {@code NONE} and {@code PERMIT_ALL} let everyone in, {@code AUTHENTICATED}
 * every identified caller, {@code ROLES} an identified caller with one of the roles, {@code
 * PERMISSION} one whose grants satisfy the expression, {@code DENY_ALL} nobody.
 */
public final class Meaning {
  /** Formula over grants: an atom, a constant, or a connective. */
  sealed interface Formula {
    record Const(boolean value) implements Formula {}

    record Atom(Grant grant) implements Formula {}

    record Not(Formula operand) implements Formula {}

    record And(List<Formula> operands) implements Formula {}

    record Or(List<Formula> operands) implements Formula {}
  }

  private final boolean anonymous;
  private final Formula identified;

  private Meaning(boolean anonymous, Formula identified) {
    this.anonymous = anonymous;
    this.identified = identified;
  }

  /**
   * The meaning of a report's policy.
   *
   * @throws IllegalArgumentException for an unknown kind or an expression that does not parse
   */
  public static Meaning of(Report.Policy policy) {
    return switch (policy.kind()) {
      case "NONE", "PERMIT_ALL" -> new Meaning(true, new Formula.Const(true));
      case "AUTHENTICATED" -> new Meaning(false, new Formula.Const(true));
      case "DENY_ALL" -> new Meaning(false, new Formula.Const(false));
      case "ROLES" ->
          new Meaning(
              false,
              new Formula.Or(
                  policy.roles().stream()
                      .<Formula>map(r -> new Formula.Atom(Grant.role(r)))
                      .toList()));
      case "PERMISSION" -> new Meaning(false, permission(policy));
      default ->
          throw new IllegalArgumentException(
              "unknown policy kind " + policy.kind() + ": cannot compare it");
    };
  }

  private static Formula permission(Report.Policy policy) {
    Expr expr;
    try {
      expr = Parser.parse(policy.normalized());
    } catch (SyntaxError e) {
      throw new IllegalArgumentException(
          "the expression \"" + policy.normalized() + "\" does not parse: " + e.getMessage(), e);
    }
    Map<String, String> symbols = new HashMap<>();
    for (Report.Template t : policy.templates()) {
      symbols.put(t.name(), t.source() + ":" + t.key());
    }
    return formula(expr, name -> symbols.getOrDefault(name, name));
  }

  private static Formula formula(Expr e, java.util.function.UnaryOperator<String> symbol) {
    if (e instanceof Expr.Atom atom) {
      return new Formula.Atom(Grant.permission(atom, symbol));
    }
    if (e instanceof Expr.Not not) {
      return new Formula.Not(formula(not.operand(), symbol));
    }
    List<Formula> operands = new ArrayList<>();
    for (Expr operand : e.operands()) {
      operands.add(formula(operand, symbol));
    }
    return e instanceof Expr.And ? new Formula.And(operands) : new Formula.Or(operands);
  }

  /** Every permission and role the formula mentions, in order of first appearance. */
  Set<Grant> atoms() {
    Set<Grant> atoms = new LinkedHashSet<>();
    collect(identified, atoms);
    return atoms;
  }

  private static void collect(Formula f, Set<Grant> into) {
    if (f instanceof Formula.Atom a) {
      into.add(a.grant());
    } else if (f instanceof Formula.Not n) {
      collect(n.operand(), into);
    } else if (f instanceof Formula.And a) {
      a.operands().forEach(o -> collect(o, into));
    } else if (f instanceof Formula.Or o) {
      o.operands().forEach(x -> collect(x, into));
    }
  }

  boolean anonymous() {
    return anonymous;
  }

  /** Whether an identified caller for whom {@code held} says which atoms they hold is let in. */
  boolean allows(Map<Grant, Boolean> held) {
    return eval(identified, held);
  }

  private static boolean eval(Formula f, Map<Grant, Boolean> held) {
    if (f instanceof Formula.Const c) {
      return c.value();
    }
    if (f instanceof Formula.Atom a) {
      return held.get(a.grant());
    }
    if (f instanceof Formula.Not n) {
      return !eval(n.operand(), held);
    }
    if (f instanceof Formula.And a) {
      return a.operands().stream().allMatch(o -> eval(o, held));
    }
    return ((Formula.Or) f).operands().stream().anyMatch(x -> eval(x, held));
  }
}
