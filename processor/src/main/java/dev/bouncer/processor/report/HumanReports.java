package dev.bouncer.processor.report;

import dev.bouncer.report.HtmlReport;
import dev.bouncer.report.MarkdownReport;
import dev.bouncer.report.Renderer;
import dev.bouncer.report.Report;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes {@code policy-report.html} and {@code policy-report.md} into a directory of the build,
 * outside the class output, so they never end up in the jar unless the user points there.
 *
 * <p>They are written with plain file I/O, not through the Filer: the Filer only knows the class
 * and source outputs. So build tools that track a processor's outputs (Gradle's incremental
 * compilation and build cache) do not know these two files: they are rewritten whenever the
 * processor runs, and left as they are when the compile task is up to date or taken from the
 * cache. The JSON report, written through the Filer, is always current; {@code bouncer-cli render}
 * renders the same pages from it.
 */
public final class HumanReports {
  /** {@code -Abouncer.reportDir=DIR}: where the HTML and Markdown reports go; {@code none}: nowhere. */
  public static final String OPTION = "bouncer.reportDir";

  /** The renderers whose documents the processor writes, each under its own file name. */
  private static final List<Renderer> RENDERERS = List.of(new HtmlReport(), new MarkdownReport());

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

  /** Writes every renderer's document into {@code dir}, creating it. */
  public static void write(Report report, Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, Report> one = Map.of("", report);
    for (Renderer renderer : RENDERERS) {
      Files.writeString(
          dir.resolve(renderer.fileName()), renderer.render(one), StandardCharsets.UTF_8);
    }
  }
}
