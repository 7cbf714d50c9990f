package dev.bouncer.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.bouncer.report.PolicyKind;
import dev.bouncer.report.Report;
import dev.bouncer.report.ReportJson;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * The report of a compilation whose resources are scanned in different rounds: its rows are built
 * in the round that scans each class and keep no javac element, so a locator scanned in the first
 * round still reaches a sub-resource that another processor generates for the second.
 */
class ReportAcrossRoundsTest {

  @Test
  void locatorOfTheFirstRound_reachesASubResourceGeneratedForTheSecond() {
    JavaFileObject shop =
        JavaFileObjects.forSourceLines(
            "test.Shop",
            "package test;",
            "",
            "import dev.bouncer.Authenticated;",
            "import jakarta.ws.rs.Path;",
            "",
            "@Path(\"/shop\")",
            "public class Shop {",
            "  @Path(\"items\")",
            "  @Authenticated",
            "  public Items items() { return null; }",
            "}");
    JavaFileObject items =
        JavaFileObjects.forSourceLines("test.Items", "package test;", "", "public interface Items {}");

    Compilation c =
        Compiler.javac()
            .withProcessors(new BouncerProcessor(), new GeneratesSource(
                    "test.gen.GeneratedItems",
                    "package test.gen;",
                    "",
                    "public class GeneratedItems implements test.Items {",
                    "  @jakarta.ws.rs.GET",
                    "  @dev.bouncer.RequiresPermission(\"items:read\")",
                    "  public String list() { return null; }",
                    "}"))
            .withOptions("-Abouncer.reportDir=none")
            .compile(shop, items);

    assertThat(c).succeededWithoutWarnings();
    Report report = ReportJson.read(TestSources.reportJson(c));
    Report.Endpoint list = endpoint(report, "test.gen.GeneratedItems#list()");
    assertThat(list.rootResource()).isFalse();
    assertThat(list.locatorChains())
        .containsExactly(
            new Report.LocatorChain(
                "/shop/items",
                List.of(new Report.Step("test.Shop", "items()", "/shop/items", PolicyKind.AUTHENTICATED))));
    assertThat(endpoint(report, "test.Shop#items()").source())
        .isEqualTo(new Report.Source("test/Shop.java", 8));
    assertThat(list.source()).isEqualTo(new Report.Source("test/gen/GeneratedItems.java", 4));
  }

  private static Report.Endpoint endpoint(Report report, String signature) {
    return report.endpoints().stream()
        .filter(e -> e.signature().equals(signature))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no endpoint " + signature + " in " + report));
  }

}
