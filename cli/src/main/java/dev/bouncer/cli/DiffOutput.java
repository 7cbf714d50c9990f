package dev.bouncer.cli;

import dev.bouncer.cli.diff.ReportDiff;
import dev.bouncer.cli.diff.Verdict;
import dev.bouncer.processor.report.MarkdownReport;
import dev.bouncer.processor.report.Report;
import java.util.List;

/** {@code diff}'s output, as plain text for a terminal or Markdown for a pull request. */
final class DiffOutput {
  private DiffOutput() {}

  static String text(List<ReportDiff.Change> changes, String title) {
    StringBuilder sb = new StringBuilder();
    sb.append("bouncer diff ").append(title).append('\n');
    for (ReportDiff.Change c : changes) {
      sb.append('\n');
      sb.append(String.format("%-14s %s%n", label(c), c.key()));
      switch (c.kind()) {
        case ADDED -> sb.append("               policy: ").append(policy(c.after())).append('\n');
        case REMOVED -> sb.append("               was: ").append(policy(c.before())).append('\n');
        case CHANGED -> {
          sb.append("               was: ").append(policy(c.before())).append('\n');
          sb.append("               now: ").append(policy(c.after())).append('\n');
          if (c.comparison().gained() != null) {
            sb.append("               now let in: ").append(c.comparison().gained()).append('\n');
          }
          if (c.comparison().lost() != null) {
            sb.append("               now kept out: ").append(c.comparison().lost()).append('\n');
          }
          if (c.note() != null) {
            sb.append("               not decided: ").append(c.note()).append('\n');
          }
        }
      }
    }
    sb.append(changes.isEmpty() ? "\nNo endpoint or policy changed.\n" : "\n");
    sb.append(summary(changes)).append('\n');
    return sb.toString();
  }

  static String markdown(List<ReportDiff.Change> changes) {
    StringBuilder md = new StringBuilder("## Bouncer: policy changes\n\n");
    long loosened = changes.stream().filter(ReportDiff.Change::loosens).count();
    if (loosened > 0) {
      md.append("> [!CAUTION]\n> ")
          .append(loosened)
          .append(loosened == 1 ? " change lets" : " changes let")
          .append(" more callers in: a security review is needed.\n\n");
    }
    md.append(summary(changes)).append("\n\n");
    if (changes.isEmpty()) {
      return md.toString();
    }
    md.append("| Change | Endpoint | Before | After | Example |\n|---|---|---|---|---|\n");
    for (ReportDiff.Change c : changes) {
      String example = "";
      if (c.kind() == ReportDiff.Kind.CHANGED) {
        example =
            c.comparison().gained() != null
                ? "now let in: " + c.comparison().gained()
                : c.comparison().lost() != null ? "now kept out: " + c.comparison().lost() : "";
        if (c.note() != null) {
          example = "not decided: " + c.note();
        }
      }
      md.append("| **")
          .append(label(c))
          .append("** | ")
          .append(MarkdownReport.cell(MarkdownReport.code(c.key())))
          .append(" | ")
          .append(c.before() == null ? "" : MarkdownReport.cell(MarkdownReport.code(policy(c.before()))))
          .append(" | ")
          .append(c.after() == null ? "" : MarkdownReport.cell(MarkdownReport.code(policy(c.after()))))
          .append(" | ")
          .append(MarkdownReport.cell(MarkdownReport.text(example)))
          .append(" |\n");
    }
    return md.toString();
  }

  private static String label(ReportDiff.Change c) {
    return switch (c.kind()) {
      case ADDED -> c.loosens() ? "ADDED (open)" : "ADDED";
      case REMOVED -> "REMOVED";
      case CHANGED -> c.comparison().verdict().name();
    };
  }

  private static String policy(Report.Endpoint e) {
    return e.policy().summary();
  }

  static String summary(List<ReportDiff.Change> changes) {
    long added = changes.stream().filter(c -> c.kind() == ReportDiff.Kind.ADDED).count();
    long open = changes.stream().filter(c -> c.kind() == ReportDiff.Kind.ADDED && c.loosens()).count();
    long removed = changes.stream().filter(c -> c.kind() == ReportDiff.Kind.REMOVED).count();
    return DiffCommand.count(changes, Verdict.LOOSENED)
        + " loosened, "
        + DiffCommand.count(changes, Verdict.INCOMPARABLE)
        + " incomparable, "
        + DiffCommand.count(changes, Verdict.TIGHTENED)
        + " tightened, "
        + DiffCommand.count(changes, Verdict.UNCHANGED)
        + " reworded with the same meaning; "
        + added
        + " added ("
        + open
        + " open), "
        + removed
        + " removed";
  }
}
