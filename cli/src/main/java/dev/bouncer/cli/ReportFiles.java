package dev.bouncer.cli;

import dev.bouncer.report.Report;
import dev.bouncer.report.ReportJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads reports from {@code policy-report.json} files, or from the jars and wars that carry them
 * ({@code META-INF/bouncer/policy-report.json}, or under {@code WEB-INF/classes/} in a war).
 */
final class ReportFiles {
  static final String ENTRY = "META-INF/bouncer/policy-report.json";

  private ReportFiles() {}

  /**
   * The reports, keyed by a label: the file name, or the path when two files share a name.
   *
   * @throws IllegalArgumentException naming the file, when one cannot be read or is not a report
   */
  static Map<String, Report> load(List<Path> files) {
    Map<String, Report> reports = new LinkedHashMap<>();
    for (Path file : files) {
      String name = file.getFileName().toString();
      long sameName = files.stream().filter(f -> f.getFileName().toString().equals(name)).count();
      reports.put(sameName > 1 ? file.toString() : name, load(file));
    }
    return reports;
  }

  static Report load(Path file) {
    try {
      String text = isArchive(file) ? fromArchive(file) : Files.readString(file, StandardCharsets.UTF_8);
      return ReportJson.read(JsonText.parse(text));
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read " + file + ": " + e, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + " is not a Bouncer policy report: " + e.getMessage(), e);
    }
  }

  private static boolean isArchive(Path file) {
    String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
    return name.endsWith(".jar") || name.endsWith(".war") || name.endsWith(".zip");
  }

  private static String fromArchive(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      ZipEntry entry = zip.getEntry(ENTRY);
      if (entry == null) {
        entry = zip.getEntry("WEB-INF/classes/" + ENTRY);
      }
      if (entry == null) {
        throw new IllegalArgumentException(
            "it has no " + ENTRY + " (was it compiled with Bouncer's processor?)");
      }
      try (InputStream in = zip.getInputStream(entry)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }
}
