package dev.bouncer.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Source files for compile tests, and javac with Bouncer's processor. */
final class TestSources {
  /** What every test source imports: Bouncer's and the security annotations, the JAX-RS ones. */
  static final List<String> IMPORTS =
      List.of(
          "import dev.bouncer.Authenticated;",
          "import dev.bouncer.RequiresPermission;",
          "import jakarta.annotation.security.DenyAll;",
          "import jakarta.annotation.security.PermitAll;",
          "import jakarta.annotation.security.RolesAllowed;",
          "import jakarta.ws.rs.DELETE;",
          "import jakarta.ws.rs.GET;",
          "import jakarta.ws.rs.POST;",
          "import jakarta.ws.rs.PUT;",
          "import jakarta.ws.rs.Path;");

  private TestSources() {}

  /** A source file {@code test.<simpleName>}: package, {@link #IMPORTS}, then {@code lines}. */
  static JavaFileObject source(String simpleName, String... lines) {
    List<String> all = new ArrayList<>();
    all.add("package test;");
    all.add("");
    all.addAll(IMPORTS);
    all.add("");
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("test." + simpleName, all);
  }

  /** javac with Bouncer's processor and no options. */
  static Compilation compile(JavaFileObject... files) {
    return Compiler.javac().withProcessors(new BouncerProcessor()).compile(files);
  }

  /**
   * What the generated class of {@code resource} (binary name) decides for its method {@code
   * method} without parameters, for a caller with exactly {@code roles}: see {@link
   * GeneratedPolicies#decide}.
   */
  static String decision(Compilation compilation, String resource, String method, String... roles) {
    return GeneratedPolicies.of(compilation)
        .decide(resource, method, List.of(), java.util.Set.of(roles));
  }

  /** The policy report ({@code META-INF/bouncer/policy-report.json}) a compilation wrote. */
  static String reportJson(Compilation compilation) {
    try {
      return compilation
          .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/bouncer/policy-report.json")
          .orElseThrow(() -> new AssertionError("no policy report"))
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The text of a generated source file; fails if it was not generated. */
  static String generated(Compilation compilation, String name) {
    try {
      return compilation
          .generatedSourceFile(name)
          .orElseThrow(
              () -> new AssertionError(name + " was not generated: " + compilation.diagnostics()))
          .getCharContent(true)
          .toString();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
