package dev.bouncer.bench.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic resources have the documented size and policy mix, and are deterministic. */
class ResourceGeneratorTest {

  @Test
  void write_nMethods_tenPerClassWithTheDocumentedMix(@TempDir Path dir) throws IOException {
    List<String> classes = ResourceGenerator.write(dir, 100);

    assertEquals(10, classes.size());
    String source = Files.readString(dir.resolve("bench/generated/Resource3.java"));
    assertEquals(10, count(source, "^  @(GET|POST|PUT|DELETE)$"));
    // class policy + two static method policies + two path templates + one query template + one
    // expression
    assertEquals(1 + 2 + 2 + 1 + 1, count(source, "@RequiresPermission\\("));
    // with templates: two path, one query, and the expression's
    assertEquals(4, count(source, "@RequiresPermission\\(\"[^\"]*\\{"));
    assertEquals(1, count(source, "@RolesAllowed\\("));
    assertEquals(1, count(source, "^  @Authenticated$"));
    assertEquals(1, count(source, "^  @PermitAll$"));
  }

  @Test
  void write_sameArguments_sameFiles(@TempDir Path a, @TempDir Path b) throws IOException {
    ResourceGenerator.write(a, 20);
    ResourceGenerator.write(b, 20);

    for (String name : new String[] {"Resource0.java", "Resource1.java"}) {
      assertEquals(
          Files.readString(a.resolve("bench/generated").resolve(name)),
          Files.readString(b.resolve("bench/generated").resolve(name)));
    }
  }

  @Test
  void write_noPolicy_leavesEveryPolicyAnnotationOut_andKeepsTheEndpoints(@TempDir Path dir)
      throws IOException {
    ResourceGenerator.write(dir, 20, true);
    String source =
        java.nio.file.Files.readString(dir.resolve("bench/generated/Resource1.java"));

    for (String policy : List.of("@RequiresPermission(", "@RolesAllowed(", "@Authenticated\n", "@PermitAll\n")) {
      assertEquals(-1, source.indexOf(policy), policy + " in\n" + source);
    }
    assertEquals(10, source.split("  @Path\\(").length - 1, source);
  }

  @Test
  void write_notAMultipleOfTen_fails(@TempDir Path dir) {
    assertThrows(IllegalArgumentException.class, () -> ResourceGenerator.write(dir, 15));
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex, Pattern.MULTILINE).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }
}
