package dev.bouncer.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.bouncer.processor.TestSources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Mistakes in how a build sets Bouncer up, reported once and plainly. */
class BuildSetupTest {

  /** The test class path without bouncer-runtime: the annotations and the Jakarta APIs only. */
  private static List<File> classPathWithoutRuntime() {
    List<File> files = new ArrayList<>();
    boolean removed = false;
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      String normalized = entry.replace('\\', '/');
      if (normalized.contains("/runtime/target/") || normalized.contains("bouncer-runtime")) {
        removed = true;
        continue;
      }
      files.add(new File(entry));
    }
    assertThat(removed).isTrue();
    return files;
  }

  @Test
  void runtimeMissingFromTheClassPath_isOneKeyedError_andNothingIsGenerated() {
    JavaFileObject orders =
        source(
            "Orders",
            "import jakarta.ws.rs.PathParam;",
            "@Path(\"orders\")",
            "@RequiresPermission(\"orders:read\")",
            "public class Orders {",
            "  @GET public String list() { return \"\"; }",
            "  @GET @Path(\"{id}\") @RequiresPermission(\"orders:edit:{id}\")",
            "  public String get(@PathParam(\"id\") String id) { return id; }",
            "  @DELETE @Path(\"{id}\") @DenyAll public void delete(@PathParam(\"id\") String id) {}",
            "  @Path(\"items\") public Items items() { return new Items(); }",
            "  public static class Items {",
            "    @GET @RolesAllowed(\"clerk\") public String get() { return \"\"; }",
            "  }",
            "}");
    JavaFileObject status =
        source(
            "Status",
            "@Path(\"status\")",
            "public class Status {",
            "  @GET @PermitAll public String get() { return \"\"; }",
            "}");

    Compilation compilation =
        Compiler.javac()
            .withProcessors(new BouncerProcessor())
            .withClasspath(classPathWithoutRuntime())
            .compile(orders, status);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[BouncerRuntimeMissing] dev.bouncer:bouncer-runtime is not on the compile class path")
        .inFile(orders)
        .onLineContaining("public class Orders {");
    assertThat(compilation).hadErrorContaining("<artifactId>bouncer-runtime</artifactId>");
    assertThat(compilation).hadErrorContaining("implementation(\"dev.bouncer:bouncer-runtime:");
    // One error in all: no generated file was left to fail to compile.
  }

  @Test
  void runtimeOnTheClassPath_generates() {
    Compilation compilation =
        TestSources.compile(
            source(
                "Status",
                "@Path(\"status\")",
                "public class Status {",
                "  @GET @PermitAll public String get() { return \"\"; }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).isNotEmpty();
  }
}
