package dev.bouncer.cli;

import static dev.bouncer.report.Fixtures.endpoint;
import static dev.bouncer.report.Fixtures.kind;
import static dev.bouncer.report.Fixtures.permission;
import static dev.bouncer.report.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.report.ReportJson;
import dev.bouncer.report.PolicyKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar, run as a user or a CI job runs it: {@code java -jar bouncer-cli.jar ...} in its
 * own JVM, with the exit code the shell sees. (Runs in {@code verify}, after {@code package}.)
 */
class RunnableJarIT {
  @TempDir Path dir;

  private String output;

  private int java(String... args) throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("bouncer.cli.jar", "target/bouncer-cli.jar"));
    assertTrue(Files.isRegularFile(jar), "no " + jar + ": run mvn verify, which packages it first");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar.toString());
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    return p.exitValue();
  }

  private String write(String name, dev.bouncer.report.Report r) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, ReportJson.write(r));
    return file.toString();
  }

  @Test
  void exitCodes_asTheShellSeesThem() throws Exception {
    String before = write("old.json", report(endpoint("GET", "/a", permission("a && b"))));
    String loosened = write("loose.json", report(endpoint("GET", "/a", permission("a"))));
    String tightened = write("tight.json", report(endpoint("GET", "/a", permission("a && b && c"))));
    String incomparable = write("other.json", report(endpoint("GET", "/a", permission("c"))));
    String open = write("open.json", report(endpoint("GET", "/a", kind(PolicyKind.NONE))));

    assertEquals(1, java("diff", before, loosened), output);
    assertTrue(output.contains("LOOSENED       GET /a"), output);
    assertEquals(0, java("diff", before, tightened), output);
    assertEquals(3, java("diff", before, incomparable), output);
    assertEquals(0, java("check", before), output);
    assertEquals(1, java("check", open), output);
    assertEquals(2, java("check", dir.resolve("missing.json").toString()), output);
    assertEquals(2, java("frobnicate"), output);
    assertEquals(0, java("render", before, "--html", dir.resolve("r.html").toString()), output);
    assertTrue(Files.readString(dir.resolve("r.html")).startsWith("<!DOCTYPE html>"));
  }

  @Test
  void theJar_holdsNoAnnotationProcessor() throws IOException {
    Path jar = Path.of(System.getProperty("bouncer.cli.jar", "target/bouncer-cli.jar"));
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(jar.toFile())) {
      List<String> names = zip.stream().map(java.util.zip.ZipEntry::getName).toList();
      assertTrue(names.contains("dev/bouncer/report/Report.class"), "no report model in " + jar);
      assertTrue(names.stream().noneMatch(n -> n.startsWith("dev/bouncer/processor/")), "processor classes");
      assertTrue(names.stream().noneMatch(n -> n.startsWith("com/palantir/javapoet/")), "javapoet");
      assertTrue(
          names.stream().noneMatch(n -> n.contains("javax.annotation.processing.Processor")),
          "a processor registration");
    }
  }
}
