package dev.bouncer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code policy-report.md}, meant as a pull-request comment (GitHub-flavoured Markdown): a
 * one-line summary, the unprotected endpoints called out, and the full table in a collapsible
 * section when it is long. Paths and expressions go in code spans, with {@code |} escaped so that
 * {@code ||} cannot break the table; other text is escaped so nothing in a report can become
 * markup or HTML.
 *
 * <p>A comment must fit in one: GitHub refuses more than {@value #GITHUB_COMMENT_LIMIT}
 * characters. When the whole document would be longer than the limit ({@value #DEFAULT_LIMIT}
 * UTF-8 bytes by default, so under GitHub's limit by any count of characters, with room for a CI
 * job's own lines), it leads with what a reviewer must see: the counts, every unprotected endpoint
 * (as many as fit, then how many more), a note saying where the full report is, and then as many
 * table rows as still fit, in the usual order, with the number left out.
 */
public final class MarkdownReport implements Renderer {
  /** The file name the processor writes. */
  public static final String FILE_NAME = "policy-report.md";

  /** GitHub's limit on the length of an issue or pull-request comment, in characters. */
  public static final int GITHUB_COMMENT_LIMIT = 65_536;

  /** The default limit, in UTF-8 bytes (at least as many as characters by any count). */
  public static final int DEFAULT_LIMIT = 60_000;

  /** Tables longer than this are folded into a {@code <details>} block. */
  private static final int FOLD_AFTER = 25;

  private final int limit;
  private final String fullReport;

  /**
   * A renderer that bounds its output to {@value #DEFAULT_LIMIT} bytes and points to the HTML
   * report beside it for the rest.
   */
  public MarkdownReport() {
    this(DEFAULT_LIMIT, "the HTML report beside this file, " + HtmlReport.FILE_NAME);
  }

  /**
   * A renderer with its own bound.
   *
   * @param limit the most UTF-8 bytes to write; at least 2,000, so that the counts and the note
   *     always fit
   * @param fullReport where the full report is, as plain text completing "The full report is
   *     ..." (escaped here)
   */
  public MarkdownReport(int limit, String fullReport) {
    if (limit < 2_000) {
      throw new IllegalArgumentException("a limit below 2000 bytes leaves no room: " + limit);
    }
    this.limit = limit;
    this.fullReport = java.util.Objects.requireNonNull(fullReport, "fullReport");
  }

  @Override
  public String fileName() {
    return FILE_NAME;
  }

  @Override
  public String render(Map<String, Report> reports) {
    List<Rows.Row> rows = Rows.of(reports);
    String head = head(reports, rows);
    List<String> open = unprotectedLines(rows);
    boolean labelled = reports.size() > 1;
    List<String> table = tableLines(rows, labelled);

    StringBuilder md = new StringBuilder(head);
    appendUnprotected(md, open, open.size());
    boolean fold = rows.size() > FOLD_AFTER;
    if (fold) {
      md.append("<details><summary>All ").append(rows.size()).append(" endpoints</summary>\n\n");
    }
    table.forEach(md::append);
    if (fold) {
      md.append("\n</details>\n");
    }
    if (length(md) <= limit) {
      return md.toString();
    }
    return bounded(head, open, table, rows.size());
  }

  /** The document cut to the limit: counts, unprotected endpoints, the note, then what fits. */
  private String bounded(String head, List<String> open, List<String> table, int total) {
    String tableHead = table.get(0) + table.get(1);
    List<String> body = table.subList(2, table.size());
    int digits = String.valueOf(total).length();
    // Reserved for what follows the unprotected endpoints, with the longest numbers it can hold.
    int tail =
        length(note(total, 0, open.size(), 0))
            + 2 * digits
            + length(fold(total, total))
            + length(tableHead)
            + length(UNFOLD);
    int available = limit - length(head) - tail;
    int shownOpen = 0;
    if (!open.isEmpty()) {
      int used = length(warningHeader(open.size())) + length(more(open.size())) + 1;
      for (String line : open) {
        if (used + length(line) > available) {
          break;
        }
        used += length(line);
        shownOpen++;
      }
    }
    StringBuilder md = new StringBuilder(head);
    appendUnprotected(md, open, shownOpen);
    int rowsBudget = limit - length(md) - tail;
    int shownRows = 0;
    int used = 0;
    for (String row : body) {
      if (used + length(row) > rowsBudget) {
        break;
      }
      used += length(row);
      shownRows++;
    }
    md.append(note(total, shownRows, open.size(), shownOpen));
    if (shownRows > 0) {
      md.append(fold(shownRows, total)).append(tableHead);
      body.subList(0, shownRows).forEach(md::append);
      md.append(UNFOLD);
    }
    return md.toString();
  }

  private static final String UNFOLD = "\n</details>\n";

  private static String fold(int shown, int total) {
    return "<details><summary>The first " + shown + " of " + total + " endpoints</summary>\n\n";
  }

  private static String more(int count) {
    return "> - … and " + count + " more, in the full report\n";
  }

  /** Says that the document is cut, what it still shows, and where the full report is. */
  private String note(int total, int shownRows, int open, int shownOpen) {
    StringBuilder n =
        new StringBuilder("> [!NOTE]\n> This report is too long for a pull-request comment (")
            .append(total)
            .append(total == 1 ? " endpoint" : " endpoints")
            .append("): it shows ");
    if (open > 0) {
      n.append(
          shownOpen == open
              ? "every unprotected endpoint above, and "
              : shownOpen + " of the " + open + " unprotected endpoints above, and ");
    }
    n.append(shownRows == total ? "every row" : "the first " + shownRows + " rows")
        .append(" of the table. The full report is ")
        .append(text(fullReport))
        .append(".\n\n");
    return n.toString();
  }

  private static String head(Map<String, Report> reports, List<Rows.Row> rows) {
    StringBuilder md = new StringBuilder();
    md.append("## Bouncer policy report\n\n");
    md.append("**").append(rows.size()).append(rows.size() == 1 ? " endpoint" : " endpoints").append("**");
    if (reports.size() > 1) {
      md.append(" from ").append(reports.size()).append(" reports");
    }
    md.append(": ");
    List<String> parts = new ArrayList<>();
    Rows.countByKind(rows)
        .forEach(
            (kind, n) -> {
              if (n > 0) {
                parts.add(n + " " + text(Rows.kindLabel(kind)));
              }
            });
    md.append(parts.isEmpty() ? "none" : String.join(" · ", parts)).append("\n\n");
    if (reports.values().stream().anyMatch(r -> !r.sourcePositions())) {
      md.append("_").append(text(NO_SOURCE_POSITIONS)).append("_\n\n");
    }
    return md.toString();
  }

  private static String warningHeader(int open) {
    return "> [!WARNING]\n> **"
        + open
        + (open == 1 ? " endpoint has" : " endpoints have")
        + " no policy** and can be called by anyone:\n>\n";
  }

  private static List<String> unprotectedLines(List<Rows.Row> rows) {
    List<String> lines = new ArrayList<>();
    for (Rows.Row r : rows) {
      if (r.unprotected()) {
        lines.add(
            "> - "
                + code(r.methods() + " " + r.path())
                + " in "
                + code(r.endpoint().signature())
                + "\n");
      }
    }
    return lines;
  }

  /** The warning block with the first {@code shown} of {@code open}, or the all-clear line. */
  private static void appendUnprotected(StringBuilder md, List<String> open, int shown) {
    if (open.isEmpty()) {
      md.append("Every endpoint has a policy.\n\n");
      return;
    }
    md.append(warningHeader(open.size()));
    open.subList(0, shown).forEach(md::append);
    if (shown < open.size()) {
      md.append(more(open.size() - shown));
    }
    md.append("\n");
  }

  /** The table: its two header lines, then one line per row. */
  private static List<String> tableLines(List<Rows.Row> rows, boolean labelled) {
    List<String> lines = new ArrayList<>();
    lines.add("| Method | Path | Policy | Origin | Resource method |" + (labelled ? " Report |" : "") + "\n");
    lines.add("|---|---|---|---|---|" + (labelled ? "---|" : "") + "\n");
    for (Rows.Row r : rows) {
      Report.Policy p = r.endpoint().policy();
      StringBuilder md = new StringBuilder();
      md.append("| ").append(text(r.methods())).append(" | ").append(cell(code(r.path())));
      if (r.endpoint().unreached()) {
        md.append(" (relative)");
      }
      md.append(" | ");
      if (r.unprotected()) {
        md.append("⚠️ **unprotected**");
      } else if (p.kind() == PolicyKind.PERMISSION) {
        md.append(cell(code(p.normalized())));
      } else if (p.kind() == PolicyKind.ROLES) {
        md.append("roles ").append(cell(code(String.join(", ", p.roles()))));
      } else {
        md.append(text(Rows.kindLabel(p.kindName())));
      }
      md.append(" | ")
          .append(text(Rows.origin(r.endpoint())))
          .append(" | ")
          .append(cell(code(Rows.shortSignature(r.endpoint()))));
      if (labelled) {
        md.append(" | ").append(cell(text(r.label())));
      }
      md.append(" |\n");
      lines.add(md.toString());
    }
    return lines;
  }

  /** The length of {@code s} in UTF-8 bytes: never less than its length in characters. */
  public static int length(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (Character.isHighSurrogate(c)) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /**
   * A code span that shows {@code s} literally: fenced with more backticks than any run inside
   * it, padded when it starts or ends with a backtick; line breaks become spaces.
   */
  public static String code(String s) {
    String flat = s.replace('\r', ' ').replace('\n', ' ');
    int longest = 0;
    int run = 0;
    for (int i = 0; i < flat.length(); i++) {
      run = flat.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(longest + 1);
    boolean pad = flat.startsWith("`") || flat.endsWith("`");
    return fence + (pad ? " " : "") + flat + (pad ? " " : "") + fence;
  }

  /** Escapes a table cell's pipes; GitHub unescapes {@code \|} even inside code spans. */
  public static String cell(String s) {
    return s.replace("|", "\\|");
  }

  /**
   * Inline text in a table cell or list item: the characters that can start emphasis, code, links
   * or strike-through, and pipes, backslash-escaped; {@code < > &} as entities.
   */
  public static String text(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '\n', '\r' -> sb.append(' ');
        default -> {
          if ("\\`*_[]|~".indexOf(c) >= 0) {
            sb.append('\\');
          }
          sb.append(c);
        }
      }
    }
    return sb.toString();
  }
}
