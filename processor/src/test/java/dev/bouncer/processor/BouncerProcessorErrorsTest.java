package dev.bouncer.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One negative test per diagnostic rule: each checks the key, that the error lands on the line of
 * the offending annotation (or method), and the part of the message that helps the user fix it.
 */
class BouncerProcessorErrorsTest {
  private static final String REPORT = "META-INF/bouncer/policy-report.json";

  // ---------------------------------------------------------------------------------------------
  // Permission expressions
  // ---------------------------------------------------------------------------------------------

  @Test
  void requiresPermission_syntaxUnexpectedCharacter_fails() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @GET",
            "  @RequiresPermission(\"orders:re@d\")",
            "  public String list() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerSyntax] invalid permission expression \"orders:re@d\"")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:re@d\")");
    assertThat(compilation).hadErrorContaining("unexpected character '@'");
    assertThat(compilation).hadErrorContaining("(at column 10)");
    assertThat(compilation).hadErrorContainingMatch(caretUnder("orders:re@d", 10));
  }

  @Test
  void requiresPermission_syntaxWhitespaceBetweenWords_fails() {
    JavaFileObject file = resourceWithMethodAnnotation("@RequiresPermission(\"orders read\")");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerSyntax]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders read\")");
    assertThat(compilation)
        .hadErrorContaining("expected '&&', '||' or the end of the expression but found 'read'");
    assertThat(compilation).hadErrorContaining("(at column 8)");
    assertThat(compilation).hadErrorContainingMatch(caretUnder("orders read", 8));
  }

  @Test
  void requiresPermission_syntaxWhitespaceAfterColon_fails() {
    JavaFileObject file = resourceWithMethodAnnotation("@RequiresPermission(\"orders: read\")");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerSyntax]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders: read\")");
    assertThat(compilation).hadErrorContaining("whitespace is not allowed inside a permission");
    assertThat(compilation).hadErrorContainingMatch(caretUnder("orders: read", 8));
  }

  @Test
  void requiresPermission_syntaxSingleAmpersand_fails() {
    JavaFileObject file =
        resourceWithMethodAnnotation("@RequiresPermission(\"orders:read & orders:write\")");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerSyntax]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:read & orders:write\")");
    assertThat(compilation).hadErrorContaining("'&' must be doubled: write '&&'");
    assertThat(compilation).hadErrorContainingMatch(caretUnder("orders:read & orders:write", 13));
  }

  @Test
  void requiresPermission_syntaxOnClass_fails() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "@RequiresPermission(\"orders|read\")",
            "public class Orders {",
            "  @GET",
            "  public String list() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerSyntax]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders|read\")");
    assertThat(compilation).hadErrorContaining("'|' must be doubled: write '||'");
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"", "   "})
  void requiresPermission_emptyExpression_fails(String value) {
    String annotation = "@RequiresPermission(\"" + value + "\")";
    JavaFileObject file = resourceWithMethodAnnotation(annotation);

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerEmptyExpression]")
        .inFile(file)
        .onLineContaining(annotation);
    assertThat(compilation).hadErrorContaining("the permission expression is empty");
  }

  @Test
  void requiresPermission_emptyOperand_fails() {
    JavaFileObject file = resourceWithMethodAnnotation("@RequiresPermission(\"orders:read &&\")");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerEmptyOperand]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:read &&\")");
    assertThat(compilation)
        .hadErrorContaining(
            "expected a permission, '!' or '(' but found the end of the expression (at column 15)");
    assertThat(compilation).hadErrorContainingMatch(caretUnder("orders:read &&", 15));
  }

  @Test
  void requiresPermission_emptyPart_fails() {
    JavaFileObject file = resourceWithMethodAnnotation("@RequiresPermission(\"orders::read\")");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerEmptyPart]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders::read\")");
    assertThat(compilation)
        .hadErrorContaining("empty part: a word, '*' or '{name}' must follow ':' (at column 8)");
    assertThat(compilation).hadErrorContainingMatch(caretUnder("orders::read", 8));
  }

  @Test
  void requiresPermission_emptySubPart_fails() {
    JavaFileObject file = resourceWithMethodAnnotation("@RequiresPermission(\"orders:read,\")");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerEmptyPart]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:read,\")");
    assertThat(compilation)
        .hadErrorContaining(
            "empty sub-part: a word, '*' or '{name}' must follow ',' (at column 13)");
    assertThat(compilation).hadErrorContainingMatch(caretUnder("orders:read,", 13));
  }

  @Test
  void requiresPermission_unclosedParenthesis_fails() {
    JavaFileObject file = resourceWithMethodAnnotation("@RequiresPermission(\"(orders:read\")");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerUnbalancedParentheses]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"(orders:read\")");
    assertThat(compilation).hadErrorContaining("'(' is never closed (at column 1)");
    assertThat(compilation).hadErrorContainingMatch(caretUnder("(orders:read", 1));
  }

  @Test
  void requiresPermission_unopenedParenthesis_fails() {
    JavaFileObject file = resourceWithMethodAnnotation("@RequiresPermission(\"orders:read)\")");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerUnbalancedParentheses]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:read)\")");
    assertThat(compilation).hadErrorContaining("')' has no matching '(' (at column 12)");
    assertThat(compilation).hadErrorContainingMatch(caretUnder("orders:read)", 12));
  }

  @Test
  void requiresPermission_nestedTooDeep_failsWithSyntaxNotCrash() {
    String deep = "!".repeat(150) + "(".repeat(60) + "a" + ")".repeat(60);
    JavaFileObject file = resourceWithMethodAnnotation("@RequiresPermission(\"" + deep + "\")");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[BouncerSyntax]");
    assertThat(compilation).hadErrorContaining("more than 200 levels deep");
  }

  // ---------------------------------------------------------------------------------------------
  // Templates
  // ---------------------------------------------------------------------------------------------

  @Test
  void requiresPermission_templateFromPathVariableAndParameters_compiles() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/tenants/{tenant}/orders\")",
            "public class Orders {",
            "  @GET",
            "  @Path(\"{id: [0-9]+}\")",
            "  @RequiresPermission(\"orders:read:{id} && tenant:{tenant}:member\")",
            "  public String get(@jakarta.ws.rs.PathParam(\"id\") long id) { return null; }",
            "",
            "  @GET",
            "  @RequiresPermission(\"reports:{format} || region:{X-Region}\")",
            "  public String export(",
            "      @jakarta.ws.rs.QueryParam(\"format\") String format,",
            "      @jakarta.ws.rs.HeaderParam(\"X-Region\") String region) {",
            "    return null;",
            "  }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
  }

  @Test
  void requiresPermission_unknownParameter_failsWithSuggestion() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @GET",
            "  @Path(\"{orderId}\")",
            "  @RequiresPermission(\"orders:read:{orderID}\")",
            "  public String get(@jakarta.ws.rs.PathParam(\"orderId\") String id) { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerUnknownParameter]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:read:{orderID}\")");
    assertThat(compilation).hadErrorContaining("Did you mean {orderId}?");
    assertThat(compilation).hadErrorContainingMatch(caretUnder("orders:read:{orderID}", 13));
  }

  @Test
  void requiresPermission_unknownParameter_suggestsAnnotationNameOfJavaParameter() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @GET",
            "  @RequiresPermission(\"orders:export:{format}\")",
            "  public String list(@jakarta.ws.rs.QueryParam(\"fmt\") String format) {",
            "    return null;",
            "  }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation).hadErrorContaining("[BouncerUnknownParameter]");
    assertThat(compilation).hadErrorContaining("Did you mean {fmt}?");
  }

  @Test
  void requiresPermission_ambiguousParameter_fails() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders/{id}\")",
            "public class Orders {",
            "  @GET",
            "  @RequiresPermission(\"orders:read:{id}\")",
            "  public String get(@jakarta.ws.rs.QueryParam(\"id\") String id) { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerAmbiguousParameter]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:read:{id}\")");
    assertThat(compilation).hadErrorContaining("path variable and the query parameter");
    assertThat(compilation).hadErrorContaining("Rename the query parameter");
  }

  @Test
  void requiresPermission_multiValuedParameter_fails() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @GET",
            "  @RequiresPermission(\"orders:read:{id}\")",
            "  public String get(@jakarta.ws.rs.QueryParam(\"id\") java.util.List<String> ids) {",
            "    return null;",
            "  }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerMultiValuedParameter]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:read:{id}\")");
  }

  @Test
  void requiresPermission_classTemplateSomeMethodCannotFill_failsOnClass() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "@RequiresPermission(\"orders:read:{id}\")",
            "public class Orders {",
            "  @GET",
            "  @Path(\"{id}\")",
            "  public String get() { return null; }",
            "",
            "  @GET",
            "  public String list() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerClassTemplate]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:read:{id}\")");
    assertThat(compilation).hadErrorContaining("cannot be applied to list()");
    assertThat(compilation).hadErrorContaining("[BouncerUnknownParameter]");
  }

  // ---------------------------------------------------------------------------------------------
  // Warnings: legal, but almost certainly a mistake
  // ---------------------------------------------------------------------------------------------

  @Test
  void requiresPermission_neverHolds_warnsWithWildcardImplication() {
    JavaFileObject file =
        resourceWithMethodAnnotation("@RequiresPermission(\"orders:* && !orders:read\")");

    Compilation compilation = compile(file);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[BouncerNeverHolds]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:* && !orders:read\")");
    assertThat(compilation).hadWarningContaining("@SuppressWarnings(\"bouncer:expression\")");
  }

  @Test
  void requiresPermission_wildcardOverATemplate_neverHolds() {
    // orders:* covers {id} whatever its value, at run time as in every relation: the lint agrees.
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @GET @Path(\"{id}\")",
            "  @RequiresPermission(\"orders:* && !orders:{id}\")",
            "  public String get(@jakarta.ws.rs.PathParam(\"id\") String id) { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("[BouncerNeverHolds]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:* && !orders:{id}\")");
  }

  @Test
  void requiresPermission_tooManyPermissionsToDecide_warnsOnce() {
    String many =
        java.util.stream.IntStream.rangeClosed(0, dev.bouncer.policy.Cases.MAX_ATOMS)
            .mapToObj(i -> "p" + i)
            .collect(java.util.stream.Collectors.joining(" || "));
    Compilation compilation =
        compile(resourceWithMethodAnnotation("@RequiresPermission(\"" + many + "\")"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[BouncerTooManyPermissions]");
    assertThat(compilation).hadWarningContaining("names 21 distinct permissions");
    assertThat(compilation).hadWarningContaining("@SuppressWarnings(\"bouncer:expression\")");
  }

  @Test
  void requiresPermission_contradiction_warns() {
    Compilation compilation =
        compile(resourceWithMethodAnnotation("@RequiresPermission(\"a:x && !a:x\")"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningContaining("[BouncerNeverHolds]");
  }

  @Test
  void requiresPermission_alwaysHolds_warns() {
    Compilation compilation =
        compile(resourceWithMethodAnnotation("@RequiresPermission(\"a || !a\")"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[BouncerAlwaysHolds]");
    assertThat(compilation).hadWarningContaining("use @Authenticated");
  }

  @Test
  void requiresPermission_duplicateClause_warnsAtTheRepetition() {
    Compilation compilation =
        compile(resourceWithMethodAnnotation("@RequiresPermission(\"a && b && a\")"));

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[BouncerDuplicateClause]");
    assertThat(compilation).hadWarningContainingMatch(caretUnder("a && b && a", 11));
  }

  @Test
  void requiresPermission_templateBesideWildcard_warns() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders/{id}\")",
            "public class Orders {",
            "  @GET",
            "  @RequiresPermission(\"orders:*,{id}\")",
            "  public String get() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation).hadWarningContaining("[BouncerMeaninglessTemplate]");
    assertThat(compilation).hadWarningContaining("@SuppressWarnings(\"bouncer:template\")");
    assertThat(compilation).hadWarningContainingMatch(caretUnder("orders:*,{id}", 10));
  }

  @Test
  void requiresPermission_suppressedWarning_isSilent() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "@SuppressWarnings(\"bouncer:expression\")",
            "public class Orders {",
            "  @GET",
            "  @RequiresPermission(\"a && !a\")",
            "  public String get() { return null; }",
            "}");

    assertThat(compile(file)).succeededWithoutWarnings();
  }

  // ---------------------------------------------------------------------------------------------
  // Where policy annotations may go
  // ---------------------------------------------------------------------------------------------

  @Test
  void requiresPermission_notOnResourceMethod_fails() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @GET",
            "  public String list() { return null; }",
            "",
            "  @RequiresPermission(\"orders:read\")",
            "  public String helper() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerNotResourceMethod] helper() is not a resource method")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:read\")");
    assertThat(compilation)
        .hadErrorContaining("Annotate the method with @GET, @POST, ... or @Path");
  }

  @Test
  void requiresPermission_onClassWithoutResourceMethods_fails() {
    JavaFileObject file =
        source(
            "Helper",
            "@RequiresPermission(\"orders:read\")",
            "public class Helper {",
            "  public String help() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerNotResourceClass] Helper has no resource methods")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:read\")");
    assertThat(compilation).hadErrorContaining("Put it on a resource class");
  }

  @Test
  void requiresPermission_onPrivateResourceMethod_fails() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @GET",
            "  @RequiresPermission(\"orders:read\")",
            "  private String list() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerInaccessibleMethod] list() is private")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:read\")");
    assertThat(compilation).hadErrorContaining("Make the method public and non-static");
  }

  @Test
  void authenticated_onStaticResourceMethod_fails() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @GET",
            "  @Authenticated",
            "  public static String list() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerInaccessibleMethod] list() is static")
        .inFile(file)
        .onLineContaining("@Authenticated");
    assertThat(compilation).hadErrorContaining("@Authenticated protects nothing");
  }

  /**
   * Jakarta REST calls only public methods, so a policy on a package-private resource method
   * protects nothing, exactly as on a private one.
   */
  @Test
  void requiresPermission_onPackagePrivateResourceMethod_fails() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @GET",
            "  @RequiresPermission(\"orders:read\")",
            "  String list() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerInaccessibleMethod]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders:read\")");
  }

  // ---------------------------------------------------------------------------------------------
  // Contradicting annotations
  // ---------------------------------------------------------------------------------------------

  /** Pairs that contradict each other, and the message; the error is on the second annotation. */
  static Stream<Arguments> conflicts() {
    return Stream.of(
        Arguments.of(
            "@PermitAll",
            "@RequiresPermission(\"orders:read\")",
            "@PermitAll contradicts @RequiresPermission on the same element: keep the one you mean"
                + " and remove the other."),
        Arguments.of(
            "@PermitAll",
            "@DenyAll",
            "@PermitAll contradicts @DenyAll on the same element"),
        Arguments.of(
            "@DenyAll",
            "@Authenticated",
            "@DenyAll contradicts @Authenticated on the same element"),
        Arguments.of(
            "@RolesAllowed(\"ops\")",
            "@RequiresPermission(\"orders:read\")",
            "@RolesAllowed and @RequiresPermission on one element: Bouncer will not guess whether"
                + " both or either must hold"));
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("conflicts")
  void conflictingAnnotations_onMethod_fail(String first, String second, String message) {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @GET",
            "  " + first,
            "  " + second,
            "  public String list() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerConflict] " + message)
        .inFile(file)
        .onLineContaining(second);
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("conflicts")
  void conflictingAnnotations_onClass_fail(String first, String second, String message) {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            first,
            second,
            "public class Orders {",
            "  @GET",
            "  public String list() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerConflict] " + message)
        .inFile(file)
        .onLineContaining(second);
  }

  @Test
  void methodPolicy_replacingDifferentClassPolicy_isNoConflict() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "@DenyAll",
            "public class Orders {",
            "  @GET",
            "  @PermitAll",
            "  @SuppressWarnings(\"bouncer:loosening\")",
            "  public String list() { return null; }",
            "}");

    assertThat(compile(file)).succeededWithoutWarnings();
  }

  // ---------------------------------------------------------------------------------------------
  // @RolesAllowed
  // ---------------------------------------------------------------------------------------------

  @Test
  void rolesAllowed_noRoles_fails() {
    JavaFileObject file = resourceWithMethodAnnotation("@RolesAllowed({})");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerEmptyRoles] @RolesAllowed names no role")
        .inFile(file)
        .onLineContaining("@RolesAllowed({})");
    assertThat(compilation).hadErrorContaining("or use @DenyAll if that is what you mean");
  }

  @Test
  void rolesAllowed_blankRole_fails() {
    JavaFileObject file = resourceWithMethodAnnotation("@RolesAllowed({\"ops\", \" \"})");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining("[BouncerEmptyRoles] @RolesAllowed contains an empty role name")
        .inFile(file)
        .onLineContaining("@RolesAllowed({\"ops\", \" \"})");
  }

  // ---------------------------------------------------------------------------------------------
  // Sub-resource locators and inherited policies
  // ---------------------------------------------------------------------------------------------

  /**
   * The interface carries the Jakarta REST annotations and the implementing class the policy.
   * Under the Jakarta REST annotation-inheritance rules
   * {@code OrdersImpl.list()} is a resource method (its own method has no Jakarta REST
   * annotations, so those of the interface method apply).
   */
  @Test
  void requiresPermission_onMethodImplementingAnnotatedInterface_compiles() {
    JavaFileObject api =
        source(
            "OrdersApi",
            "@Path(\"/orders\")",
            "public interface OrdersApi {",
            "  @GET",
            "  String list();",
            "}");
    JavaFileObject impl =
        source(
            "OrdersImpl",
            "public class OrdersImpl implements OrdersApi {",
            "  @RequiresPermission(\"orders:read\")",
            "  @Override",
            "  public String list() { return null; }",
            "}");

    Compilation compilation = compile(api, impl);

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("test.OrdersImpl_BouncerGuards");
  }

  // ---------------------------------------------------------------------------------------------
  // -Abouncer.requireExplicit=true
  // ---------------------------------------------------------------------------------------------

  @Test
  void requireExplicit_endpointWithoutPolicy_fails() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @GET",
            "  public String list() { return null; }",
            "",
            "  @GET",
            "  @Path(\"health\")",
            "  @PermitAll",
            "  public String health() { return null; }",
            "}");

    Compilation compilation = compileRequiringExplicitPolicies(file);

    assertThat(compilation).hadErrorCount(1);
    assertThat(compilation)
        .hadErrorContaining(
            "[BouncerMissingPolicy] list() has no policy and bouncer.requireExplicit is on")
        .inFile(file)
        .onLineContaining("public String list()");
    assertThat(compilation).hadErrorContaining("@PermitAll to serve it open deliberately");
  }

  @Test
  void requireExplicit_permitAllAndClassPolicies_satisfyIt() {
    JavaFileObject open =
        source(
            "Status",
            "@Path(\"/status\")",
            "public class Status {",
            "  @GET",
            "  @PermitAll",
            "  public String status() { return null; }",
            "}");
    JavaFileObject guarded =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "@Authenticated",
            "public class Orders {",
            "  @GET",
            "  public String list() { return null; }",
            "}");

    assertThat(compileRequiringExplicitPolicies(open, guarded)).succeededWithoutWarnings();
  }

  @Test
  void requireExplicitOff_endpointWithoutPolicy_compiles() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @GET",
            "  public String list() { return null; }",
            "}");

    assertThat(compile(file)).succeededWithoutWarnings();
    assertThat(
            Compiler.javac()
                .withProcessors(new BouncerProcessor())
                .withOptions("-Abouncer.requireExplicit=false")
                .compile(file))
        .succeededWithoutWarnings();
  }

  // ---------------------------------------------------------------------------------------------
  // Several errors, and nothing generated on top of them
  // ---------------------------------------------------------------------------------------------

  @Test
  void errorsInSeveralMethods_areAllReported() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @GET",
            "  @RequiresPermission(\"orders::read\")",
            "  public String list() { return null; }",
            "",
            "  @DELETE",
            "  @RolesAllowed({})",
            "  public void delete() {}",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[BouncerEmptyPart]")
        .inFile(file)
        .onLineContaining("@RequiresPermission(\"orders::read\")");
    assertThat(compilation)
        .hadErrorContaining("[BouncerEmptyRoles]")
        .inFile(file)
        .onLineContaining("@RolesAllowed({})");
  }

  @Test
  void errorsInSeveralClasses_areAllReported() {
    JavaFileObject orders = resourceWithMethodAnnotation("@RequiresPermission(\"(orders:read\")");
    JavaFileObject helper =
        source(
            "Helper",
            "@Authenticated",
            "public class Helper {",
            "  public String help() { return null; }",
            "}");

    Compilation compilation = compile(orders, helper);

    assertThat(compilation).hadErrorCount(2);
    assertThat(compilation)
        .hadErrorContaining("[BouncerUnbalancedParentheses]")
        .inFile(orders)
        .onLineContaining("@RequiresPermission(\"(orders:read\")");
    assertThat(compilation)
        .hadErrorContaining("[BouncerNotResourceClass]")
        .inFile(helper)
        .onLineContaining("@Authenticated");
  }

  /**
   * compile-testing hides generated files once a compilation has failed, so this test runs javac
   * itself, writing to real directories, and looks at what is there.
   */
  @Test
  void classWithError_getsNoGuards_otherClassesStillDo_andNoReportIsWritten(@TempDir Path out)
      throws IOException {
    JavaFileObject broken =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @GET",
            "  @RequiresPermission(\"orders:read\")",
            "  public String list() { return null; }",
            "",
            "  @GET",
            "  @Path(\"{id}\")",
            "  @RequiresPermission(\"orders:read &&\")",
            "  public String get() { return null; }",
            "}");
    JavaFileObject clean =
        source(
            "Status",
            "@Path(\"/status\")",
            "public class Status {",
            "  @GET",
            "  @Authenticated",
            "  public String status() { return null; }",
            "}");
    Path sources = Files.createDirectories(out.resolve("generated-sources"));
    Path classes = Files.createDirectories(out.resolve("classes"));

    List<Diagnostic<? extends JavaFileObject>> errors =
        compileToDisk(sources, classes, broken, clean);

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).getMessage(null)).startsWith("[BouncerEmptyOperand]");
    assertThat(sources.resolve("test/Orders_BouncerGuards.java").toFile().exists()).isFalse();
    assertThat(sources.resolve("test/Status_BouncerGuards.java").toFile().exists()).isTrue();
    // A report that silently left out a class would be worse than none.
    assertThat(classes.resolve(REPORT).toFile().exists()).isFalse();
  }

  @Test
  void cleanCompilation_writesGuardsAndReport(@TempDir Path out) throws IOException {
    JavaFileObject clean = resourceWithMethodAnnotation("@RequiresPermission(\"orders:read\")");
    Path sources = Files.createDirectories(out.resolve("generated-sources"));
    Path classes = Files.createDirectories(out.resolve("classes"));

    List<Diagnostic<? extends JavaFileObject>> errors = compileToDisk(sources, classes, clean);

    // The same check as the test above, with no error: proves that one looks in the right places.
    assertThat(errors).isEmpty();
    assertThat(sources.resolve("test/Orders_BouncerGuards.java").toFile().exists()).isTrue();
    assertThat(classes.resolve(REPORT).toFile().exists()).isTrue();
  }

  // ---------------------------------------------------------------------------------------------
  // Generated code must compile whatever the user wrote
  // ---------------------------------------------------------------------------------------------

  /**
   * Whitespace, line breaks included, may separate operators, so a text block is a natural way to
   * write a long expression. The generated guardFor() puts the annotation as written into a {@code
   * //} comment, and the line break ends the comment.
   */
  @Test
  void requiresPermission_spanningLines_generatesGuardsThatCompile() {
    JavaFileObject file =
        source(
            "Orders",
            "@Path(\"/orders\")",
            "public class Orders {",
            "  @PUT",
            "  @RequiresPermission(\"orders:write\\n    && !orders:frozen\")",
            "  public void update() {}",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
  }

  /**
   * A regular expression in a path template can contain {@code *}{@code /}; the endpoint's path is
   * copied into the Javadoc of the generated guard class, where it ends the comment.
   */
  @Test
  void pathWithCommentTerminator_generatesGuardsThatCompile() {
    JavaFileObject file =
        source(
            "Files",
            "@Path(\"/files\")",
            "public class Files {",
            "  @GET",
            "  @Path(\"{dir: .*/}index\")",
            "  @Authenticated",
            "  public String index() { return null; }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
  }

  /** A word of only {@code _}, {@code .} or {@code -} is a valid permission by the grammar. */
  @Test
  void requiresPermission_punctuationOnlyWord_generatesGuardsThatCompile() {
    JavaFileObject file = resourceWithMethodAnnotation("@RequiresPermission(\"-\")");

    Compilation compilation = compile(file);

    assertThat(compilation).succeededWithoutWarnings();
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  /** A source file {@code test.<simpleName>}: package, the usual imports, then {@code lines}. */
  private static JavaFileObject source(String simpleName, String... lines) {
    return TestSources.source(simpleName, lines);
  }

  /** A root resource whose one GET method carries {@code annotation}, alone on its line. */
  private static JavaFileObject resourceWithMethodAnnotation(String annotation) {
    return source(
        "Orders",
        "@Path(\"/orders\")",
        "public class Orders {",
        "  @GET",
        "  " + annotation,
        "  public String list() { return null; }",
        "}");
  }

  private static Compilation compile(JavaFileObject... files) {
    return TestSources.compile(files);
  }

  /** Runs javac with the processor into real directories; returns the errors. */
  private static List<Diagnostic<? extends JavaFileObject>> compileToDisk(
      Path sourceOutput, Path classOutput, JavaFileObject... files) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fileManager =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      fileManager.setLocationFromPaths(StandardLocation.SOURCE_OUTPUT, List.of(sourceOutput));
      fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classOutput));
      JavaCompiler.CompilationTask task =
          javac.getTask(
              null,
              fileManager,
              diagnostics,
              List.of("-classpath", System.getProperty("java.class.path")),
              null,
              List.of(files));
      task.setProcessors(List.of(new BouncerProcessor()));
      task.call();
    }
    return diagnostics.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .collect(Collectors.toList());
  }

  private static Compilation compileRequiringExplicitPolicies(JavaFileObject... files) {
    return Compiler.javac()
        .withProcessors(new BouncerProcessor())
        .withOptions("-Abouncer.requireExplicit=true")
        .compile(files);
  }

  /**
   * The excerpt a DSL error ends with: the expression on a line of its own, and on the next a caret
   * under the 1-based {@code column}. (javac indents the continuation lines of a message, so the
   * indentation is matched, not fixed: the caret line must be indented exactly like the expression
   * line, plus {@code column - 1} spaces.)
   */
  private static Pattern caretUnder(String expression, int column) {
    return Pattern.compile(
        "\\n( *)" + Pattern.quote(expression) + "\\n\\1" + " ".repeat(column - 1) + "\\^(\\n|$)");
  }
}
