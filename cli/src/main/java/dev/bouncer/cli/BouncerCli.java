package dev.bouncer.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar bouncer-cli.jar check|diff|render ...}: works on the policy reports that
 * Bouncer's processor writes ({@code META-INF/bouncer/policy-report.json}, or the jars that
 * contain them).
 */
@Command(
    name = "bouncer",
    mixinStandardHelpOptions = true,
    versionProvider = BouncerCli.Version.class,
    description = "Checks, compares and renders Bouncer policy reports.",
    subcommands = {
      CheckCommand.class,
      DiffCommand.class,
      RenderCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success: no rule broken, nothing loosened, report written",
      "1:check: a rule is broken; diff: some endpoint was loosened, or an open one added",
      "2:usage error, or a report that cannot be read",
      "3:diff: nothing plainly loosened, but some change is incomparable (review it)"
    })
public final class BouncerCli implements Runnable {
  /** Exit codes, documented in {@code docs/reports.md}. */
  public static final int OK = 0;

  public static final int FINDINGS = 1;
  public static final int USAGE = 2;
  public static final int INCOMPARABLE = 3;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /** Runs the tool; returns the exit code instead of exiting. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    CommandLine cli = new CommandLine(new BouncerCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> USAGE);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("bouncer: " + message(e));
          commandLine.getErr().flush();
          return USAGE;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    return m == null ? e.toString() : m;
  }

  @Override
  public void run() {
    // No subcommand: say how to use it.
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check, diff or render");
  }

  /** The version from the jar's manifest, when there is one. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = BouncerCli.class.getPackage().getImplementationVersion();
      return new String[] {"bouncer-cli " + (v == null ? "(development build)" : v)};
    }
  }
}
