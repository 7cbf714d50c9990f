package dev.bouncer.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.bouncer.processor.TestSources.compile;
import static dev.bouncer.processor.TestSources.generated;
import static dev.bouncer.processor.TestSources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Generated code is never confused or broken by the names users choose: the generated classes of
 * two resource classes never share a name, and no template, method or class name makes the
 * generated code fail to compile.
 */
class GeneratedNamesTest {

  // ---- generated class names ----

  @Test
  void topLevelWithUnderscore_andNestedOfTheSameJoinedName_getDistinctGeneratedClasses() {
    Compilation compilation =
        compile(
            source(
                "Outer_Inner",
                "@Path(\"flat\")",
                "public class Outer_Inner {",
                "  @GET @RequiresPermission(\"flat:read\") public String get() { return \"\"; }",
                "}"),
            source(
                "Outer",
                "public class Outer {",
                "  @Path(\"nested\")",
                "  public static class Inner {",
                "    @GET @RequiresPermission(\"nested:read\") public String get() { return \"\"; }",
                "  }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    String flat = generated(compilation, "test.Outer_Inner_BouncerGuards_11");
    String nested = generated(compilation, "test.Outer_Inner_BouncerGuards");
    assertThat(flat).contains("return \"test.Outer_Inner\";");
    assertThat(flat).contains("\"flat:read\"");
    assertThat(nested).contains("return \"test.Outer$Inner\";");
    assertThat(nested).contains("\"nested:read\"");
  }

  @Test
  void namesThatCouldBeReadTwoWays_getTheirLengths() {
    Compilation compilation =
        compile(
            source(
                "A",
                "public class A {",
                "  public static class B_ {",
                "    @Path(\"one\")",
                "    public static class C {",
                "      @GET @Authenticated public String get() { return \"\"; }",
                "    }",
                "  }",
                "  public static class B {",
                "    @Path(\"two\")",
                "    public static class _C {",
                "      @GET @Authenticated public String get() { return \"\"; }",
                "    }",
                "  }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
    // Joined with _ both would be A_B__C_BouncerGuards.
    assertThat(generated(compilation, "test.A_B__C_BouncerGuards_1_2_1"))
        .contains("return \"test.A$B_$C\";");
    assertThat(generated(compilation, "test.A_B__C_BouncerGuards_1_1_2"))
        .contains("return \"test.A$B$_C\";");
  }

  @Test
  void classDeclaredWithTheGeneratedName_isAKeyedErrorNamingBoth() {
    JavaFileObject orders =
        source(
            "Orders",
            "@Path(\"orders\")",
            "public class Orders {",
            "  @GET @RequiresPermission(\"orders:read\") public String get() { return \"\"; }",
            "}");
    Compilation compilation =
        compile(orders, source("Orders_BouncerGuards", "public class Orders_BouncerGuards {}"));

    assertThat(compilation).failed();
    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[BouncerNameClash] Bouncer cannot generate test.Orders_BouncerGuards for the policies"
                + " of test.Orders: a class of that name already exists in this compilation");
    assertThat(compilation)
        .hadErrorContaining("rename that class")
        .inFile(orders)
        .onLineContaining("public class Orders {");
  }

  // ---- generated identifiers ----

  /**
   * Template names that are, or would be turned into, names the generated code uses: its
   * constants, locals, parameters, types and members, and restricted identifiers and keywords.
   */
  private static final List<String> HOSTILE_TEMPLATES =
      List.of(
          "ADMIN",
          "ORDERS_READ",
          "X_ANY",
          "P_1",
          "RequestValues",
          "PermissionTemplate",
          "Permission",
          "String",
          "Guard",
          "Override",
          "enforcer",
          "request",
          "caller",
          "holds",
          "value",
          "value2",
          "methodName",
          "parameterTypes",
          "locators",
          "subResourceClass",
          "NO_POLICY",
          "PERMIT_ALL",
          "GetGuard",
          "var",
          "record",
          "yield",
          "sealed",
          "permits",
          "class",
          "int",
          "null",
          "this",
          "_",
          "__",
          "a.b",
          "a-b",
          "1st");

  @Test
  void template_namedLikeGeneratedConstant_compiles() {
    Compilation compilation =
        compile(
            source(
                "Admin",
                "import jakarta.ws.rs.QueryParam;",
                "@Path(\"admin\")",
                "public class Admin {",
                "  @GET @RequiresPermission(\"admin && tenant:{ADMIN}\")",
                "  public String get(@QueryParam(\"ADMIN\") String admin) { return admin; }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void templates_namedLikeAnythingTheGeneratedCodeUses_compile() {
    List<String> lines = new ArrayList<>();
    lines.add("import jakarta.ws.rs.PathParam;");
    lines.add("import jakarta.ws.rs.QueryParam;");
    lines.add("@Path(\"hostile\")");
    lines.add("public class Hostile {");
    for (int i = 0; i < HOSTILE_TEMPLATES.size(); i++) {
      String name = HOSTILE_TEMPLATES.get(i);
      // Every permission the generated constants are named after, then the template: in a query
      // parameter, and in a path variable.
      String expression =
          "admin && orders:read && x:* && 1 && w:{" + name + "} && " + name + ":{" + name + "}";
      lines.add("  @GET @Path(\"q" + i + "\") @RequiresPermission(\"" + expression + "\")");
      lines.add("  public String q" + i + "(@QueryParam(\"" + name + "\") String p) { return p; }");
      lines.add("  @GET @Path(\"p" + i + "/{" + name + "}\") @RequiresPermission(\"" + expression + "\")");
      lines.add("  public String p" + i + "(@PathParam(\"" + name + "\") String p) { return p; }");
    }
    // 39 distinct permissions, past the policy language's limit of 20: [BouncerTooManyPermissions].
    lines.add("  @SuppressWarnings(\"bouncer:expression\")");
    lines.add("  @GET @Path(\"all\") @RequiresPermission(\"" + allTemplates() + "\")");
    lines.add("  public String all(" + allQueryParameters() + ") { return \"\"; }");
    lines.add("}");

    Compilation compilation = compile(source("Hostile", lines.toArray(String[]::new)));

    assertThat(compilation).succeededWithoutWarnings();
    String guards = generated(compilation, "test.Hostile_BouncerGuards");
    assertThat(guards).contains("RequestValues.query(request, \"RequestValues\")");
  }

  private static String allTemplates() {
    List<String> atoms = new ArrayList<>(List.of("admin", "orders:read"));
    for (String name : HOSTILE_TEMPLATES) {
      atoms.add("t:{" + name + "}");
    }
    return String.join(" && ", atoms);
  }

  private static String allQueryParameters() {
    List<String> parameters = new ArrayList<>();
    for (int i = 0; i < HOSTILE_TEMPLATES.size(); i++) {
      parameters.add("@QueryParam(\"" + HOSTILE_TEMPLATES.get(i) + "\") String p" + i);
    }
    return String.join(", ", parameters);
  }

  /** Simple names the generated code refers to, declared in the user's package. */
  private static final List<String> HOSTILE_CLASSES =
      List.of(
          "Permission",
          "PermissionTemplate",
          "Guard",
          "DenyAllGuard",
          "Enforcer",
          "GeneratedGuards",
          "Locator",
          "RequestValues",
          "List",
          "ArrayList",
          "String",
          "Class",
          "Object",
          "Override",
          "Generated",
          "ContainerRequestFilter",
          "ContainerRequestContext",
          "SecurityContext",
          "GetGuard",
          "DenyAllGuardGuard",
          "PolicyGuard",
          "IllegalArgumentException",
          "Provider",
          "DynamicFeature",
          "Feature",
          "FeatureContext",
          "ResourceInfo",
          "Configuration",
          "ScannedBouncerFeature",
          "ScannedBouncerGate");

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void classesNamedLikeGeneratedCodesTypes_inTheUsersPackage_compile(boolean usedAsParameters) {
    List<JavaFileObject> sources = new ArrayList<>();
    for (String name : HOSTILE_CLASSES) {
      sources.add(source(name, "public class " + name + " {}"));
    }
    String parameter = usedAsParameters ? "test.List list, test.String s" : "";
    sources.add(
        source(
            "Guarded",
            "import jakarta.ws.rs.QueryParam;",
            "@Path(\"guarded\")",
            "public class Guarded {",
            "  @GET @RequiresPermission(\"orders:read\")",
            "  public java.lang.String get(" + parameter + ") { return \"\"; }",
            // A guarded method named denyAll gets a nested DenyAllGuard beside the runtime's.
            "  @POST @Authenticated public void denyAll(" + parameter + ") {}",
            "  @POST @Path(\"refused\") @DenyAll public void refused(" + parameter + ") {}",
            "  @PUT @RolesAllowed(\"r\") public void guard(" + parameter + ") {}",
            "  @DELETE @PermitAll public void permission(" + parameter + ") {}",
            "  @GET @Path(\"{id}\") @RequiresPermission(\"orders:read:{id}\")",
            "  public java.lang.String enforcer(@jakarta.ws.rs.PathParam(\"id\") java.lang.String id) { return id; }",
            "  @GET @Path(\"t\") @Authenticated public java.lang.String list() { return \"\"; }",
            "  @Path(\"sub\") @Authenticated public Sub locator() { return new Sub(); }",
            "  @Path(\"any\") @Authenticated public java.lang.Object object() { return new Sub(); }",
            "  @Path(\"cls\") @Authenticated public java.lang.Class<Sub> type() { return Sub.class; }",
            "}"));
    sources.add(
        source(
            "Sub",
            "public class Sub {",
            "  @GET @RequiresPermission(\"sub:read\") public java.lang.String get() { return \"\"; }",
            "}"));

    Compilation compilation = compile(sources.toArray(JavaFileObject[]::new));

    assertThat(compilation).succeededWithoutWarnings();
  }

  /** Resource classes named like the generated code's types, with methods named like its members. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "Permission",
        "Guard",
        "Enforcer",
        "GeneratedGuards",
        "Locator",
        "RequestValues",
        "List",
        "String",
        "GetGuard",
        "DenyAllGuard",
        "PolicyGuard"
      })
  void resourceClass_namedLikeGeneratedCodesTypes_compiles(String name) {
    Compilation compilation =
        compile(
            source(
                name,
                "import jakarta.ws.rs.QueryParam;",
                "@Path(\"r\")",
                "public class " + name + " {",
                "  @GET @RequiresPermission(\"r:{q}\")",
                "  public " + name + " get(@QueryParam(\"q\") String q) { return this; }",
                "  @POST @DenyAll public void denyAll(" + name + " body) {}",
                "  @PUT @RolesAllowed(\"r\") public void guard(" + name + " body) {}",
                "  @Path(\"self\") @Authenticated public " + name + " self() { return this; }",
                "  @Path(\"inner\") @Authenticated public Inner inner() { return new Inner(); }",
                "  public static class Inner {",
                "    @GET @RequiresPermission(\"inner:read\")",
                "    public " + name + " get(" + name + " body) { return body; }",
                "  }",
                "}"));

    assertThat(compilation).succeededWithoutWarnings();
  }
}
