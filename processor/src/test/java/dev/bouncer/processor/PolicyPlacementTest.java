package dev.bouncer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.bouncer.processor.TestSources.compile;
import static dev.bouncer.processor.TestSources.decision;
import static dev.bouncer.processor.TestSources.generated;
import static dev.bouncer.processor.TestSources.source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Where a policy annotation may be written, and what the processor does with every place: a
 * policy on a type that is no resource, on a marker interface or an abstract base class, in an
 * anonymous or local class, or in a resource that needs a type another processor generates.
 */
class PolicyPlacementTest {

  private static String report(Compilation compilation) throws IOException {
    return compilation
        .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/bouncer/policy-report.json")
        .orElseThrow()
        .getCharContent(true)
        .toString()
        .replaceAll("\\s+", " ");
  }

  @Nested
  class NoResource {
    @Test
    void requiresPermission_onAnEnum_fails() {
      JavaFileObject file =
          source(
              "Level",
              "@RequiresPermission(\"levels:read\")",
              "public enum Level {",
              "  LOW, HIGH;",
              "  public String label() { return name(); }",
              "}");

      Compilation compilation = compile(file);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation)
          .hadErrorContaining("[BouncerNotResourceClass] Level has no resource methods")
          .inFile(file)
          .onLineContaining("@RequiresPermission(\"levels:read\")");
    }

    @Test
    void policyOnAnEnumMethodThatIsNoResourceMethod_fails() {
      JavaFileObject file =
          source(
              "Level",
              "public enum Level {",
              "  LOW;",
              "  @DenyAll public String label() { return name(); }",
              "}");

      Compilation compilation = compile(file);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[BouncerNotResourceMethod] label() is not a resource method")
          .inFile(file)
          .onLineContaining("@DenyAll");
    }

    @Test
    void composedAnnotationOnAnEnum_fails() {
      JavaFileObject admin =
          source(
              "AdminOnly",
              "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
              "@RequiresPermission(\"a\")",
              "public @interface AdminOnly {}");
      JavaFileObject file = source("Level", "@AdminOnly", "public enum Level { LOW }");

      Compilation compilation = compile(admin, file);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("[BouncerNotResourceClass] Level has no resource methods")
          .inFile(file)
          .onLineContaining("@AdminOnly");
    }

    @Test
    void anEnumThatIsASubResource_isGuarded() {
      JavaFileObject file =
          source(
              "Mode",
              "public enum Mode {",
              "  ON;",
              "  @GET @Authenticated public String get() { return name(); }",
              "}");

      Compilation compilation = compile(file);

      assertThat(compilation).succeededWithoutWarnings();
      assertEquals("ALLOW", decision(compilation, "test.Mode", "get"));
    }
  }

  @Nested
  class InheritedClassLevel {
    @Test
    void markerInterfaceClassPolicy_guardsTheResourceThatImplementsIt() throws IOException {
      JavaFileObject marker =
          source("Secured", "@RequiresPermission(\"marked:read\")", "public interface Secured {}");
      JavaFileObject resource =
          source(
              "R",
              "@Path(\"/r\")",
              "public class R implements Secured {",
              "  @GET public String get() { return null; }",
              "}");

      Compilation compilation = compile(marker, resource);

      assertThat(compilation).succeededWithoutWarnings();
      String guards = generated(compilation, "test.R_BouncerGuards");
      assertTrue(
          guards.contains(
              "// GET /r: @RequiresPermission(\"marked:read\") inherited from class Secured"),
          guards);
      assertEquals("ALLOW", decision(compilation, "test.R", "get", "marked:read"));
      assertEquals("FORBID", decision(compilation, "test.R", "get"));
      String report = report(compilation);
      assertTrue(
          report.contains("\"origin\": {\"kind\": \"INTERFACE\", \"declaredOn\": \"test.Secured\"}"),
          report);
    }

    @Test
    void abstractBaseClassPolicy_guardsTheSubclassesOwnResourceMethods() {
      JavaFileObject base =
          source(
              "Base",
              "@RolesAllowed(\"based\")",
              "public abstract class Base {",
              "  @GET @Path(\"a\") public String a() { return null; }",
              "}");
      JavaFileObject resource =
          source(
              "Based",
              "@Path(\"/based\")",
              "public class Based extends Base {",
              "  @GET @Path(\"b\") public String b() { return null; }",
              "}");

      Compilation compilation = compile(base, resource);

      assertThat(compilation).succeededWithoutWarnings();
      String guards = generated(compilation, "test.Based_BouncerGuards");
      assertTrue(
          guards.contains("// GET /based/b: @RolesAllowed({\"based\"}) inherited from class Base"),
          guards);
      assertTrue(
          guards.contains("// GET /based/a: @RolesAllowed({\"based\"}) inherited from class Base"),
          guards);
      assertFalse(guards.contains("NO_POLICY"), guards);
    }

    @Test
    void theResourceClassesOwnPolicy_beatsAMarkerInterfaces() {
      JavaFileObject marker =
          source("Secured", "@RequiresPermission(\"marked:read\")", "public interface Secured {}");
      JavaFileObject resource =
          source(
              "R",
              "@Path(\"/r\")",
              "@Authenticated",
              "public class R implements Secured {",
              "  @GET public String get() { return null; }",
              "}");

      Compilation compilation = compile(marker, resource);

      assertThat(compilation).succeededWithoutWarnings();
      assertTrue(
          generated(compilation, "test.R_BouncerGuards")
              .contains("// GET /r: @Authenticated on the class"));
    }

    @Test
    void theNearerSupertype_beatsTheFartherOne() {
      JavaFileObject far =
          source("Far", "@RequiresPermission(\"far\")", "public interface Far {}");
      JavaFileObject near =
          source("Near", "@RequiresPermission(\"near\")", "public interface Near extends Far {}");
      JavaFileObject resource =
          source(
              "R",
              "@Path(\"/r\")",
              "public class R implements Near {",
              "  @GET public String get() { return null; }",
              "}");

      Compilation compilation = compile(far, near, resource);

      assertThat(compilation).succeededWithoutWarnings();
      assertTrue(
          generated(compilation, "test.R_BouncerGuards")
              .contains("@RequiresPermission(\"near\") inherited from class Near"));
    }

    @Test
    void twoUnrelatedSupertypesWithDifferentClassPolicies_isAnError() {
      JavaFileObject one = source("One", "@RequiresPermission(\"one\")", "public interface One {}");
      JavaFileObject two = source("Two", "@RolesAllowed(\"two\")", "public interface Two {}");
      JavaFileObject resource =
          source(
              "R",
              "@Path(\"/r\")",
              "public class R implements One, Two {",
              "  @GET",
              "  public String get() { return null; }",
              "}");

      Compilation compilation = compile(one, two, resource);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation)
          .hadErrorContaining("[BouncerAmbiguousInheritance] R.get() inherits two different policies")
          .inFile(resource)
          .onLineContaining("public String get()");
    }
  }

  @Nested
  class LocalAndAnonymous {
    @Test
    void anonymousClassWithAPolicy_returnedByALocator_fails() {
      JavaFileObject resource =
          source(
              "R",
              "@Path(\"/r\")",
              "public class R {",
              "  @Path(\"sub\")",
              "  public Object sub() {",
              "    return new Object() {",
              "      @GET",
              "      @RequiresPermission(\"sub:read\")",
              "      public String get() { return null; }",
              "    };",
              "  }",
              "}");

      Compilation compilation = compile(resource);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation)
          .hadErrorContaining(
              "[BouncerLocalClass] the anonymous class in R.sub() carries @RequiresPermission on"
                  + " get().")
          .inFile(resource)
          .onLineContaining("@RequiresPermission(\"sub:read\")");
      assertThat(compilation)
          .hadErrorContaining("Make it a named class: a static nested class or a top-level class");
    }

    @Test
    void localClassWithAClassLevelPolicy_fails() {
      JavaFileObject resource =
          source(
              "R",
              "@Path(\"/r\")",
              "public class R {",
              "  @Path(\"sub\")",
              "  public Object sub() {",
              "    @jakarta.annotation.security.RolesAllowed(\"x\")",
              "    class Sub {",
              "      @GET public String get() { return null; }",
              "    }",
              "    return new Sub();",
              "  }",
              "}");

      Compilation compilation = compile(resource);

      assertThat(compilation).hadErrorCount(1);
      assertThat(compilation)
          .hadErrorContaining("[BouncerLocalClass] the local class Sub in R.sub() carries @RolesAllowed.")
          .inFile(resource)
          .onLineContaining("@jakarta.annotation.security.RolesAllowed(\"x\")");
    }

    @Test
    void anonymousClassWithAComposedPolicy_fails() {
      JavaFileObject admin =
          source(
              "AdminOnly",
              "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)",
              "@RequiresPermission(\"a\")",
              "public @interface AdminOnly {}");
      JavaFileObject resource =
          source(
              "R",
              "@Path(\"/r\")",
              "public class R {",
              "  @Path(\"sub\")",
              "  public Object sub() {",
              "    return new Object() {",
              "      @GET @AdminOnly public String get() { return null; }",
              "    };",
              "  }",
              "}");

      Compilation compilation = compile(admin, resource);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining("carries @AdminOnly (meta: @RequiresPermission) on get()")
          .inFile(resource)
          .onLineContaining("@AdminOnly public String get()");
    }

    @Test
    void anonymousImplementationOfAnAnnotatedInterface_fails() {
      JavaFileObject api =
          source(
              "Api",
              "public interface Api {",
              "  @GET @RequiresPermission(\"api:read\") String get();",
              "}");
      JavaFileObject resource =
          source(
              "R",
              "@Path(\"/r\")",
              "public class R {",
              "  @Path(\"sub\")",
              "  public Api sub() {",
              "    return new Api() {",
              "      public String get() { return null; }",
              "    };",
              "  }",
              "}");

      Compilation compilation = compile(api, resource);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining(
              "[BouncerLocalClass] the anonymous class in R.sub() implements Api, which declares"
                  + " @RequiresPermission on Api.get()")
          .inFile(resource)
          .onLineContaining("return new Api()");
    }

    /** A supertype named through a nested class of the resource: the abstract base declares it. */
    @Test
    void anonymousSubclassOfANestedAbstractBaseWithAPolicy_fails() {
      JavaFileObject resource =
          source(
              "R",
              "@Path(\"/r\")",
              "public class R {",
              "  @RequiresPermission(\"base:read\")",
              "  public abstract static class Base { @GET public String get() { return null; } }",
              "  @Path(\"sub\")",
              "  public Object sub() {",
              "    return new Base() {};",
              "  }",
              "}");

      Compilation compilation = compile(resource);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining(
              "[BouncerLocalClass] the anonymous class in R.sub() extends Base, which declares"
                  + " @RequiresPermission on Base.")
          .inFile(resource)
          .onLineContaining("return new Base()");
    }

    /**
     * Supertypes named through a single-type import (with type arguments), an on-demand import and
     * a qualified nested name, from a local class in a constructor and an anonymous class in an
     * initializer of a nested class: each is found, and each report names where the class is.
     */
    @Test
    void supertypesNamedThroughImportsAndNesting_areFound_wherever_theClassIs() {
      JavaFileObject generic =
          JavaFileObjects.forSourceLines(
              "other.Api",
              "package other;",
              "public interface Api<T> {",
              "  @jakarta.ws.rs.GET @dev.bouncer.RequiresPermission(\"api:read\") T get();",
              "}");
      JavaFileObject onDemand =
          JavaFileObjects.forSourceLines(
              "more.Listing",
              "package more;",
              "public interface Listing {",
              "  @jakarta.ws.rs.GET @dev.bouncer.Authenticated String list();",
              "  interface Deep {",
              "    @jakarta.ws.rs.GET @jakarta.annotation.security.RolesAllowed(\"ops\") String deep();",
              "  }",
              "}");
      JavaFileObject resource =
          JavaFileObjects.forSourceLines(
              "test.R",
              "package test;",
              "import other.Api;",
              "import more.*;",
              "@jakarta.ws.rs.Path(\"/r\")",
              "public class R {",
              "  public R() {",
              "    class Local implements Api<String> { public String get() { return null; } }",
              "  }",
              "  static class Holder {",
              "    Object listing;",
              "    {",
              "      listing = new Listing() { public String list() { return null; } };",
              "    }",
              "    Object deep() {",
              "      return new Listing.Deep() { public String deep() { return null; } };",
              "    }",
              "  }",
              "  @jakarta.ws.rs.GET public String get() { return null; }",
              "}");

      Compilation compilation = compile(generic, onDemand, resource);

      assertThat(compilation).hadErrorCount(3);
      assertThat(compilation)
          .hadErrorContaining(
              "[BouncerLocalClass] the local class Local in a constructor of R implements Api, which"
                  + " declares @RequiresPermission on Api.get()")
          .inFile(resource)
          .onLineContaining("class Local implements Api<String>");
      assertThat(compilation)
          .hadErrorContaining(
              "[BouncerLocalClass] the anonymous class in Holder (an initializer) implements"
                  + " Listing, which declares @Authenticated on Listing.list()")
          .inFile(resource)
          .onLineContaining("listing = new Listing()");
      assertThat(compilation)
          .hadErrorContaining(
              "[BouncerLocalClass] the anonymous class in Holder.deep() implements Deep, which"
                  + " declares @RolesAllowed on Deep.deep()")
          .inFile(resource)
          .onLineContaining("return new Listing.Deep()");
    }

    /**
     * A concrete supertype is a resource class of its own, with generated policies the runtime
     * finds for the subclass: only abstract types and interfaces are reported.
     */
    @Test
    void anonymousSubclassOfAConcreteAnnotatedClass_isNotReported() {
      JavaFileObject resource =
          source(
              "R",
              "@Path(\"/r\")",
              "public class R {",
              "  @RequiresPermission(\"sub:read\")",
              "  public static class Sub { @GET public String get() { return null; } }",
              "  @Path(\"sub\")",
              "  public Object sub() {",
              "    return new Sub() {};",
              "  }",
              "}");

      assertThat(compile(resource)).succeeded();
    }

    @Test
    void anonymousAndLocalClassesWithoutPolicies_compile() {
      JavaFileObject resource =
          source(
              "R",
              "@Path(\"/r\")",
              "public class R {",
              "  @GET public String get() {",
              "    Runnable r = new Runnable() { @Override public void run() {} };",
              "    class Helper { @Deprecated void help() {} }",
              "    return String.valueOf(r) + new Helper();",
              "  }",
              "}");

      assertThat(compile(resource)).succeededWithoutWarnings();
    }
  }

  @Nested
  class GeneratedTypes {
    private final JavaFileObject parent =
        source(
            "Parent",
            "import test.gen.Generated;",
            "",
            "@Path(\"/p\")",
            "@Authenticated",
            "public class Parent {",
            "  @Path(\"sub\") public Generated sub() { return new Generated(); }",
            "  @Path(\"cls\") public Class<Generated> cls() { return Generated.class; }",
            "}");

    @Test
    void locatorReturningATypeAnotherProcessorGenerates_isDeferredUntilItExists()
        throws IOException {
      Compilation compilation =
          Compiler.javac()
              .withProcessors(new GeneratesSource(
                      "test.gen.Generated",
                      "package test.gen;",
                      "public class Generated {",
                      "  @jakarta.ws.rs.GET @dev.bouncer.RequiresPermission(\"gen:read\")",
                      "  public String get() { return null; }",
                      "}"), new BouncerProcessor())
              .compile(parent);

      assertThat(compilation).succeededWithoutWarnings();
      String guards = generated(compilation, "test.Parent_BouncerGuards");
      assertTrue(guards.contains("if (test.gen.Generated.class.isAssignableFrom(subResourceClass))"), guards);
      assertFalse(guards.contains("isA(subResourceClass"), guards);
      assertTrue(guards.contains("// LOCATOR /p/sub returns test.gen.Generated\n"), guards);
      String report = report(compilation);
      assertTrue(report.contains("\"fullPath\": \"/p/sub\""), report);
      assertTrue(generated(compilation, "test.gen.Generated_BouncerGuards").contains("gen:read"));
    }

    @Test
    void aTypeNoRoundGenerates_isReportedInTheLastRound() {
      Compilation compilation =
          Compiler.javac()
              .withProcessors(GeneratesSource.nothing(), new BouncerProcessor())
              .compile(parent);

      assertThat(compilation).failed();
      assertThat(compilation)
          .hadErrorContaining(
              "[BouncerUnresolvedType] test.Parent uses Generated, java.lang.Class<Generated>,"
                  + " which no round of annotation processing produced")
          .inFile(parent)
          .onLineContaining("public class Parent");
    }
  }
}
