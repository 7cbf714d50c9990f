package dev.bouncer.report;

import java.util.Map;

/**
 * Turns one or several policy reports into one document for people: {@link HtmlReport}, {@link
 * MarkdownReport}. Renderers are pure functions of the reports (no clock, no environment), so the
 * same reports always give the same text.
 */
public interface Renderer {
  /** Said by every renderer when a report has no source positions at all. */
  String NO_SOURCE_POSITIONS =
      "Source lines are missing: the compiler gave the processor no source positions (javac's tree"
          + " API is not available under Gradle's incremental annotation processing, nor with other"
          + " compilers).";

  /**
   * The document.
   *
   * @param reports the reports, keyed by a label (a file name) shown when there are several; the
   *     map's order is kept where it matters
   * @return the whole document, ending with a newline
   */
  String render(Map<String, Report> reports);

  /** The file name the processor gives this document, {@code policy-report.html} for example. */
  String fileName();
}
