package dev.bouncer.cli;

import dev.bouncer.report.HtmlReport;
import dev.bouncer.report.MarkdownReport;
import dev.bouncer.report.Report;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code render REPORT... --html FILE --markdown FILE}: one page for several reports. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Merges reports (of several jars, say) into one HTML page and/or one Markdown document."
          + " Give at least one of --html and --markdown; '-' writes to standard output.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:written", "2:usage error, unreadable input, or a file that cannot be written"})
final class RenderCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "REPORT", description = "policy-report.json files, or jars/wars")
  List<Path> reports;

  @Option(names = "--html", paramLabel = "FILE", description = "write the HTML page here")
  String html;

  @Option(names = "--markdown", paramLabel = "FILE", description = "write the Markdown here")
  String markdown;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (html == null && markdown == null) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "say what to write: --html FILE and/or --markdown FILE");
    }
    Map<String, Report> loaded = ReportFiles.load(reports);
    if (html != null) {
      write(html, new HtmlReport().render(loaded));
    }
    if (markdown != null) {
      // Bounded for a pull-request comment; past the bound it says where the whole report is.
      String full =
          html == null || html.equals("-")
              ? "the HTML page that bouncer-cli render --html FILE writes from the same reports"
              : "the HTML page written with it, " + Path.of(html).getFileName();
      write(markdown, new MarkdownReport(MarkdownReport.DEFAULT_LIMIT, full).render(loaded));
    }
    return BouncerCli.OK;
  }

  private void write(String target, String text) {
    if (target.equals("-")) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
      return;
    }
    try {
      Path file = Path.of(target);
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }
}
