package dev.bouncer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Shapes of resource classes the scanner must read right: what a locator returns, custom HTTP
 * methods, which method's Jakarta REST annotations apply, generated names, and where template
 * errors point. One javac run per test, each covering several cases.
 */
class ResourceShapesTest {

  @Test
  void whatALocatorReturnsDecidesWhichSubResourcesItGuards() {
    JavaFileObject file =
        source(
            "R",
            "@Path(\"/r\")",
            "@Authenticated",
            "public class R {",
            "  @Path(\"wild\") public Class<?> wild() { return Items.class; }",
            "  @Path(\"exact\") public Class<Items> exact() { return Items.class; }",
            "  @SuppressWarnings(\"rawtypes\") @Path(\"raw\") public Class raw() { return Items.class; }",
            "  @Path(\"bounded\") public Class<? extends Items> bounded() { return Items.class; }",
            "  @Path(\"lower\") public Class<? super Items> lower() { return Items.class; }",
            "  @Path(\"direct\") public Items direct() { return new Items(); }",
            "  @Path(\"number\") public int number() { return 0; }",
            "  public static class Items {",
            "    @GET public String all() { return null; }",
            "  }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeeded();
    String guards = generated(compilation, "test.R_BouncerGuards");
    assertTrue(guards.contains("// LOCATOR /r/wild returns java.lang.Object\n"), guards);
    assertTrue(guards.contains("// LOCATOR /r/exact returns test.R.Items\n"), guards);
    assertTrue(guards.contains("// LOCATOR /r/raw returns java.lang.Object\n"), guards);
    assertTrue(guards.contains("// LOCATOR /r/bounded returns test.R.Items\n"), guards);
    assertTrue(guards.contains("// LOCATOR /r/lower returns java.lang.Object\n"), guards);
    assertTrue(guards.contains("// LOCATOR /r/direct returns test.R.Items\n"), guards);
    assertTrue(guards.contains("// LOCATOR /r/number returns java.lang.Object\n"), guards);
  }

  @Test
  void overloadsAreToldApartByTheirParameterTypes() {
    JavaFileObject file =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @GET @Path(\"a\") @Authenticated public String read() { return null; }",
            "  @GET @Path(\"b\") @RolesAllowed(\"b\") public String read(@QueryParam(\"x\") String x) { return x; }",
            "  @GET @Path(\"c\") @DenyAll public String read(@QueryParam(\"x\") int x) { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
    GeneratedPolicies run = GeneratedPolicies.of(compilation);
    assertEquals("ALLOW", run.decide("test.R", "read", List.of(), Set.of()));
    assertEquals("FORBID", run.decide("test.R", "read", List.of("java.lang.String"), Set.of()));
    assertEquals("ALLOW", run.decide("test.R", "read", List.of("java.lang.String"), Set.of("b")));
    assertEquals("DENY_ALL", run.decide("test.R", "read", List.of("int"), Set.of("b")));
    assertEquals("UNKNOWN", run.decide("test.R", "read", List.of("long"), Set.of("b")));
  }

  /**
   * More distinct policies than one switch holds: the decisions are split into chunked methods
   * (so that none grows past what the JIT compiles), and each endpoint still gets its own.
   */
  @Test
  void manyDistinctPolicies_eachEndpointDecidesItsOwn_acrossChunks() {
    int n = 70;
    List<String> lines = new ArrayList<>(List.of("@Path(\"/r\")", "public class R {"));
    for (int i = 0; i < n; i++) {
      lines.add(
          "  @GET @Path(\"m" + i + "\") @RequiresPermission(\"p:" + i + "\") public String m" + i
              + "() { return null; }");
    }
    lines.add("  @GET @Path(\"shared\") @RequiresPermission(\"p:69\") public String shared() { return null; }");
    lines.add("}");

    Compilation compilation = compile(source("R", lines.toArray(String[]::new)));

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(generated(compilation, "test.R_BouncerGuards").contains("private boolean permits2("));
    GeneratedPolicies run = GeneratedPolicies.of(compilation);
    for (int i = 0; i < n; i++) {
      assertEquals("ALLOW", run.decide("test.R", "m" + i, List.of(), Set.of("p:" + i)), "m" + i);
      assertEquals(
          "FORBID", run.decide("test.R", "m" + i, List.of(), Set.of("p:" + (i + 1))), "m" + i);
    }
    assertEquals("ALLOW", run.decide("test.R", "shared", List.of(), Set.of("p:69")));
    assertEquals("FORBID", run.decide("test.R", "shared", List.of(), Set.of("p:68")));
  }

  /** A resource without any policy gets no generated class: its annotations say it is open. */
  @Test
  void resourceWithoutAnyPolicy_getsNoGeneratedClass() {
    Compilation compilation =
        compile(
            source(
                "R",
                "@Path(\"/r\")",
                "public class R {",
                "  @GET public String get() { return null; }",
                "  @Path(\"sub\") public Object sub() { return null; }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    assertFalse(compilation.generatedSourceFile("test.R_BouncerGuards").isPresent());
    assertTrue(GeneratedPolicies.of(compilation).has("test.R"));
  }

  @Test
  void inheritedResourceMethodsComeInNameOrderAfterTheDeclaredOnes() {
    JavaFileObject base =
        source(
            "Base",
            "public abstract class Base {",
            "  @GET @Path(\"z\") @Authenticated public String zeta() { return null; }",
            "  @GET @Path(\"m\") @Authenticated public String mu() { return null; }",
            "  @GET @Path(\"a\") @Authenticated public String alpha() { return null; }",
            "}");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R extends Base {",
            "  @GET @Path(\"own\") @Authenticated public String own() { return null; }",
            "}");

    Compilation compilation = compile(base, resource);

    assertThat(compilation).succeededWithoutWarnings();
    String guards = generated(compilation, "test.R_BouncerGuards");
    int own = guards.indexOf("// GET /r/own:");
    int alpha = guards.indexOf("// GET /r/a:");
    int mu = guards.indexOf("// GET /r/m:");
    int zeta = guards.indexOf("// GET /r/z:");
    assertTrue(own >= 0 && own < alpha && alpha < mu && mu < zeta, guards);
  }

  @Test
  void theMethodsOwnJakartaRestAnnotationsReplaceThoseItOverrides() {
    JavaFileObject purge =
        JavaFileObjects.forSourceLines(
            "test.PURGE",
            "package test;",
            "import java.lang.annotation.ElementType;",
            "import java.lang.annotation.Retention;",
            "import java.lang.annotation.RetentionPolicy;",
            "import java.lang.annotation.Target;",
            "@Target(ElementType.METHOD)",
            "@Retention(RetentionPolicy.RUNTIME)",
            "@jakarta.ws.rs.HttpMethod(\"PURGE\")",
            "public @interface PURGE {}");
    JavaFileObject api =
        source(
            "Api",
            "public interface Api {",
            "  @POST @Path(\"posted\") void viaGet();",
            "  @POST @Path(\"posted\") void viaPurge();",
            "  @POST @Path(\"inherited\") void inherited();",
            "}");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "@Authenticated",
            "public class R implements Api {",
            "  @GET @Path(\"got\") public void viaGet() {}",
            "  @PURGE @Path(\"purged\") public void viaPurge() {}",
            "  public void inherited() {}",
            "}");

    Compilation compilation = compile(purge, api, resource);

    assertThat(compilation).succeededWithoutWarnings();
    String guards = generated(compilation, "test.R_BouncerGuards");
    assertTrue(guards.contains("GET /r/got"), guards);
    assertTrue(guards.contains("PURGE /r/purged"), guards);
    assertTrue(guards.contains("POST /r/inherited"), guards);
    assertFalse(guards.contains("POST /r/posted"), guards);
  }

  @Test
  void anUnknownTemplateInASubResourcePointsAtTheLocatorsVariable() {
    JavaFileObject file =
        source(
            "Items",
            "public class Items {",
            "  @GET @RequiresPermission(\"orders:read:{orderId}\") public String all() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorContaining("[BouncerUnknownParameter]");
    assertThat(compilation)
        .hadErrorContaining(
            "In a sub-resource, a path variable of the locator is available through a parameter"
                + " annotated @PathParam(\"orderId\").");
  }

  @Test
  void anUnknownTemplateInARootResourceDoesNotMentionLocators() {
    JavaFileObject file =
        source(
            "R",
            "@Path(\"/r/{id}\")",
            "public class R {",
            "  @GET @RequiresPermission(\"orders:read:{orderId}\") public String get() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorContaining("Available: {id}.");
    assertEquals(1, compilation.errors().size());
    assertFalse(message(compilation.errors().get(0)).contains("sub-resource"));
  }

  @Test
  void aTemplateInAnInterfacesClassPolicyIsAClassTemplateError() {
    JavaFileObject api =
        source(
            "Api",
            "@RequiresPermission(\"orders:read:{id}\")",
            "public interface Api {",
            "  @GET @Path(\"all\") String all();",
            "}");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R implements Api {",
            "  public String all() { return null; }",
            "}");

    Compilation compilation = compile(api, resource);

    assertThat(compilation).hadErrorContaining("[BouncerClassTemplate] the class-level policy of Api");
    assertThat(compilation).hadErrorContaining("Give all() a policy of its own");
  }

  @Test
  void anInvalidClassPolicyIsReportedOnceHoweverManyMethodsInheritIt() {
    JavaFileObject api =
        source(
            "Api",
            "@RequiresPermission(\"orders:read &&\")",
            "public interface Api {",
            "  @GET @Path(\"a\") String a();",
            "  @GET @Path(\"b\") String b();",
            "}");
    JavaFileObject one =
        source(
            "One",
            "@Path(\"/one\")",
            "public class One implements Api {",
            "  public String a() { return null; }",
            "  public String b() { return null; }",
            "}");
    JavaFileObject two =
        source(
            "Two",
            "@Path(\"/two\")",
            "public class Two implements Api {",
            "  public String a() { return null; }",
            "  public String b() { return null; }",
            "}");

    Compilation compilation = compile(api, one, two);

    assertThat(compilation).hadErrorContaining("[BouncerEmptyOperand]");
    assertEquals(1, compilation.errors().size(), compilation.errors().toString());
  }

  @Test
  void typesTheGeneratedCodeCannotNameAreMatchedByTheirRuntimeName() {
    JavaFileObject file =
        source(
            "R",
            "@Path(\"/r\")",
            "@Authenticated",
            "public class R {",
            "  @POST public void put(Hidden body, Hidden[] more, int n) {}",
            "  @Path(\"hidden\") public Hidden hidden() { return new Hidden(); }",
            "  private static class Hidden {",
            "    @GET public String all() { return null; }",
            "  }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeeded();
    String guards = generated(compilation, "test.R_BouncerGuards");
    assertTrue(guards.contains("\"put\", \"test.R$Hidden\", \"test.R$Hidden[]\", int.class"), guards);
    assertTrue(guards.contains("GeneratedGuards.isA(subResourceClass, \"test.R$Hidden\")"), guards);
  }

  @Test
  void aLintWarningSaysWhereToSuppressIt() {
    JavaFileObject file =
        source(
            "R",
            "@Path(\"/r\")",
            "@RequiresPermission(\"a && a\")",
            "public class R {",
            "  @GET @Path(\"x\") @RequiresPermission(\"b || !b\") public String x() { return null; }",
            "  @GET @Path(\"y\") public String y() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadWarningContaining("[BouncerDuplicateClause]");
    assertThat(compilation).hadWarningContaining("[BouncerAlwaysHolds]");
    String duplicate = "";
    String always = "";
    for (Diagnostic<? extends JavaFileObject> d : compilation.warnings()) {
      String m = message(d);
      if (m.contains("[BouncerDuplicateClause]")) {
        duplicate = m;
      } else if (m.contains("[BouncerAlwaysHolds]")) {
        always = m;
      }
    }
    assertTrue(duplicate.endsWith("add @SuppressWarnings(\"bouncer:expression\") to the class."), duplicate);
    assertTrue(always.endsWith("add @SuppressWarnings(\"bouncer:expression\") to the method."), always);
  }

  @Test
  void theReportSaysWhetherAPolicyCameFromAnInterfaceOrASuperclass() throws IOException {
    JavaFileObject api =
        source("Api", "public interface Api {", "  @GET @Path(\"i\") @Authenticated String fromInterface();", "}");
    JavaFileObject base =
        source(
            "Base",
            "public abstract class Base {",
            "  @GET @Path(\"s\") @RolesAllowed(\"x\") public String fromSuperclass() { return null; }",
            "}");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R extends Base implements Api {",
            "  public String fromInterface() { return null; }",
            "  @GET @Path(\"m\") @DenyAll public String own() { return null; }",
            "}");

    Compilation compilation = compile(api, base, resource);

    assertThat(compilation).succeededWithoutWarnings();
    String report =
        compilation
            .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/bouncer/policy-report.json")
            .orElseThrow()
            .getCharContent(true)
            .toString()
            .replaceAll("\\s+", " ");
    assertEquals("INTERFACE", originOf(report, "/r/i"), report);
    assertEquals("SUPERCLASS", originOf(report, "/r/s"), report);
    assertEquals("METHOD", originOf(report, "/r/m"), report);
  }

  /** The origin of the endpoint with {@code path}: the first one after its path in the report. */
  private static String originOf(String report, String path) {
    int at = report.indexOf("\"path\": \"" + path + "\"");
    assertTrue(at >= 0, report);
    int next = report.indexOf("\"path\": ", at + 1);
    String endpoint = next < 0 ? report.substring(at) : report.substring(at, next);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\"origin\": \\{\"kind\": \"([A-Z_]+)\"").matcher(endpoint);
    assertTrue(m.find(), endpoint);
    return m.group(1);
  }

  @Test
  void looseningIsJudgedAgainstGuardedAndDenyAllClassesOnly() {
    JavaFileObject open =
        source(
            "Open",
            "@Path(\"/open\")",
            "@jakarta.annotation.security.PermitAll",
            "public class Open {",
            "  @GET @Authenticated public String get() { return null; }",
            "}");
    JavaFileObject closed =
        source(
            "Closed",
            "@Path(\"/closed\")",
            "@DenyAll",
            "public class Closed {",
            "  @GET @Authenticated public String get() { return null; }",
            "}");

    Compilation compilation = compile(open, closed);

    assertThat(compilation).succeeded();
    assertEquals(1, compilation.warnings().size(), compilation.warnings().toString());
    assertThat(compilation)
        .hadWarningContaining("the class refuses everyone, the method lets some callers through.")
        .inFile(closed);
  }

  @Test
  void anUnknownTemplateSuggestsAnAnnotatedParameterOrSaysThereIsNone() {
    JavaFileObject file =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @GET @Path(\"a\") @RequiresPermission(\"orders:{orderid}\")",
            "  public String a(@QueryParam(\"orderId\") String x) { return x; }",
            "  @GET @Path(\"b\") @RequiresPermission(\"orders:{id}\")",
            "  public String b() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertEquals(2, compilation.errors().size(), compilation.errors().toString());
    assertThat(compilation).hadErrorContaining("{orderid} is neither a path variable of a()");
    assertThat(compilation).hadErrorContaining("Did you mean {orderId}?");
    assertThat(compilation)
        .hadErrorContaining(
            "{id} is neither a path variable of b() nor a @PathParam, @QueryParam or @HeaderParam"
                + " of it. The method has no path variable or annotated parameter to take a value"
                + " from.");
  }

  private static final List<String> IMPORTS =
      List.of(
          "import dev.bouncer.Authenticated;",
          "import dev.bouncer.RequiresPermission;",
          "import jakarta.annotation.security.DenyAll;",
          "import jakarta.annotation.security.RolesAllowed;",
          "import jakarta.ws.rs.GET;",
          "import jakarta.ws.rs.POST;",
          "import jakarta.ws.rs.Path;",
          "import jakarta.ws.rs.QueryParam;");

  private static JavaFileObject source(String simpleName, String... lines) {
    List<String> all = new ArrayList<>();
    all.add("package test;");
    all.add("");
    all.addAll(IMPORTS);
    all.add("");
    all.addAll(List.of(lines));
    return JavaFileObjects.forSourceLines("test." + simpleName, all);
  }

  private static Compilation compile(JavaFileObject... files) {
    return Compiler.javac()
        .withOptions("-Xlint:-rawtypes")
        .withProcessors(new BouncerProcessor())
        .compile(files);
  }

  private static String message(Diagnostic<? extends JavaFileObject> d) {
    return d.getMessage(null);
  }

  private static String generated(Compilation compilation, String name) {
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
