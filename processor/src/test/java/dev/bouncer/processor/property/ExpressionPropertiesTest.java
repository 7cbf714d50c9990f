package dev.bouncer.processor.property;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.bouncer.processor.BouncerProcessor;
import dev.bouncer.policy.Expr;
import dev.bouncer.policy.Parser;
import dev.bouncer.policy.SyntaxError;
import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.spi.Enforcer;
import dev.bouncer.runtime.spi.GeneratedGuards;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Properties of the expression language: printing and parsing agree; the generated filters decide
 * exactly as a reference evaluator does; and no input makes the processor throw.
 */
class ExpressionPropertiesTest {

  @Property(tries = 1000)
  void printingThenParsing_givesTheSameTree(@ForAll("expressions") Expr expr) throws SyntaxError {
    assertThat(Parser.parse(expr.toString())).isEqualTo(expr);
  }

  @Provide
  Arbitrary<Expr> expressions() {
    return Expressions.expressions();
  }

  /**
   * 25 random expressions per try, compiled by the real processor and javac into one resource
   * class; each generated filter is then run against every grant set and {id} value of a sample,
   * and must decide exactly as {@link Reference} does.
   */
  @Property(tries = 12)
  void generatedFilters_decideAsTheReferenceEvaluator(
      @ForAll("expressionBatches") @Size(25) List<Expr> batch,
      @ForAll("grantSets") @Size(12) List<Set<String>> grantSets)
      throws Exception {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("@jakarta.ws.rs.Path(\"/p\")");
    lines.add("@SuppressWarnings({\"bouncer:expression\", \"bouncer:template\"})");
    lines.add("public class Res {");
    for (int i = 0; i < batch.size(); i++) {
      lines.add("  @jakarta.ws.rs.GET @jakarta.ws.rs.Path(\"m" + i + "/{id}\")");
      lines.add("  @dev.bouncer.RequiresPermission(\"" + batch.get(i) + "\")");
      lines.add("  public String m" + i + "(@jakarta.ws.rs.PathParam(\"id\") String id) {");
      lines.add("    return null;");
      lines.add("  }");
    }
    lines.add("}");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new BouncerProcessor())
            .compile(JavaFileObjects.forSourceLines("test.Res", lines));
    assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
    GeneratedGuards guards =
        (GeneratedGuards)
            new CompiledClasses(compilation)
                .loadClass("test.Res_BouncerGuards")
                .getDeclaredConstructor()
                .newInstance();
    Enforcer enforcer =
        new Enforcer(
            Authorizer.fromGrants(caller -> ((Caller) caller.getUserPrincipal()).grants()),
            "Bearer",
            false,
            false);
    int cases = 0;
    for (int i = 0; i < batch.size(); i++) {
      ContainerRequestFilter filter =
          guards.guardFor("m" + i, new Class<?>[] {String.class}, enforcer);
      for (Set<String> grants : grantSets) {
        for (String id : Expressions.IDS) {
          boolean expected = Reference.permits(batch.get(i), grants, id);
          int status = run(filter, grants, id);
          assertWithMessage("%s with grants %s and id '%s'", batch.get(i), grants, id)
              .that(status)
              .isEqualTo(expected ? 0 : 403);
          cases++;
        }
      }
    }
    assertThat(cases).isEqualTo(25 * 12 * Expressions.IDS.size());
  }

  @Provide
  Arbitrary<List<Expr>> expressionBatches() {
    return Expressions.expressions().list();
  }

  @Provide
  Arbitrary<List<Set<String>>> grantSets() {
    return Arbitraries.of(Expressions.GRANTS).set().ofMaxSize(4).list();
  }

  /**
   * 15 random strings per try as @RequiresPermission values: the compilation either succeeds or
   * reports only keyed errors, each on a line of the source; never [BouncerInternal], never an
   * exception. Strings the parser accepts must not be rejected as syntax errors.
   */
  @Property(tries = 40)
  void randomStrings_neverCrashTheProcessor(@ForAll("values") @Size(15) List<String> values) {
    List<String> lines = new ArrayList<>();
    lines.add("package test;");
    lines.add("@jakarta.ws.rs.Path(\"/r/{id}\")");
    lines.add("public class Rand {");
    for (int i = 0; i < values.size(); i++) {
      lines.add("  @jakarta.ws.rs.GET @jakarta.ws.rs.Path(\"m" + i + "\")");
      lines.add("  @dev.bouncer.RequiresPermission(\"" + escape(values.get(i)) + "\")");
      lines.add("  public String m" + i + "() { return null; }");
    }
    lines.add("}");
    Compilation compilation =
        Compiler.javac()
            .withProcessors(new BouncerProcessor())
            .compile(JavaFileObjects.forSourceLines("test.Rand", lines));
    for (Diagnostic<? extends JavaFileObject> d : compilation.errors()) {
      String message = d.getMessage(Locale.ROOT);
      assertWithMessage("error without key: %s", message).that(message).startsWith("[Bouncer");
      assertThat(message).doesNotContain("[BouncerInternal]");
      assertWithMessage("error without a line: %s", message).that(d.getLineNumber()).isGreaterThan(0L);
    }
    for (String value : values) {
      boolean parses;
      try {
        Parser.parse(value);
        parses = true;
      } catch (SyntaxError e) {
        parses = false;
        assertThat(e.offset()).isAtLeast(0);
        assertThat(e.offset()).isAtMost(value.length());
      }
      if (!parses) {
        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
      }
    }
  }

  @Provide
  Arbitrary<List<String>> values() {
    Arbitrary<String> fragments =
        Arbitraries.of(
            "a", "orders", "read", ":", ",", "*", "{id}", "{x}", "&&", "||", "!", "(", ")", " ",
            "&", "|", "{", "}", "\"", "\\", "é", "\n", "-", ".", "_", "42");
    return fragments.list().ofMaxSize(8).map(l -> String.join("", l)).list();
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  /** Runs the filter for an identified caller; 0 when it let the request through. */
  private static int run(ContainerRequestFilter filter, Set<String> grants, String id)
      throws IOException {
    AtomicReference<Response> aborted = new AtomicReference<>();
    MultivaluedHashMap<String, String> path = new MultivaluedHashMap<>();
    path.add("id", id);
    UriInfo uri =
        (UriInfo)
            Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (p, m, a) -> {
                  if (m.getName().equals("getPathParameters")) {
                    return path;
                  }
                  throw new UnsupportedOperationException(m.getName());
                });
    SecurityContext caller = new Caller.Context(new Caller(grants));
    ContainerRequestContext request =
        (ContainerRequestContext)
            Proxy.newProxyInstance(
                ContainerRequestContext.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (p, m, a) ->
                    switch (m.getName()) {
                      case "getSecurityContext" -> caller;
                      case "getUriInfo" -> uri;
                      case "getProperty" -> null;
                      case "abortWith" -> {
                        aborted.set((Response) a[0]);
                        yield null;
                      }
                      default -> throw new UnsupportedOperationException(m.getName());
                    });
    filter.filter(request);
    return aborted.get() == null ? 0 : aborted.get().getStatus();
  }

  /** A principal with grants. */
  record Caller(Set<String> grants) implements Principal {
    @Override
    public String getName() {
      return "caller";
    }

    record Context(Caller caller) implements SecurityContext {
      @Override
      public Principal getUserPrincipal() {
        return caller;
      }

      @Override
      public boolean isUserInRole(String role) {
        return false;
      }

      @Override
      public boolean isSecure() {
        return false;
      }

      @Override
      public String getAuthenticationScheme() {
        return "test";
      }
    }
  }

  /** Loads the classes a compile-testing compilation wrote, resolving the rest from the test. */
  static final class CompiledClasses extends ClassLoader {
    private final Map<String, JavaFileObject> classes = new HashMap<>();

    CompiledClasses(Compilation compilation) {
      super(ExpressionPropertiesTest.class.getClassLoader());
      for (JavaFileObject file : compilation.generatedFiles()) {
        if (file.getKind() == JavaFileObject.Kind.CLASS) {
          String path = file.toUri().getPath();
          String name = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length());
          classes.put(name.replace(".class", "").replace('/', '.'), file);
        }
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      JavaFileObject file = classes.get(name);
      if (file == null) {
        throw new ClassNotFoundException(name);
      }
      try (InputStream in = file.openInputStream()) {
        byte[] bytes = in.readAllBytes();
        return defineClass(name, bytes, 0, bytes.length);
      } catch (IOException e) {
        throw new ClassNotFoundException(name, e);
      }
    }
  }
}
