package dev.bouncer.processor.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders {@code policy-report.md}, meant as a pull-request comment (GitHub-flavoured Markdown): a
 * one-line summary, the unprotected endpoints called out, and the full table in a collapsible
 * section when it is long. Paths and expressions go in code spans, with {@code |} escaped so that
 * {@code ||} cannot break the table; other text is escaped so nothing in a report can become
 * markup or HTML.
 */
public final class MarkdownReport {
  /** Tables longer than this are folded into a {@code <details>} block. */
  private static final int FOLD_AFTER = 25;

  private MarkdownReport() {}

  public static String render(Map<String, Report> reports) {
    List<Rows.Row> rows = Rows.of(reports);
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

    List<Rows.Row> open = rows.stream().filter(Rows.Row::unprotected).toList();
    if (open.isEmpty()) {
      md.append("Every endpoint has a policy.\n\n");
    } else {
      md.append("> [!WARNING]\n> **")
          .append(open.size())
          .append(open.size() == 1 ? " endpoint has" : " endpoints have")
          .append(" no policy** and can be called by anyone:\n>\n");
      for (Rows.Row r : open) {
        md.append("> - ")
            .append(code(r.methods() + " " + r.path()))
            .append(" in ")
            .append(code(r.endpoint().signature()))
            .append('\n');
      }
      md.append("\n");
    }

    boolean fold = rows.size() > FOLD_AFTER;
    if (fold) {
      md.append("<details><summary>All ").append(rows.size()).append(" endpoints</summary>\n\n");
    }
    boolean labelled = reports.size() > 1;
    md.append("| Method | Path | Policy | Origin | Resource method |")
        .append(labelled ? " Report |" : "")
        .append("\n|---|---|---|---|---|")
        .append(labelled ? "---|" : "")
        .append('\n');
    for (Rows.Row r : rows) {
      Report.Policy p = r.endpoint().policy();
      md.append("| ").append(text(r.methods())).append(" | ").append(cell(code(r.path())));
      if (r.endpoint().unreached()) {
        md.append(" (relative)");
      }
      md.append(" | ");
      if (r.unprotected()) {
        md.append("⚠️ **unprotected**");
      } else if (p.kind().equals("PERMISSION")) {
        md.append(cell(code(p.normalized())));
      } else if (p.kind().equals("ROLES")) {
        md.append("roles ").append(cell(code(String.join(", ", p.roles()))));
      } else {
        md.append(text(Rows.kindLabel(p.kind())));
      }
      md.append(" | ")
          .append(text(Rows.origin(r.endpoint())))
          .append(" | ")
          .append(cell(code(Rows.shortSignature(r.endpoint()))));
      if (labelled) {
        md.append(" | ").append(cell(text(r.label())));
      }
      md.append(" |\n");
    }
    if (fold) {
      md.append("\n</details>\n");
    }
    return md.toString();
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
