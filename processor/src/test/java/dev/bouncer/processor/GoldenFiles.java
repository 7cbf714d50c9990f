package dev.bouncer.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}: the expected output of the processor,
 * compared byte for byte.
 *
 * <p>When the output changes on purpose, regenerate them instead of editing them by hand:
 *
 * <pre>
 * BOUNCER_UPDATE_GOLDEN=1 mvn -B -pl processor test -Dtest=BouncerProcessorGenerationTest
 * git diff processor/src/test/resources/golden/   # review, then commit with the change
 * </pre>
 *
 * <p>With {@code BOUNCER_UPDATE_GOLDEN=1} set, {@link #check} writes the actual output into the
 * source tree ({@code processor/src/test/resources/golden/}) and asserts nothing.
 */
final class GoldenFiles {
  static final String ROOT = "golden/";

  private GoldenFiles() {}

  /** Whether this run regenerates the golden files rather than checking them. */
  static boolean updating() {
    return "1".equals(System.getenv("BOUNCER_UPDATE_GOLDEN"));
  }

  /** The golden file's text, from the test class path. */
  static String read(String name) {
    try (InputStream in = GoldenFiles.class.getClassLoader().getResourceAsStream(ROOT + name)) {
      assertNotNull(
          in,
          "no golden file "
              + ROOT
              + name
              + "; create it with BOUNCER_UPDATE_GOLDEN=1 (see GoldenFiles)");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Asserts that {@code actual} is exactly the golden file {@code name}, or, when updating, writes
   * it there.
   */
  static void check(String name, String actual) {
    if (updating()) {
      write(name, actual);
      return;
    }
    assertEquals(
        read(name),
        actual,
        ROOT
            + name
            + " differs from the processor's output; if the change is intended, regenerate with"
            + " BOUNCER_UPDATE_GOLDEN=1 (see GoldenFiles)");
  }

  private static void write(String name, String text) {
    Path file = sourceRoot().resolve(name);
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.err.println("BOUNCER_UPDATE_GOLDEN: wrote " + file.toAbsolutePath());
  }

  /** {@code src/test/resources/golden} of this module, whether run from the module or the root. */
  private static Path sourceRoot() {
    String basedir = System.getProperty("basedir");
    Path module = basedir != null ? Path.of(basedir) : Path.of("");
    if (!Files.isDirectory(module.resolve("src/test/resources"))) {
      module = Path.of("processor");
    }
    return module.resolve("src/test/resources").resolve(ROOT);
  }
}
