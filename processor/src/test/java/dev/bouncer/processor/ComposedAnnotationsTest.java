package dev.bouncer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.bouncer.processor.TestSources.compile;
import static dev.bouncer.processor.TestSources.decision;
import static dev.bouncer.processor.TestSources.generated;
import static dev.bouncer.processor.TestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Composed (meta-)annotations: an annotation type annotated with a policy annotation declares that
 * policy wherever it is written, at any depth, with the same precedence and conflict rules as the
 * policy annotation written directly. What Bouncer does not accept is a keyed error, never silence.
 */
class ComposedAnnotationsTest {
  private static final String RUNTIME =
      "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)";

  /** {@code @interface name} in package test, with {@code meta} above it. */
  private static JavaFileObject annotation(String name, String... meta) {
    String[] lines = new String[meta.length + 1];
    System.arraycopy(meta, 0, lines, 0, meta.length);
    lines[meta.length] = "public @interface " + name + " {}";
    return source(name, lines);
  }

  private static JavaFileObject adminOnly() {
    return annotation("AdminOnly", RUNTIME, "@RequiresPermission(\"meta:admin\")");
  }

  private static String report(Compilation compilation) throws IOException {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/bouncer/policy-report.json")
        .orElseThrow()
        .getCharContent(true)
        .toString()
        .replaceAll("\\s+", " ");
  }

  @Test
  void composedRequiresPermission_onMethod_isEnforced() throws IOException {
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @GET @AdminOnly public String get() { return null; }",
            "  @GET @Path(\"open\") public String open() { return null; }",
            "}");

    Compilation compilation = compile(adminOnly(), resource);

    assertThat(compilation).succeededWithoutWarnings();
    String guards = generated(compilation, "test.R_BouncerGuards");
    assertTrue(
        guards.contains(
            "// GET /r: @AdminOnly (meta: @RequiresPermission(\"meta:admin\")) on the method"),
        guards);
    assertEquals("ALLOW", decision(compilation, "test.R", "get", "meta:admin"));
    assertEquals("FORBID", decision(compilation, "test.R", "get", "admin"));
    assertEquals("NO_POLICY", decision(compilation, "test.R", "open", "meta:admin"));
    String report = report(compilation);
    assertTrue(
        report.contains(
            "\"origin\": { \"kind\": \"METHOD\", \"declaredOn\": \"test.R#get()\", \"via\": [\"test.AdminOnly\"] }"),
        report);
    assertTrue(report.contains("\"kind\": \"PERMISSION\", \"expression\": \"meta:admin\""), report);
  }

  @Test
  void composedRequiresPermission_onClass_isEnforced() {
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "@AdminOnly",
            "public class R {",
            "  @GET public String get() { return null; }",
            "  @GET @Path(\"x\") @PermitAll public String open() { return null; }",
            "}");

    Compilation compilation = compile(adminOnly(), resource);

    assertThat(compilation).succeeded();
    String guards = generated(compilation, "test.R_BouncerGuards");
    assertTrue(
        guards.contains(
            "// GET /r: @AdminOnly (meta: @RequiresPermission(\"meta:admin\")) on the class"),
        guards);
    // A direct method-level @PermitAll replaces a composed class-level policy, as it would a
    // direct one (and the loosening lint says so).
    assertTrue(guards.contains("// GET /r/x: @PermitAll on the method"), guards);
    assertThat(compilation).hadWarningContaining("[BouncerLoosening]");
    assertThat(compilation)
        .hadWarningContaining("loosens its class's @AdminOnly (meta: @RequiresPermission(\"meta:admin\"))");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "@Authenticated | @Authenticated | ALLOW | ALLOW",
        "@RolesAllowed({\"ops\", \"admin\"}) | @RolesAllowed({\"ops\", \"admin\"}) | FORBID | ALLOW",
        "@DenyAll | @DenyAll | DENY_ALL | DENY_ALL",
        "@PermitAll | @PermitAll | PERMIT_ALL | PERMIT_ALL",
      })
  void composedPolicyAnnotations_ofEveryKind_areEnforced(
      String policy, String comment, String noRoles, String admin) {
    JavaFileObject composed = annotation("Composed", RUNTIME, policy);
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @GET @Composed public String get() { return null; }",
            "}");

    Compilation compilation = compile(composed, resource);

    assertThat(compilation).succeededWithoutWarnings();
    String guards = generated(compilation, "test.R_BouncerGuards");
    assertTrue(guards.contains("// GET /r: @Composed (meta: " + comment + ") on the method"), guards);
    assertEquals(noRoles, decision(compilation, "test.R", "get"));
    assertEquals(admin, decision(compilation, "test.R", "get", "admin"));
  }

  @Test
  void composedOfAComposedAnnotation_isEnforced_atAnyDepth() throws IOException {
    JavaFileObject superAdmin = annotation("SuperAdmin", RUNTIME, "@AdminOnly");
    JavaFileObject root = annotation("Root", RUNTIME, "@SuperAdmin");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @GET @Root public String get() { return null; }",
            "}");

    Compilation compilation = compile(adminOnly(), superAdmin, root, resource);

    assertThat(compilation).succeededWithoutWarnings();
    String guards = generated(compilation, "test.R_BouncerGuards");
    assertTrue(
        guards.contains(
            "@Root (meta: @SuperAdmin (meta: @AdminOnly (meta: @RequiresPermission(\"meta:admin\"))))"
                + " on the method"),
        guards);
    assertEquals("ALLOW", decision(compilation, "test.R", "get", "meta:admin"));
    assertEquals("FORBID", decision(compilation, "test.R", "get"));
    assertTrue(
        report(compilation)
            .contains("\"via\": [\"test.Root\", \"test.SuperAdmin\", \"test.AdminOnly\"]"));
  }

  @Test
  void composedAnnotationOnAnInterfaceMethod_guardsTheImplementation() {
    JavaFileObject api =
        source(
            "Api",
            "@Path(\"/api\")",
            "public interface Api {",
            "  @GET @AdminOnly String get();",
            "}");
    JavaFileObject impl =
        source("Impl", "public class Impl implements Api {", "  public String get() { return null; }", "}");

    Compilation compilation = compile(adminOnly(), api, impl);

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        generated(compilation, "test.Impl_BouncerGuards")
            .contains("@AdminOnly (meta: @RequiresPermission(\"meta:admin\")) inherited from Api.get()"));
  }

  @Test
  void composedTemplates_areResolvedAgainstTheEndpointWhereTheAnnotationIsUsed() {
    JavaFileObject canRead =
        annotation("CanReadItem", RUNTIME, "@RequiresPermission(\"items:read:{id}\")");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @GET @Path(\"{id}\") @CanReadItem",
            "  public String get(@jakarta.ws.rs.PathParam(\"id\") String id) { return null; }",
            "  @GET @Path(\"q\") @CanReadItem",
            "  public String query(@jakarta.ws.rs.QueryParam(\"id\") String id) { return null; }",
            "}");

    Compilation compilation = compile(canRead, resource);

    assertThat(compilation).succeededWithoutWarnings();
    String guards = generated(compilation, "test.R_BouncerGuards");
    assertTrue(guards.contains("String id = RequestValues.path(request, \"id\");"), guards);
    assertTrue(guards.contains("String id = RequestValues.query(request, \"id\");"), guards);
  }

  @Test
  void composedTemplateTheEndpointCannotFill_isReportedWhereTheAnnotationIsUsed() {
    JavaFileObject canRead =
        annotation("CanReadItem", RUNTIME, "@RequiresPermission(\"items:read:{id}\")");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @GET @Path(\"all\")",
            "  @CanReadItem",
            "  public String all() { return null; }",
            "}");

    Compilation compilation = compile(canRead, resource);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[BouncerUnknownParameter]")
        .inFile(resource)
        .onLineContaining("@CanReadItem");
  }

  @Test
  void composedInvalidExpression_isReportedWhereTheAnnotationIsUsed() {
    JavaFileObject broken = annotation("Broken", RUNTIME, "@RequiresPermission(\"orders: read\")");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @GET",
            "  @Broken",
            "  public String get() { return null; }",
            "}");

    Compilation compilation = compile(broken, resource);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[BouncerSyntax] in @Broken's meta-annotation: invalid permission expression")
        .inFile(resource)
        .onLineContaining("@Broken");
  }

  @Test
  void composedPolicyBesideADirectPermitAll_isAConflict() {
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @GET",
            "  @PermitAll",
            "  @AdminOnly",
            "  public String get() { return null; }",
            "}");

    Compilation compilation = compile(adminOnly(), resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[BouncerConflict] @PermitAll contradicts @AdminOnly (meta: @RequiresPermission) on the"
                + " same element")
        .inFile(resource)
        .onLineContaining("@AdminOnly");
  }

  @Test
  void composedRolesBesideADirectPermission_onAClass_isAConflict() {
    JavaFileObject staff = annotation("StaffOnly", RUNTIME, "@RolesAllowed(\"staff\")");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "@StaffOnly",
            "@RequiresPermission(\"r:read\")",
            "public class R {",
            "  @GET public String get() { return null; }",
            "}");

    Compilation compilation = compile(staff, resource);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("[BouncerConflict] @StaffOnly (meta: @RolesAllowed) and @RequiresPermission")
        .inFile(resource)
        .onLineContaining("@RequiresPermission(\"r:read\")");
  }

  @Test
  void twoAnnotationsDeclaringTheSamePolicy_isAConflict() {
    JavaFileObject other = annotation("OpsOnly", RUNTIME, "@RequiresPermission(\"meta:ops\")");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @GET",
            "  @AdminOnly",
            "  @OpsOnly",
            "  public String get() { return null; }",
            "  @GET @Path(\"x\")",
            "  @RequiresPermission(\"meta:admin\")",
            "  @AdminOnly",
            "  public String both() { return null; }",
            "}");

    Compilation compilation = compile(adminOnly(), other, resource);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining(
            "[BouncerConflict] @OpsOnly (meta: @RequiresPermission) and @AdminOnly (meta:"
                + " @RequiresPermission) both declare @RequiresPermission on one element")
        .inFile(resource)
        .onLineContaining("@OpsOnly");
    assertThat(compilation)
        .hadErrorContaining(
            "[BouncerConflict] @AdminOnly (meta: @RequiresPermission) and @RequiresPermission both"
                + " declare @RequiresPermission")
        .inFile(resource)
        .onLine(22);
  }

  @Test
  void composedAnnotationWithTwoPolicies_isAnError() {
    JavaFileObject both =
        annotation("Both", RUNTIME, "@RequiresPermission(\"a\")", "@Authenticated");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @GET",
            "  @Both",
            "  public String get() { return null; }",
            "}");

    Compilation compilation = compile(both, resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[BouncerComposedAnnotation] @Both is not a composed policy annotation Bouncer accepts:"
                + " @Both carries 2 policy annotations (@RequiresPermission, @Authenticated)")
        .inFile(resource)
        .onLineContaining("@Both");
  }

  @Test
  void composedAnnotationReachingTwoPoliciesThroughItsMetaAnnotations_isAnError() {
    JavaFileObject ops = annotation("OpsOnly", RUNTIME, "@RolesAllowed(\"ops\")");
    JavaFileObject both = annotation("Both", RUNTIME, "@AdminOnly", "@OpsOnly");
    JavaFileObject resource =
        source("R", "@Path(\"/r\")", "@Both", "public class R {", "  @GET public String get() { return null; }", "}");

    Compilation compilation = compile(adminOnly(), ops, both, resource);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining(
            "@Both carries 2 policy annotations (@RequiresPermission through @AdminOnly,"
                + " @RolesAllowed through @OpsOnly)")
        .inFile(resource)
        .onLineContaining("@Both");
  }

  @Test
  void theSamePolicyReachedAlongTwoPaths_isOnePolicy() {
    JavaFileObject left = annotation("Left", RUNTIME, "@AdminOnly");
    JavaFileObject right = annotation("Right", RUNTIME, "@AdminOnly");
    JavaFileObject diamond = annotation("Diamond", RUNTIME, "@Left", "@Right");
    JavaFileObject resource =
        source("R", "@Path(\"/r\")", "public class R {", "  @GET @Diamond public String get() { return null; }", "}");

    Compilation compilation = compile(adminOnly(), left, right, diamond, resource);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("ALLOW", decision(compilation, "test.R", "get", "meta:admin"));
    assertEquals("FORBID", decision(compilation, "test.R", "get"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | in class files only",
        "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.CLASS) | in class files only",
        "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.SOURCE) | in the source only",
      })
  void composedAnnotationNotRetainedAtRunTime_isAnError(String retention, String where) {
    JavaFileObject hidden = annotation("Hidden", retention, "@RequiresPermission(\"a\")");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @GET",
            "  @Hidden",
            "  public String get() { return null; }",
            "}");

    Compilation compilation = compile(hidden, resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerComposedAnnotation] @Hidden is not a composed policy annotation")
        .inFile(resource)
        .onLineContaining("@Hidden");
    assertThat(compilation)
        .hadErrorContaining(
            "@Hidden is retained "
                + where
                + ", so Bouncer's runtime cannot see it on a class compiled without the processor");
    assertThat(compilation).hadErrorContaining("@Retention(RetentionPolicy.RUNTIME)");
  }

  @Test
  void metaAnnotationInTheMiddleNotRetainedAtRunTime_isAnError() {
    JavaFileObject middle = annotation("Middle", "@AdminOnly");
    JavaFileObject outer = annotation("Outer", RUNTIME, "@Middle");
    JavaFileObject resource =
        source("R", "@Path(\"/r\")", "public class R {", "  @GET @Outer public String get() { return null; }", "}");

    Compilation compilation = compile(adminOnly(), middle, outer, resource);

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("@Middle is retained in class files only");
  }

  @Test
  void composedAnnotationWithAttributes_isAnError() {
    JavaFileObject withValue =
        source(
            "Perm",
            RUNTIME,
            "@RequiresPermission(\"perm:default\")",
            "public @interface Perm { String value() default \"perm:other\"; }");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @GET",
            "  @Perm(\"orders:read\")",
            "  public String get() { return null; }",
            "}");

    Compilation compilation = compile(withValue, resource);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "@Perm declares value(): Bouncer reads the policy only from @Perm's own meta-annotation"
                + " and never from its attributes")
        .inFile(resource)
        .onLineContaining("@Perm(\"orders:read\")");
  }

  @Test
  void repeatableComposedAnnotation_isAnError() {
    JavaFileObject repeated =
        source(
            "Tagged",
            RUNTIME,
            "@java.lang.annotation.Repeatable(Tagged.List.class)",
            "@Authenticated",
            "public @interface Tagged {",
            "  " + RUNTIME,
            "  @interface List { Tagged[] value(); }",
            "}");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @GET",
            "  @Tagged",
            "  public String get() { return null; }",
            "}");

    Compilation compilation = compile(repeated, resource);

    assertThat(compilation).failed();
    assertThat(compilation)
        .hadErrorContaining("@Tagged is @Repeatable: written twice, it is stored inside its container")
        .inFile(resource)
        .onLineContaining("@Tagged");
  }

  @Test
  void composedAnnotationWhereNoPolicyApplies_isAnError() {
    JavaFileObject anywhere =
        source(
            "Anywhere",
            RUNTIME,
            "@RequiresPermission(\"a\")",
            "public @interface Anywhere {}");
    JavaFileObject resource =
        source(
            "R",
            "@Path(\"/r\")",
            "public class R {",
            "  @Anywhere String field;",
            "  @Anywhere public R() {}",
            "  @GET public String get(@Anywhere @jakarta.ws.rs.QueryParam(\"q\") String q) { return null; }",
            "}");

    Compilation compilation = compile(anywhere, resource);

    assertThat(compilation).hadErrorCount(3);
    assertThat(compilation)
        .hadErrorContaining(
            "[BouncerComposedAnnotation] @Anywhere declares a policy, but on the field field it"
                + " protects nothing")
        .inFile(resource)
        .onLineContaining("@Anywhere String field;");
    assertThat(compilation)
        .hadErrorContaining("on a constructor of R it protects nothing")
        .inFile(resource)
        .onLineContaining("public R()");
    assertThat(compilation)
        .hadErrorContaining("on the parameter q it protects nothing")
        .inFile(resource)
        .onLineContaining("String q");
  }

  @Test
  void composedAnnotationFromALibrary_isEnforced(@TempDir Path dir) throws IOException {
    Path classes = dir.resolve("lib");
    Files.createDirectories(classes);
    Compilation library =
        Compiler.javac().compile(adminOnly());
    assertThat(library).succeeded();
    for (JavaFileObject file : library.generatedFiles()) {
      if (file.getName().endsWith(".class")) {
        Path target = classes.resolve("test/AdminOnly.class");
        Files.createDirectories(target.getParent());
        try (var in = file.openInputStream()) {
          Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
    JavaFileObject resource =
        source("R", "@Path(\"/r\")", "public class R {", "  @GET @AdminOnly public String get() { return null; }", "}");
    List<File> classpath =
        new java.util.ArrayList<>(
            java.util.Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .map(File::new)
                .toList());
    classpath.add(classes.toFile());

    Compilation compilation =
        Compiler.javac().withProcessors(new BouncerProcessor()).withClasspath(classpath).compile(resource);

    assertThat(compilation).succeededWithoutWarnings();
    assertEquals("ALLOW", decision(compilation, "test.R", "get", "meta:admin"));
    assertEquals("FORBID", decision(compilation, "test.R", "get"));
  }
}
