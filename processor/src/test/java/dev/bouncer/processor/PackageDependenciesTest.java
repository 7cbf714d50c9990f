package dev.bouncer.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.processor.codegen.GuardsWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The processor's packages form no cycle: each stage depends only on the ones before it (see
 * docs/architecture.md). Read from the sources: every {@code dev.bouncer.processor...} type a file
 * names, imported or written out, and, for the root package's types, their simple names too.
 */
class PackageDependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java/dev/bouncer/processor");
  private static final Pattern QUALIFIED =
      Pattern.compile("dev\\.bouncer\\.processor((?:\\.[a-z]+)*)\\.[A-Z]");

  @Test
  void noPackageDependsOnAPackageThatDependsOnIt() throws IOException {
    Map<String, Set<String>> uses = dependencies();
    List<String> cycles = new ArrayList<>();
    for (String from : uses.keySet()) {
      for (String to : uses.get(from)) {
        if (reaches(uses, to, from, new TreeSet<>())) {
          cycles.add(from + " -> " + to);
        }
      }
    }
    assertEquals(List.of(), cycles, "package dependencies: " + uses);
    assertTrue(uses.size() >= 4, uses.toString());
  }

  /**
   * The processor's packages in stage order (docs/architecture.md, "The processor, stage by
   * stage"): the model, then discovery, the checks, resolution, the lint and the scan that runs
   * them, then code generation and the report, which read the model only, then the processor.
   */
  private static final List<String> STAGES =
      List.of(
          "model",
          "discovery",
          "validation",
          "resolution",
          "lint",
          "scan",
          "codegen",
          "report",
          "(root)");

  @Test
  void eachStageUsesOnlyTheStagesBeforeIt() throws IOException {
    Map<String, Set<String>> uses = dependencies();
    assertEquals(new TreeSet<>(STAGES), uses.keySet(), "a new package needs its place in STAGES");
    List<String> backwards = new ArrayList<>();
    uses.forEach(
        (from, used) -> {
          for (String to : used) {
            if (STAGES.indexOf(to) >= STAGES.indexOf(from)) {
              backwards.add(from + " -> " + to);
            }
          }
        });
    assertEquals(List.of(), backwards, "package dependencies: " + uses);
  }

  @Test
  void theGeneratorNamedInGeneratedCode_isTheProcessor() {
    assertEquals(BouncerProcessor.class.getName(), GuardsWriter.GENERATOR);
  }

  private static boolean reaches(Map<String, Set<String>> uses, String from, String target, Set<String> seen) {
    if (from.equals(target)) {
      return true;
    }
    if (!seen.add(from)) {
      return false;
    }
    for (String next : uses.getOrDefault(from, Set.of())) {
      if (reaches(uses, next, target, seen)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Set<String>> dependencies() throws IOException {
    Set<String> rootTypes = new TreeSet<>();
    try (Stream<Path> files = Files.list(SOURCES)) {
      files
          .filter(f -> f.toString().endsWith(".java"))
          .forEach(f -> rootTypes.add(f.getFileName().toString().replace(".java", "")));
    }
    Map<String, Set<String>> uses = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
        String pkg = packageOf(SOURCES.relativize(file.getParent()).toString());
        Set<String> used = uses.computeIfAbsent(pkg, p -> new TreeSet<>());
        // code only: a name in a comment or a string literal is no dependency
        String text =
            read(file)
                .replaceAll("\"(?:[^\"\\\\\\n]|\\\\.)*\"", "\"\"")
                .replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("//[^\\n]*", "");
        Matcher m = QUALIFIED.matcher(text);
        while (m.find()) {
          String other = packageOf(m.group(1).isEmpty() ? "" : m.group(1).substring(1).replace('.', '/'));
          if (!other.equals(pkg)) {
            used.add(other);
          }
        }
        if (!pkg.equals("(root)")) {
          for (String type : rootTypes) {
            if (Pattern.compile("\\b" + type + "\\.").matcher(text).find()
                || Pattern.compile("\\b" + type + "::").matcher(text).find()) {
              used.add("(root)");
            }
          }
        }
      }
    }
    return uses;
  }

  private static String packageOf(String relative) {
    return relative.isEmpty() ? "(root)" : relative.replace('/', '.').replace('\\', '.');
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
