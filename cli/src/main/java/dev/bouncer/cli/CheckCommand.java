package dev.bouncer.cli;

import dev.bouncer.processor.report.Report;
import dev.bouncer.processor.report.Rows;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code check REPORT...}: fails when an endpoint breaks a rule. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Fails (exit 1) when an endpoint breaks a rule. Rules on by default: unprotected,"
          + " permit-all-unsafe. Off by default: permit-all, roles-allowed,"
          + " unreached-sub-resource.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:no rule broken", "1:some rule broken", "2:usage error or unreadable input"})
final class CheckCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "REPORT",
      description = "policy-report.json files, or jars/wars that contain one")
  List<Path> reports;

  @Option(
      names = "--allow-list",
      paramLabel = "FILE",
      description = "endpoints exempt from every rule: lines of 'METHOD /full/path' (* = any method), # comments")
  Path allowList;

  @Option(
      names = "--enable",
      split = ",",
      paramLabel = "RULE",
      converter = Rule.Converter.class,
      description = "switch rules on (comma-separated)")
  List<Rule> enable = new ArrayList<>();

  @Option(
      names = "--disable",
      split = ",",
      paramLabel = "RULE",
      converter = Rule.Converter.class,
      description = "switch rules off (comma-separated)")
  List<Rule> disable = new ArrayList<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Map<String, Report> loaded = ReportFiles.load(reports);
    AllowList allowed = allowList == null ? AllowList.empty() : AllowList.read(allowList);
    Set<Rule> rules = EnumSet.noneOf(Rule.class);
    rules.addAll(Rule.defaults());
    rules.addAll(enable);
    rules.removeAll(disable);

    List<Rows.Row> rows = Rows.of(loaded);
    List<String> violations = new ArrayList<>();
    Set<AllowList.Entry> used = new HashSet<>();
    for (Rows.Row row : rows) {
      AllowList.Entry exempt = allowed.find(row.methods(), row.path());
      for (Rule rule : rules) {
        if (!rule.broken(row.endpoint())) {
          continue;
        }
        if (exempt != null) {
          used.add(exempt);
          continue;
        }
        violations.add(describe(rule, row));
      }
    }
    for (String v : violations) {
      out.println(v);
    }
    for (AllowList.Entry e : allowed.entries) {
      if (!used.contains(e)) {
        out.println(
            "note: allow-list line " + e.line() + " (" + e + ") exempts nothing; remove it?");
      }
    }
    out.println(
        "bouncer check: "
            + rows.size()
            + (rows.size() == 1 ? " endpoint" : " endpoints")
            + " in "
            + loaded.size()
            + (loaded.size() == 1 ? " report" : " reports")
            + ", "
            + (violations.isEmpty() ? "no rule broken" : violations.size() + (violations.size() == 1 ? " violation" : " violations"))
            + " (rules: "
            + String.join(", ", rules.stream().map(r -> r.id).toList())
            + ")");
    return violations.isEmpty() ? BouncerCli.OK : BouncerCli.FINDINGS;
  }

  private static String describe(Rule rule, Rows.Row row) {
    Report.Endpoint e = row.endpoint();
    String where =
        e.source() == null
            ? e.signature()
            : e.signature() + " (" + e.source().file() + (e.source().line() > 0 ? ":" + e.source().line() : "") + ")";
    String fix =
        switch (rule) {
          case UNPROTECTED -> "no policy: annotate it or its class, or use @PermitAll to serve it open on purpose";
          case PERMIT_ALL_UNSAFE -> "@PermitAll lets anyone change state here";
          case PERMIT_ALL -> "@PermitAll: anyone may call it";
          case ROLES_ALLOWED -> "@RolesAllowed: use @RequiresPermission";
          case UNREACHED -> "no locator compiled with this sub-resource returns it, so its full path is unknown";
        };
    return "[" + rule.id + "] " + row.methods() + " " + row.path() + "  " + where + ": " + fix
        + (row.label().isEmpty() ? "" : "  [" + row.label() + "]");
  }
}
