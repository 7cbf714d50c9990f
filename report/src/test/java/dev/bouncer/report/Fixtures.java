package dev.bouncer.report;

import dev.bouncer.policy.Expr;
import dev.bouncer.policy.Parser;
import dev.bouncer.policy.SyntaxError;
import java.util.List;

/** Reports, endpoints and policies for tests, built in code. */
public final class Fixtures {
  private Fixtures() {}

  public static Report.Policy permission(String expression, Report.Template... templates) {
    Expr expr;
    try {
      expr = Parser.parse(expression);
    } catch (SyntaxError e) {
      throw new IllegalArgumentException(e);
    }
    return new Report.Policy(
        PolicyKind.PERMISSION,
        expression,
        expr.toString(),
        expr.atoms().stream().map(Expr.Atom::toString).distinct().toList(),
        List.of(templates),
        List.of(),
        new Report.Origin(OriginKind.METHOD, "com.acme.Api#m()"));
  }

  public static Report.Template path(String name, String key) {
    return new Report.Template(name, TemplateSource.PATH, key);
  }

  public static Report.Policy kind(PolicyKind kind) {
    return new Report.Policy(
        kind,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        kind == PolicyKind.NONE
            ? new Report.Origin(OriginKind.NONE, null)
            : new Report.Origin(OriginKind.CLASS, "com.acme.Api"));
  }

  public static Report.Policy roles(String... roles) {
    return new Report.Policy(
        PolicyKind.ROLES,
        null,
        null,
        List.of(),
        List.of(),
        List.of(roles),
        new Report.Origin(OriginKind.METHOD, "com.acme.Api#m()"));
  }

  public static Report.Endpoint endpoint(String method, String path, Report.Policy policy) {
    boolean locator = method.equals("LOCATOR");
    String name = path.replaceAll("[^a-z]", "");
    return new Report.Endpoint(
        locator ? List.of() : List.of(method),
        path,
        true,
        locator,
        "com.acme.Api",
        method.toLowerCase(java.util.Locale.ROOT) + "_" + name + "()",
        List.of(),
        List.of(),
        new Report.Source("com/acme/Api.java", 12),
        policy,
        List.of());
  }

  public static Report report(Report.Endpoint... endpoints) {
    return new Report(Report.FORMAT_VERSION, "test", List.of(), List.of(endpoints));
  }
}
