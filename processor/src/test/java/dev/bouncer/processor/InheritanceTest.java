package dev.bouncer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static dev.bouncer.processor.TestSources.compile;
import static dev.bouncer.processor.TestSources.generated;
import static dev.bouncer.processor.TestSources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import dev.bouncer.runtime.spi.GeneratedGuards;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policies carried from interfaces and superclasses to the resource classes that implement them,
 * sub-resource locators, and the loosening lint. Each test compiles real sources with javac and
 * reads what the processor generated; the integration tests run the same shapes on real servers.
 */
class InheritanceTest {

  @Nested
  class FromInterfaces {
    @Test
    void interfaceMethodPolicy_guardsTheImplementation() {
      JavaFileObject api =
          source(
              "OrdersApi",
              "@Path(\"/orders\")",
              "public interface OrdersApi {",
              "  @GET",
              "  @RequiresPermission(\"orders:read\")",
              "  String list();",
              "}");
      JavaFileObject impl =
          source(
              "OrdersImpl",
              "public class OrdersImpl implements OrdersApi {",
              "  @Override",
              "  public String list() { return null; }",
              "}");

      Compilation compilation = compile(api, impl);

      assertThat(compilation).succeededWithoutWarnings();
      String guards = generated(compilation, "test.OrdersImpl_BouncerGuards");
      assertTrue(guards.contains("@RequiresPermission(\"orders:read\") inherited from OrdersApi.list()"), guards);
      assertTrue(guards.contains("Permission.of(new String[] {\"orders\"}, new String[] {\"read\"})"), guards);
      assertFalse(
          compilation.generatedSourceFile("test.OrdersApi_BouncerGuards").isPresent(),
          "an interface is not a resource: nothing to generate for it");
    }

    @Test
    void implementationWithoutAnyAnnotation_isFound() {
      // OrdersImpl carries no annotation at all: only its interface does.
      JavaFileObject api =
          source(
              "OrdersApi",
              "@Path(\"/orders\")",
              "@Authenticated",
              "public interface OrdersApi {",
              "  @GET",
              "  String list();",
              "}");
      JavaFileObject impl =
          source(
              "OrdersImpl",
              "public class OrdersImpl implements OrdersApi {",
              "  public String list() { return null; }",
              "}");

      Compilation compilation = compile(api, impl);

      assertThat(compilation).succeededWithoutWarnings();
      assertTrue(
          generated(compilation, "test.OrdersImpl_BouncerGuards")
              .contains("@Authenticated inherited from class OrdersApi"));
    }

    @Test
    void interfaceMethodPolicy_beatsTheImplementationsClassPolicy() {
      JavaFileObject api =
          source(
              "OrdersApi",
              "@Path(\"/orders\")",
              "public interface OrdersApi {",
              "  @DELETE",
              "  @RequiresPermission(\"orders:delete\")",
              "  void delete();",
              "}");
      JavaFileObject impl =
          source(
              "OrdersImpl",
              "@Authenticated",
              "public class OrdersImpl implements OrdersApi {",
              "  public void delete() {}",
              "}");

      Compilation compilation = compile(api, impl);

      assertThat(compilation).succeededWithoutWarnings();
      String guards = generated(compilation, "test.OrdersImpl_BouncerGuards");
      assertTrue(guards.contains("orders:delete"), guards);
      assertFalse(guards.contains("@Authenticated"), guards);
    }

    @Test
    void overridingMethodThatReannotates_winsOverTheInterface() {
      JavaFileObject api =
          source(
              "OrdersApi",
              "@Path(\"/orders\")",
              "public interface OrdersApi {",
              "  @GET",
              "  @RequiresPermission(\"orders:read\")",
              "  String list();",
              "}");
      JavaFileObject impl =
          source(
              "OrdersImpl",
              "public class OrdersImpl implements OrdersApi {",
              "  @RequiresPermission(\"orders:list\")",
              "  public String list() { return null; }",
              "}");

      String guards = generated(compile(api, impl), "test.OrdersImpl_BouncerGuards");

      assertTrue(guards.contains("@RequiresPermission(\"orders:list\") on the method"), guards);
      assertFalse(guards.contains("\"read\""), guards);
    }

    @Test
    void genericInterface_matchesBothTheErasedAndTheConcreteSignature() {
      JavaFileObject api =
          source(
              "CrudApi",
              "public interface CrudApi<T, ID> {",
              "  @GET",
              "  @Path(\"{id}\")",
              "  @RequiresPermission(\"crud:read:{id}\")",
              "  T get(@jakarta.ws.rs.PathParam(\"id\") ID id);",
              "}");
      JavaFileObject impl =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "public class Orders implements CrudApi<String, Long> {",
              "  public String get(Long id) { return null; }",
              "}");

      Compilation compilation = compile(api, impl);

      assertThat(compilation).succeededWithoutWarnings();
      String guards = generated(compilation, "test.Orders_BouncerGuards");
      assertTrue(guards.contains("\"get\", Long.class)"), guards);
      assertTrue(guards.contains("\"get\", Object.class)"), guards);
      assertTrue(guards.contains("RequestValues.path(request, \"id\")"), guards);
    }

    @Test
    void twoInterfacesWithDifferentPolicies_isAnError() {
      JavaFileObject readable =
          source(
              "Readable",
              "public interface Readable {",
              "  @GET",
              "  @RequiresPermission(\"orders:read\")",
              "  String list();",
              "}");
      JavaFileObject listable =
          source(
              "Listable",
              "public interface Listable {",
              "  @RequiresPermission(\"orders:list\")",
              "  String list();",
              "}");
      JavaFileObject impl =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "public class Orders implements Readable, Listable {",
              "  public String list() { return null; }",
              "}");

      Compilation compilation = compile(readable, listable, impl);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation)
          .hadErrorContaining(
              "[BouncerAmbiguousInheritance] Orders.list() inherits two different policies:"
                  + " @RequiresPermission(\"orders:read\") from Readable.list() and"
                  + " @RequiresPermission(\"orders:list\") from Listable.list()")
          .inFile(impl)
          .onLineContaining("public String list()");
      assertThat(compilation).hadErrorContaining("Annotate the method with the policy you mean.");
    }

    @Test
    void twoInterfacesWithTheSamePolicy_agree() {
      JavaFileObject a =
          source(
              "A",
              "public interface A {",
              "  @GET",
              "  @RequiresPermission(\"orders:read && orders:list\")",
              "  String list();",
              "}");
      JavaFileObject b =
          source(
              "B",
              "public interface B {",
              "  @RequiresPermission(\"orders:list && orders:read\")",
              "  String list();",
              "}");
      JavaFileObject impl =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "public class Orders implements A, B {",
              "  public String list() { return null; }",
              "}");

      assertThat(compile(a, b, impl)).succeededWithoutWarnings();
    }

    @Test
    void subInterfaceThatReannotates_isMoreSpecific() {
      JavaFileObject base =
          source(
              "Base",
              "public interface Base {",
              "  @GET",
              "  @RequiresPermission(\"orders:read\")",
              "  String list();",
              "}");
      JavaFileObject narrower =
          source(
              "Narrower",
              "public interface Narrower extends Base {",
              "  @Override",
              "  @RequiresPermission(\"orders:read && orders:audit\")",
              "  String list();",
              "}");
      JavaFileObject impl =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "public class Orders implements Narrower {",
              "  public String list() { return null; }",
              "}");

      Compilation compilation = compile(base, narrower, impl);

      assertThat(compilation).succeededWithoutWarnings();
      assertTrue(generated(compilation, "test.Orders_BouncerGuards").contains("orders:audit"));
    }

    @Test
    void interfaceFromAnotherCompilation_isCarriedOver(@TempDir Path dir) throws IOException {
      // First module: the API, compiled with the processor (which generates nothing for it).
      Compilation first =
          compile(
              source(
                  "OrdersApi",
                  "@Path(\"/orders\")",
                  "@RolesAllowed(\"clerk\")",
                  "public interface OrdersApi {",
                  "  @GET",
                  "  String list();",
                  "  @DELETE",
                  "  @Path(\"{id}\")",
                  "  @RequiresPermission(\"orders:delete:{id}\")",
                  "  void delete(@jakarta.ws.rs.PathParam(\"id\") long id);",
                  "}"));
      assertThat(first).succeededWithoutWarnings();
      Path classes = dir.resolve("api-classes");
      for (JavaFileObject file : first.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String name = file.getName().replaceFirst(".*/CLASS_OUTPUT/", "");
          Path target = classes.resolve(name);
          Files.createDirectories(target.getParent());
          try (InputStream in = file.openInputStream()) {
            Files.copy(in, target);
          }
        }
      }
      List<File> classpath = new ArrayList<>();
      classpath.add(classes.toFile());
      for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
        classpath.add(new File(entry));
      }

      // Second module: the implementation, against the API's class files only.
      Compilation second =
          Compiler.javac()
              .withProcessors(new BouncerProcessor())
              .withClasspath(classpath)
              .compile(
                  source(
                      "OrdersImpl",
                      "public class OrdersImpl implements OrdersApi {",
                      "  public String list() { return null; }",
                      "  public void delete(long id) {}",
                      "}"));

      assertThat(second).succeededWithoutWarnings();
      String guards = generated(second, "test.OrdersImpl_BouncerGuards");
      assertTrue(guards.contains("caller.isUserInRole(\"clerk\")"), guards);
      assertTrue(guards.contains("orders:delete:{id}"), guards);
      assertTrue(guards.contains("RequestValues.path(request, \"id\")"), guards);
    }
  }

  @Nested
  class FromSuperclasses {
    @Test
    void abstractClassPolicy_guardsTheConcreteSubclass() {
      JavaFileObject base =
          source(
              "AbstractOrders",
              "@RolesAllowed(\"ops\")",
              "public abstract class AbstractOrders {",
              "  @GET",
              "  public String list() { return null; }",
              "}");
      JavaFileObject concrete =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "public class Orders extends AbstractOrders {}");

      Compilation compilation = compile(base, concrete);

      assertThat(compilation).succeededWithoutWarnings();
      String guards = generated(compilation, "test.Orders_BouncerGuards");
      assertTrue(guards.contains("caller.isUserInRole(\"ops\")"), guards);
      assertTrue(guards.contains("inherited from class AbstractOrders"), guards);
    }

    @Test
    void subclassClassPolicy_beatsTheSuperclassClassPolicy() {
      JavaFileObject base =
          source(
              "AbstractOrders",
              "@RolesAllowed(\"ops\")",
              "public abstract class AbstractOrders {",
              "  @GET",
              "  public String list() { return null; }",
              "}");
      JavaFileObject concrete =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "@RolesAllowed(\"admin\")",
              "public class Orders extends AbstractOrders {}");

      String guards = generated(compile(base, concrete), "test.Orders_BouncerGuards");

      assertTrue(guards.contains("caller.isUserInRole(\"admin\")"), guards);
      assertFalse(guards.contains("\"ops\""), guards);
    }

    @Test
    void concreteSuperclassResource_andSubclass_eachGetTheirOwnGuards() {
      JavaFileObject base =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "@Authenticated",
              "public class Orders {",
              "  @GET",
              "  public String list() { return null; }",
              "}");
      JavaFileObject sub =
          source(
              "AuditedOrders",
              "@Path(\"/audited\")",
              "@RequiresPermission(\"orders:audit\")",
              "public class AuditedOrders extends Orders {}");

      Compilation compilation = compile(base, sub);

      assertThat(compilation).succeededWithoutWarnings();
      assertTrue(generated(compilation, "test.AuditedOrders_BouncerGuards").contains("orders:audit"));
      assertFalse(generated(compilation, "test.Orders_BouncerGuards").contains("orders:audit"));
    }
  }

  @Nested
  class Locators {
    @Test
    void locatorPolicy_isGeneratedForItsSubResourceType() {
      JavaFileObject file =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "public class Orders {",
              "  @Path(\"{id}/items\")",
              "  @RequiresPermission(\"orders:read:{id}\")",
              "  public Items items(@jakarta.ws.rs.PathParam(\"id\") String id) { return new Items(); }",
              "",
              "  @Path(\"any\")",
              "  @Authenticated",
              "  public Object anything() { return new Items(); }",
              "",
              "  @Path(\"typed\")",
              "  @DenyAll",
              "  public Class<? extends Items> typed() { return Items.class; }",
              "",
              "  public static class Items {",
              "    @GET",
              "    public String all() { return null; }",
              "  }",
              "}");

      Compilation compilation = compile(file);

      assertThat(compilation).succeededWithoutWarnings();
      GeneratedPolicies run = GeneratedPolicies.of(compilation);
      GeneratedGuards guards = run.guardsOf("test.Orders");
      // Every locator that may return an Items, in declaration order, each with its own policy;
      // the one returning Object may return anything.
      assertEquals(
          List.of("{id}/items=ALLOW", "any=ALLOW", "typed=DENY_ALL"),
          run.locators(guards, "test.Orders$Items", Set.of("orders:read:42"), "path:id=42"));
      assertEquals(
          List.of("{id}/items=FORBID", "any=ALLOW", "typed=DENY_ALL"),
          run.locators(guards, "test.Orders$Items", Set.of("orders:read:42"), "path:id=7"));
      assertEquals(
          List.of("any=ALLOW"),
          run.locators(guards, "java.lang.String", Set.of()),
          "only the locator returning Object may return a String");
      // A locator is found by its own signature too, for servers that say which one they invoked.
      assertEquals(
          "ALLOW",
          run.decide(guards, "items", List.of("java.lang.String"), Set.of("orders:read:42"), "path:id=42"));
      assertEquals("DENY_ALL", run.decide(guards, "typed", List.of(), Set.of()));
      assertEquals("UNKNOWN", run.decide(guards, "items", List.of(), Set.of()));
    }

    @Test
    void classPolicy_guardsItsLocators() {
      JavaFileObject file =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "@Authenticated",
              "public class Orders {",
              "  @Path(\"{id}/items\")",
              "  public Items items() { return new Items(); }",
              "",
              "  public static class Items {",
              "    @GET",
              "    public String all() { return null; }",
              "  }",
              "}");

      Compilation compilation = compile(file);

      assertThat(compilation).succeededWithoutWarnings();
      String guards = generated(compilation, "test.Orders_BouncerGuards");
      assertTrue(guards.contains("// LOCATOR /orders/{id}/items: @Authenticated on the class"), guards);
      GeneratedPolicies run = GeneratedPolicies.of(compilation);
      assertEquals(
          List.of("{id}/items=ALLOW"),
          run.locators(run.guardsOf("test.Orders"), "test.Orders$Items", Set.of()));
    }
  }

  @Nested
  class Loosening {
    @Test
    void permitAllInsideAGuardedClass_warns() {
      JavaFileObject file =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "@RequiresPermission(\"orders:read\")",
              "public class Orders {",
              "  @GET",
              "  @PermitAll",
              "  public String list() { return null; }",
              "}");

      Compilation compilation = compile(file);

      assertThat(compilation).succeeded();
      assertThat(compilation).hadWarningCount(1);
      assertThat(compilation)
          .hadWarningContaining(
              "[BouncerLoosening] Orders.list() has @PermitAll, which loosens its class's"
                  + " @RequiresPermission(\"orders:read\"): anyone, even an anonymous caller, may"
                  + " call it. If this is intended, add @SuppressWarnings(\"bouncer:loosening\") to"
                  + " the method.")
          .inFile(file)
          .onLineContaining("@PermitAll");
    }

    @Test
    void weakerPermission_warns() {
      JavaFileObject file =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "@RequiresPermission(\"orders:read && orders:list\")",
              "public class Orders {",
              "  @GET",
              "  @RequiresPermission(\"orders:read\")",
              "  public String list() { return null; }",
              "}");

      Compilation compilation = compile(file);

      assertThat(compilation).hadWarningCount(1);
      assertThat(compilation)
          .hadWarningContaining(
              "so does a caller who passes \"orders:read\" without passing \"orders:read && orders:list\"")
          .inFile(file)
          .onLineContaining("@RequiresPermission(\"orders:read\")");
    }

    @Test
    void wildcardWidening_warns_andAuthenticatedInsideAPermission_warns() {
      JavaFileObject file =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "@RequiresPermission(\"orders:read\")",
              "public class Orders {",
              "  @GET",
              "  @RequiresPermission(\"orders:read || admin:*\")",
              "  public String list() { return null; }",
              "  @GET",
              "  @Path(\"me\")",
              "  @Authenticated",
              "  public String me() { return null; }",
              "}");

      Compilation compilation = compile(file);

      assertThat(compilation).hadWarningCount(2);
      assertThat(compilation)
          .hadWarningContaining("any identified caller may call it, whatever their permissions.")
          .inFile(file)
          .onLineContaining("@Authenticated");
    }

    @Test
    void strongerOrEqualPolicies_doNotWarn() {
      JavaFileObject file =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "@RequiresPermission(\"orders:read\")",
              "public class Orders {",
              "  @GET",
              "  @RequiresPermission(\"orders:*\")",
              "  public String list() { return null; }",
              "  @DELETE",
              "  @DenyAll",
              "  public void delete() {}",
              "  @POST",
              "  @RequiresPermission(\"orders:read && orders:write\")",
              "  public void create() {}",
              "}");

      assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void suppressedOnTheMethod_isSilent() {
      JavaFileObject file =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "@RolesAllowed(\"clerk\")",
              "public class Orders {",
              "  @GET",
              "  @RolesAllowed({\"clerk\", \"guest\"})",
              "  @SuppressWarnings(\"bouncer:loosening\")",
              "  public String list() { return null; }",
              "}");

      assertThat(compile(file)).succeededWithoutWarnings();
    }

    @Test
    void extraRole_warns() {
      JavaFileObject file =
          source(
              "Orders",
              "@Path(\"/orders\")",
              "@RolesAllowed(\"clerk\")",
              "public class Orders {",
              "  @GET",
              "  @RolesAllowed({\"clerk\", \"guest\"})",
              "  public String list() { return null; }",
              "}");

      Compilation compilation = compile(file);

      assertEquals(1, compilation.warnings().size());
      assertThat(compilation).hadWarningContaining("it admits the roles guest that the class does not.");
    }
  }
}
