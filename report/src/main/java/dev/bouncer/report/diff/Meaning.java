package dev.bouncer.report.diff;

import dev.bouncer.policy.Expr;
import dev.bouncer.policy.Parser;
import dev.bouncer.policy.SyntaxError;
import dev.bouncer.report.Report;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Who a policy lets in: anonymous callers or not, and for identified callers an expression of the
 * policy language over the permissions and roles they hold. Every policy kind maps onto it, so
 * kinds and expressions compare on one scale: {@code NONE} and {@code PERMIT_ALL} let everyone in,
 * {@code AUTHENTICATED} every identified caller, {@code ROLES} an identified caller with one of
 * the roles, {@code PERMISSION} one whose grants satisfy the expression, {@code DENY_ALL} nobody.
 *
 * <p>A template is a hole named by where its value comes from ({@code {PATH:id}}), or by its name
 * when the report does not say: two templates reading the same request value are the same hole,
 * whatever they are called, and a template moved from the path to the query is another one.
 */
public final class Meaning {
  private final boolean anonymous;
  private final Expr identified;

  private Meaning(boolean anonymous, Expr identified) {
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
      case NONE, PERMIT_ALL -> new Meaning(true, Expr.Const.TRUE);
      case AUTHENTICATED -> new Meaning(false, Expr.Const.TRUE);
      case DENY_ALL -> new Meaning(false, Expr.Const.FALSE);
      case ROLES ->
          new Meaning(
              false,
              new Expr.Or(policy.roles().stream().<Expr>map(Expr.Atom::role).toList()));
      case PERMISSION -> new Meaning(false, permission(policy));
      case UNKNOWN ->
          throw new IllegalArgumentException(
              "unknown policy kind " + policy.kindName() + ": cannot compare it");
    };
  }

  private static Expr permission(Report.Policy policy) {
    Expr expr;
    try {
      expr = Parser.parse(policy.normalized());
    } catch (SyntaxError e) {
      throw new IllegalArgumentException(
          "the expression \"" + policy.normalized() + "\" does not parse: " + e.getMessage(), e);
    }
    Map<String, String> symbols = new HashMap<>();
    for (Report.Template t : policy.templates()) {
      symbols.put(t.name(), t.sourceName() + ":" + t.key());
    }
    return expr.withTemplates(name -> symbols.getOrDefault(name, name));
  }

  /** Whether an anonymous caller is let in. */
  boolean anonymous() {
    return anonymous;
  }

  /** Who among identified callers is let in, as an expression over permissions and roles. */
  Expr identified() {
    return identified;
  }

  /** Every permission and role the policy names, repeats included. */
  List<Expr.Atom> atoms() {
    return identified.atoms();
  }
}
