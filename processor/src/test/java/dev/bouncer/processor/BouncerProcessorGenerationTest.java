package dev.bouncer.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the processor writes for clean sources: the generated guards and the policy report, checked
 * against golden files (see {@link GoldenFiles} for how to regenerate them), and that the output
 * compiles and does not depend on anything but the sources.
 *
 * <p>Whether the generated filters behave as the policies say is checked by the integration tests
 * against real servers, not here.
 */
class BouncerProcessorGenerationTest {
  /** The representative resources, in {@code src/test/resources/inputs/}. */
  private static final List<String> INPUTS =
      List.of("inputs/OrdersResource.java", "inputs/StatusResource.java");

  private static final String REPORT = "META-INF/bouncer/policy-report.json";

  private static Compilation compilation;

  @BeforeAll
  static void compileInputs() {
    compilation = compile(INPUTS);
  }

  @Test
  void inputs_compileWithoutWarnings_includingGeneratedSources() {
    // compile-testing compiles the generated sources in the same javac run: generated code that
    // does not compile, or that javac warns about under -Xlint:all, fails here. (-processing: javac
    // notes that no processor claims the annotations, which is by design.)
    Compilation linted =
        Compiler.javac()
            .withProcessors(new BouncerProcessor())
            .withOptions("-Xlint:all,-processing")
            .compile(sources(INPUTS));
    assertThat(linted).succeededWithoutWarnings();
    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void generatesTheActivationClassesOncePerCompilation() {
    List<String> generated =
        compilation.generatedSourceFiles().stream()
            .map(JavaFileObject::getName)
            .filter(name -> name.contains("Bouncer_"))
            .sorted()
            .collect(toList());
    // Jersey is on this test's class path: its ForcedAutoDiscoverable is written too.
    assertThat(generated)
        .containsExactly(
            "/SOURCE_OUTPUT/com/acme/orders/Bouncer_Activation.java",
            "/SOURCE_OUTPUT/com/acme/orders/Bouncer_ActivationGate.java",
            "/SOURCE_OUTPUT/com/acme/orders/Bouncer_JerseyActivation.java")
        .inOrder();
  }

  /**
   * One class per resource class with a policy; none for {@code StatusResource}, which has none:
   * the runtime reads that from its annotations.
   */
  @Test
  void generatesOneGuardsClassPerResourceClassWithAPolicy() {
    List<String> generated =
        compilation.generatedSourceFiles().stream()
            .map(JavaFileObject::getName)
            .filter(name -> name.endsWith("_BouncerGuards.java"))
            .sorted()
            .collect(toList());
    assertThat(generated)
        .containsExactly(
            "/SOURCE_OUTPUT/com/acme/orders/OrdersResource_BouncerGuards.java",
            "/SOURCE_OUTPUT/com/acme/orders/OrdersResource_Items_BouncerGuards.java")
        .inOrder();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "com.acme.orders.OrdersResource_BouncerGuards",
        "com.acme.orders.OrdersResource_Items_BouncerGuards"
      })
  void guards_matchGoldenFile(String generatedClass) {
    String golden = generatedClass.substring(generatedClass.lastIndexOf('.') + 1) + ".java";
    String actual = text(compilation.generatedSourceFile(generatedClass).orElseThrow());

    GoldenFiles.check(golden, actual);
    if (!GoldenFiles.updating()) {
      assertThat(compilation)
          .generatedSourceFile(generatedClass)
          .hasSourceEquivalentTo(JavaFileObjects.forResource(GoldenFiles.ROOT + golden));
    }
  }

  @Test
  void report_matchesGoldenFile() {
    GoldenFiles.check("policy-report.json", report(compilation));
  }

  @Test
  void report_isValidJson_withEndpointsSortedByPathThenHttpMethod() {
    List<Map<String, Object>> endpoints = endpoints(report(compilation));

    assertThat(endpoints)
        .isInOrder(
            Comparator.comparing((Map<String, Object> e) -> (String) e.get("path"))
                .thenComparing(e -> String.join(",", httpMethods(e))));
    List<String> order =
        endpoints.stream().map(e -> e.get("path") + " " + e.get("httpMethods")).collect(toList());
    assertThat(order)
        .containsExactly(
            "/ [GET]", // OrdersResource.Items.all(): sub-resource paths are relative to the locator
            "/orders [GET]",
            "/orders [POST]",
            "/orders/audit [GET]",
            "/orders/batch [POST]",
            "/orders/health [GET]",
            "/orders/me [GET]",
            "/orders/{id} [DELETE]",
            "/orders/{id} [GET]",
            "/orders/{id} [PUT]",
            "/orders/{id}/items []",
            "/orders/{id}/lines [GET]",
            "/status [GET]",
            "/{item} [DELETE]")
        .inOrder();
  }

  @Test
  void report_listsUnprotectedEndpoints_withKindNone() {
    Map<String, Map<String, Object>> bySignature = bySignature(endpoints(report(compilation)));

    assertThat(policy(bySignature, "com.acme.status.StatusResource", "status()"))
        .containsExactly("kind", "NONE", "origin", Map.of("kind", "NONE"));
    assertThat(policy(bySignature, "com.acme.orders.OrdersResource$Items", "all()"))
        .containsExactly("kind", "NONE", "origin", Map.of("kind", "NONE"));
  }

  @Test
  void report_describesEachPolicyAndWhereItCameFrom() {
    Map<String, Map<String, Object>> bySignature = bySignature(endpoints(report(compilation)));
    String orders = "com.acme.orders.OrdersResource";

    assertThat(policy(bySignature, orders, "list(java.util.List, int)"))
        .containsExactly(
            "kind", "PERMISSION",
            "expression", "orders:read",
            "normalized", "orders:read",
            "permissions", List.of("orders:read"),
            "origin", Map.of("kind", "CLASS", "declaredOn", orders))
        .inOrder();
    assertThat(policy(bySignature, orders, "update(long, java.lang.String)"))
        .containsExactly(
            "kind", "PERMISSION",
            "expression", "orders:write && !orders:frozen || admin:*",
            "normalized", "orders:write && !orders:frozen || admin:*",
            "permissions", List.of("orders:write", "orders:frozen", "admin:*"),
            "origin", method(orders, "update(long, java.lang.String)"))
        .inOrder();
    assertThat(policy(bySignature, orders, "lines(long, java.lang.String)"))
        .containsExactly(
            "kind", "PERMISSION",
            "expression", "orders:read:{id} && (region:{region} || admin:*)",
            "normalized", "orders:read:{id} && (region:{region} || admin:*)",
            "permissions", List.of("orders:read:{id}", "region:{region}", "admin:*"),
            "templates",
                List.of(
                    Map.of("name", "id", "source", "PATH", "key", "id"),
                    Map.of("name", "region", "source", "QUERY", "key", "region")),
            "origin", method(orders, "lines(long, java.lang.String)"))
        .inOrder();
    assertThat(policy(bySignature, orders, "audit()"))
        .containsExactly(
            "kind", "ROLES", "roles", List.of("ops", "admin"), "origin", method(orders, "audit()"))
        .inOrder();
    assertThat(policy(bySignature, orders, "health()"))
        .containsExactly("kind", "PERMIT_ALL", "origin", method(orders, "health()"));
    assertThat(policy(bySignature, orders, "delete(long)"))
        .containsExactly("kind", "DENY_ALL", "origin", method(orders, "delete(long)"));
    assertThat(policy(bySignature, orders, "me()"))
        .containsExactly("kind", "AUTHENTICATED", "origin", method(orders, "me()"));

    Map<String, Object> locator = bySignature.get(orders + "#items(long)");
    assertThat(locator).containsEntry("locator", true);
    assertThat(locator).containsEntry("rootResource", true);
    assertThat(locator).containsEntry("httpMethods", List.of());
    Map<String, Object> subResource = bySignature.get(orders + "$Items#remove(java.lang.String)");
    assertThat(subResource).containsEntry("rootResource", false);
    assertThat(subResource).containsEntry("path", "/{item}");
  }

  @Test
  void output_isByteIdentical_acrossCompilationsAndSourceOrder() {
    Compilation again = compile(INPUTS);
    List<String> reversed = new ArrayList<>(INPUTS);
    Collections.reverse(reversed);
    Compilation reordered = compile(reversed);

    Map<String, String> first = outputs(compilation);
    assertThat(first).containsKey("/CLASS_OUTPUT/" + REPORT);
    assertEquals(first, outputs(again));
    assertEquals(first, outputs(reordered));
  }

  // ---------------------------------------------------------------------------------------------
  // Generated code compiles for unusual but legal resources
  // ---------------------------------------------------------------------------------------------

  @Test
  void packageTypesNamedLikeRuntimeTypes_doNotChangeWhatTheGeneratedCodeUses() {
    // The generated class imports the runtime's PolicyGuard, Guard and DenyAllGuard by name, which
    // wins over the package's own types of the same simple names.
    List<JavaFileObject> files = new java.util.ArrayList<>();
    for (String name : List.of("PolicyGuard", "Guard", "DenyAllGuard", "Permission", "Enforcer")) {
      files.add(
          JavaFileObjects.forSourceLines(
              "test." + name, "package test;", "", "public class " + name + " {}"));
    }
    files.add(
        JavaFileObjects.forSourceLines(
            "test.Clash",
            "package test;",
            "",
            "import dev.bouncer.RequiresPermission;",
            "import jakarta.annotation.security.DenyAll;",
            "import jakarta.ws.rs.DELETE;",
            "import jakarta.ws.rs.GET;",
            "import jakarta.ws.rs.Path;",
            "",
            "@Path(\"/clash\")",
            "public class Clash {",
            "  @GET",
            "  @RequiresPermission(\"clash:read\")",
            "  public String read() { return null; }",
            "",
            "  @DELETE",
            "  @DenyAll",
            "  public void remove() {}",
            "}"));

    Compilation c = Compiler.javac().withProcessors(new BouncerProcessor()).compile(files);

    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedSourceFile("test.Clash_BouncerGuards")
        .contentsAsUtf8String()
        .contains("import dev.bouncer.runtime.spi.PolicyGuard;");
  }

  /**
   * A resource method's parameter may be of a type that another processor generates in the same
   * compilation (an Immutables or AutoValue DTO). In the first round it is an error type, which
   * JavaPoet writes as an unqualified, unimported name; the processor should defer such a class
   * to a later round (docs/architecture.md, "Deferral").
   */
  @Test
  void parameterOfTypeGeneratedInSameCompilation_generatesGuardsThatCompile() {
    JavaFileObject file =
        JavaFileObjects.forSourceLines(
            "test.Orders",
            "package test;",
            "",
            "import dev.bouncer.RequiresPermission;",
            "import jakarta.ws.rs.POST;",
            "import jakarta.ws.rs.Path;",
            "import test.dto.OrderDto;",
            "",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @POST",
            "  @RequiresPermission(\"orders:write\")",
            "  public String create(OrderDto order) { return null; }",
            "}");

    Compilation c =
        Compiler.javac()
            .withProcessors(new BouncerProcessor(), new GeneratesSource(
                    "test.dto.OrderDto", "package test.dto;", "", "public class OrderDto {}"))
            .compile(file);

    assertThat(c).succeededWithoutWarnings();
    assertThat(c)
        .generatedSourceFile("test.Orders_BouncerGuards")
        .contentsAsUtf8String()
        .contains("\"create\", OrderDto.class)");
  }

  /**
   * A parameter of a private nested type cannot be named by a class literal outside its class.
   * Either the processor says so on the method, or it matches the parameter some other way; it
   * must not write a generated source that does not compile.
   */
  @Test
  void parameterOfPrivateNestedType_neverYieldsGeneratedCodeThatDoesNotCompile() {
    JavaFileObject file =
        JavaFileObjects.forSourceLines(
            "test.Orders",
            "package test;",
            "",
            "import dev.bouncer.Authenticated;",
            "import jakarta.ws.rs.POST;",
            "import jakarta.ws.rs.Path;",
            "",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  private static class Body {}",
            "",
            "  @POST",
            "  @Authenticated",
            "  public String create(Body body) { return null; }",
            "}");

    Compilation c = Compiler.javac().withProcessors(new BouncerProcessor()).compile(file);

    List<String> errorsInGeneratedCode =
        c.errors().stream()
            .filter(d -> d.getSource() != null)
            .filter(d -> d.getSource().getName().contains("_BouncerGuards"))
            .map(d -> d.getMessage(null))
            .collect(toList());
    assertThat(errorsInGeneratedCode).isEmpty();
  }

  /**
   * Bean Validation constraints such as {@code @NotNull} are TYPE_USE annotations too, so they are
   * part of the parameter's type mirror. The report's {@code resourceMethod} should be the plain
   * erased signature, {@code create(java.lang.String)}, stable when constraints are added.
   */
  @Test
  void report_signatureOfParameterWithTypeAnnotation_isPlainErasure() {
    JavaFileObject file =
        JavaFileObjects.forSourceLines(
            "test.Orders",
            "package test;",
            "",
            "import dev.bouncer.Authenticated;",
            "import jakarta.ws.rs.POST;",
            "import jakarta.ws.rs.Path;",
            "import java.lang.annotation.ElementType;",
            "import java.lang.annotation.Target;",
            "",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @Target({ElementType.PARAMETER, ElementType.TYPE_USE})",
            "  @interface NotBlank {}",
            "",
            "  @POST",
            "  @Authenticated",
            "  public String create(@NotBlank String body, String @NotBlank [] tags) {",
            "    return null;",
            "  }",
            "}");

    Compilation c = Compiler.javac().withProcessors(new BouncerProcessor()).compile(file);

    assertThat(c).succeeded();
    assertThat(endpoints(report(c)).get(0))
        .containsEntry("resourceMethod", "create(java.lang.String, java.lang.String[])");
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private static Compilation compile(List<String> resources) {
    return Compiler.javac().withProcessors(new BouncerProcessor()).compile(sources(resources));
  }

  private static List<JavaFileObject> sources(List<String> resources) {
    return resources.stream().map(JavaFileObjects::forResource).collect(toList());
  }

  /** Every generated source and resource (not class files), by name. */
  private static Map<String, String> outputs(Compilation c) {
    assertThat(c).succeeded();
    Map<String, String> out = new TreeMap<>();
    for (JavaFileObject file : c.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        out.put(file.getName(), text(file));
      }
    }
    return out;
  }

  private static String report(Compilation c) {
    return text(c.generatedFile(StandardLocation.CLASS_OUTPUT, REPORT).orElseThrow());
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> endpoints(String report) {
    Map<String, Object> root = (Map<String, Object>) dev.bouncer.report.Json.parse(report);
    assertThat(root.keySet()).containsExactly("formatVersion", "generator", "endpoints").inOrder();
    return (List<Map<String, Object>>) root.get("endpoints");
  }

  /** The report's origin of a policy declared on a method. */
  private static Map<String, Object> method(String type, String signature) {
    return Map.of("kind", "METHOD", "declaredOn", type + "#" + signature);
  }

  @SuppressWarnings("unchecked")
  private static List<String> httpMethods(Map<String, Object> endpoint) {
    return (List<String>) endpoint.get("httpMethods");
  }

  /** Endpoints keyed {@code resourceClass#resourceMethod}. */
  private static Map<String, Map<String, Object>> bySignature(List<Map<String, Object>> endpoints) {
    Map<String, Map<String, Object>> map = new TreeMap<>();
    for (Map<String, Object> e : endpoints) {
      map.put(e.get("resourceClass") + "#" + e.get("resourceMethod"), e);
    }
    return map;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> policy(
      Map<String, Map<String, Object>> bySignature, String type, String method) {
    assertThat(bySignature).containsKey(type + "#" + method);
    return (Map<String, Object>) bySignature.get(type + "#" + method).get("policy");
  }

  private static String text(JavaFileObject file) {
    try {
      return file.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
