package dev.bouncer.cli;

import dev.bouncer.report.Report;
import dev.bouncer.report.check.AllowList;
import dev.bouncer.report.check.Check;
import dev.bouncer.report.check.Rule;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
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
      converter = RuleConverter.class,
      description = "switch rules on (comma-separated)")
  List<Rule> enable = new ArrayList<>();

  @Option(
      names = "--disable",
      split = ",",
      paramLabel = "RULE",
      converter = RuleConverter.class,
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

    Check.Result result = Check.run(loaded, rules, allowed);
    for (Check.Violation v : result.violations()) {
      out.println(v.message());
    }
    for (AllowList.Entry e : result.unused()) {
      out.println(
          "note: allow-list line " + e.line() + " (" + e + ") exempts nothing; remove it?");
    }
    int rows = result.rows().size();
    int violations = result.violations().size();
    out.println(
        "bouncer check: "
            + rows
            + (rows == 1 ? " endpoint" : " endpoints")
            + " in "
            + loaded.size()
            + (loaded.size() == 1 ? " report" : " reports")
            + ", "
            + (violations == 0
                ? "no rule broken"
                : violations + (violations == 1 ? " violation" : " violations"))
            + " (rules: "
            + String.join(", ", rules.stream().map(Rule::id).toList())
            + ")");
    return violations == 0 ? BouncerCli.OK : BouncerCli.FINDINGS;
  }

  /** Converts {@code --enable unprotected} and friends; an unknown name is a usage error. */
  static final class RuleConverter implements CommandLine.ITypeConverter<Rule> {
    @Override
    public Rule convert(String value) {
      try {
        return Rule.byId(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
