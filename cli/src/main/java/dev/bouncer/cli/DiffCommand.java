package dev.bouncer.cli;

import dev.bouncer.report.Report;
import dev.bouncer.report.diff.DiffReport;
import dev.bouncer.report.diff.ReportDiff;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code diff OLD NEW}: what changed, and whether any change lets more callers in. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Lists endpoints added, removed and changed between two reports. Each change is LOOSENED,"
          + " TIGHTENED, INCOMPARABLE or UNCHANGED (same meaning, other text), decided on the"
          + " policies' meaning: every caller state over the permissions and roles of both is"
          + " tried, with Shiro wildcard implication between permissions.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:nothing loosened",
      "1:some endpoint loosened, or an open (unprotected or @PermitAll) endpoint added",
      "2:usage error or unreadable input",
      "3:nothing plainly loosened, but some change is incomparable"
    })
final class DiffCommand implements Callable<Integer> {
  /** Output formats. */
  enum Format {
    text,
    markdown
  }

  @Parameters(index = "0", paramLabel = "OLD", description = "the report before the change (json, jar or war)")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "the report after the change")
  Path after;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "text (default) or markdown, for a pull-request comment")
  Format format = Format.text;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Report old = ReportFiles.load(before);
    Report now = ReportFiles.load(after);
    List<ReportDiff.Change> changes = ReportDiff.between(old, now);
    PrintWriter out = spec.commandLine().getOut();
    out.print(
        format == Format.markdown
            ? DiffReport.markdown(changes)
            : DiffReport.text(changes, before.getFileName() + " -> " + after.getFileName()));
    if (changes.stream().anyMatch(ReportDiff.Change::loosens)) {
      return BouncerCli.FINDINGS;
    }
    if (changes.stream().anyMatch(ReportDiff.Change::incomparable)) {
      return BouncerCli.INCOMPARABLE;
    }
    return BouncerCli.OK;
  }
}
