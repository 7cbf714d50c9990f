package dev.bouncer.report.diff;

import dev.bouncer.report.MarkdownReport;
import dev.bouncer.report.Report;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code diff}'s output, as plain text for a terminal or Markdown for a pull-request comment.
 *
 * <p>The Markdown is bounded like {@link MarkdownReport}: past the limit it keeps the banner and
 * the summary line, then lists the changes a reviewer must see first (loosened, open endpoints
 * added, incomparable), then the others, as many as fit, and says how many are left out and how
 * to see them all.
 */
public final class DiffReport {
  private DiffReport() {}

  /** The changes as text, headed {@code bouncer diff TITLE}. */
  public static String text(List<ReportDiff.Change> changes, String title) {
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

  /** The changes as Markdown, bounded to {@link MarkdownReport#DEFAULT_LIMIT} bytes. */
  public static String markdown(List<ReportDiff.Change> changes) {
    return markdown(changes, MarkdownReport.DEFAULT_LIMIT);
  }

  /**
   * The changes as Markdown: a banner when some change loosens, the summary line, and a table.
   *
   * @param limit the most UTF-8 bytes to write (at least 2,000)
   */
  public static String markdown(List<ReportDiff.Change> changes, int limit) {
    if (limit < 2_000) {
      throw new IllegalArgumentException("a limit below 2000 bytes leaves no room: " + limit);
    }
    StringBuilder head = new StringBuilder("## Bouncer: policy changes\n\n");
    long loosened = changes.stream().filter(ReportDiff.Change::loosens).count();
    if (loosened > 0) {
      head.append("> [!CAUTION]\n> ")
          .append(loosened)
          .append(loosened == 1 ? " change lets" : " changes let")
          .append(" more callers in: a security review is needed.\n\n");
    }
    head.append(summary(changes)).append("\n\n");
    if (changes.isEmpty()) {
      return head.toString();
    }
    String tableHead = "| Change | Endpoint | Before | After | Example |\n|---|---|---|---|---|\n";
    List<String> rows = new ArrayList<>();
    for (ReportDiff.Change c : changes) {
      rows.add(row(c));
    }
    StringBuilder md = new StringBuilder(head).append(tableHead);
    rows.forEach(md::append);
    if (MarkdownReport.length(md) <= limit) {
      return md.toString();
    }

    // Too long: what a reviewer must see first, then the rest, as many as fit.
    List<ReportDiff.Change> ordered = new ArrayList<>(changes);
    ordered.sort(Comparator.comparingInt(DiffReport::urgency)); // stable: key order within a rank
    int total = changes.size();
    int tail = MarkdownReport.length(note(total, 0)) + 2 * String.valueOf(total).length();
    int budget = limit - MarkdownReport.length(head) - MarkdownReport.length(tableHead) - tail;
    StringBuilder shown = new StringBuilder();
    int count = 0;
    int used = 0;
    for (ReportDiff.Change c : ordered) {
      String r = row(c);
      int n = MarkdownReport.length(r);
      if (used + n > budget) {
        break;
      }
      used += n;
      shown.append(r);
      count++;
    }
    return new StringBuilder(head)
        .append(note(total, count))
        .append(count > 0 ? tableHead : "")
        .append(shown)
        .toString();
  }

  private static String note(int total, int shown) {
    return "> [!NOTE]\n> "
        + total
        + " changes are too many for a pull-request comment: the first "
        + shown
        + " are listed, loosened and incomparable ones and open endpoints added first. Run"
        + " `bouncer-cli diff OLD NEW` for the whole list.\n\n";
  }

  /** 0 for what loosens, 1 for what a person must decide, 2 for the rest. */
  private static int urgency(ReportDiff.Change c) {
    return c.loosens() ? 0 : c.incomparable() ? 1 : 2;
  }

  private static String row(ReportDiff.Change c) {
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
    return "| **"
        + label(c)
        + "** | "
        + MarkdownReport.cell(MarkdownReport.code(c.key()))
        + " | "
        + (c.before() == null ? "" : MarkdownReport.cell(MarkdownReport.code(policy(c.before()))))
        + " | "
        + (c.after() == null ? "" : MarkdownReport.cell(MarkdownReport.code(policy(c.after()))))
        + " | "
        + MarkdownReport.cell(MarkdownReport.text(example))
        + " |\n";
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

  /** How many CHANGED entries have this verdict. */
  public static long count(List<ReportDiff.Change> changes, Verdict verdict) {
    return changes.stream()
        .filter(c -> c.kind() == ReportDiff.Kind.CHANGED && c.comparison().verdict() == verdict)
        .count();
  }

  /** The one-line summary: counts of each verdict, of additions (open ones) and removals. */
  public static String summary(List<ReportDiff.Change> changes) {
    long added = changes.stream().filter(c -> c.kind() == ReportDiff.Kind.ADDED).count();
    long open = changes.stream().filter(c -> c.kind() == ReportDiff.Kind.ADDED && c.loosens()).count();
    long removed = changes.stream().filter(c -> c.kind() == ReportDiff.Kind.REMOVED).count();
    return count(changes, Verdict.LOOSENED)
        + " loosened, "
        + count(changes, Verdict.INCOMPARABLE)
        + " incomparable, "
        + count(changes, Verdict.TIGHTENED)
        + " tightened, "
        + count(changes, Verdict.UNCHANGED)
        + " reworded with the same meaning; "
        + added
        + " added ("
        + open
        + " open), "
        + removed
        + " removed";
  }
}
