package dev.bouncer.processor.report;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Writes {@code policy-report.html} and {@code policy-report.md} into a directory of the build,
 * outside the class output, so they never end up in the jar unless the user points there.
 */
public final class HumanReports {
  /** {@code -Abouncer.reportDir=DIR}: where the HTML and Markdown reports go; {@code none}: nowhere. */
  public static final String OPTION = "bouncer.reportDir";

  public static final String HTML = "policy-report.html";
  public static final String MARKDOWN = "policy-report.md";

  private HumanReports() {}

  /**
   * The directory for the human reports: the option's value when set, else beside the class
   * output: {@code target/classes} gives {@code target/bouncer}, any other class output {@code X}
   * gives {@code X/../bouncer-X} (so test compilations do not overwrite the main report). Null
   * when the option is {@code none} or the class output is not a directory on disk.
   *
   * @param option the option's value, or null
   * @param jsonReport where the JSON report was written: {@code <class output>/META-INF/bouncer/policy-report.json}
   */
  public static Path directory(String option, URI jsonReport) {
    if (option != null && !option.isBlank()) {
      return option.strip().equalsIgnoreCase("none") ? null : Path.of(option.strip());
    }
    if (jsonReport == null || !"file".equalsIgnoreCase(jsonReport.getScheme())) {
      return null;
    }
    Path classOutput = Path.of(jsonReport).getParent().getParent().getParent();
    Path parent = classOutput.getParent();
    if (parent == null) {
      return null;
    }
    String name = classOutput.getFileName().toString();
    return parent.resolve(name.equals("classes") ? "bouncer" : "bouncer-" + name);
  }

  /** Writes both files into {@code dir}, creating it. */
  public static void write(Report report, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, Report> one = Map.of("", report);
    Files.writeString(dir.resolve(HTML), HtmlReport.render(one), StandardCharsets.UTF_8);
    Files.writeString(dir.resolve(MARKDOWN), MarkdownReport.render(one), StandardCharsets.UTF_8);
  }
}
