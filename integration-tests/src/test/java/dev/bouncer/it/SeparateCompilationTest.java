package dev.bouncer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.app.Apps;
import dev.bouncer.it.app.Hits;
import dev.bouncer.it.app.TestAuthenticationFilter;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An API interface compiled on its own (as in its own Maven module, with the processor), and a
 * resource implementing it compiled later against the interface's class files only, as a second
 * module would be. The policies on the interface must hold on a real server.
 */
public abstract class SeparateCompilationTest {
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TempDir Path dir;

  protected abstract ServerUnderTest.Factory factory();

  @Test
  void interfaceFromAnotherModule_itsPoliciesHold() throws Exception {
    Class<?> resource = compileBoth("SepA", true);
    try (ServerUnderTest server = factory().start(Apps.explicitWith(Set.of(resource)))) {
      assertEquals(401, get(server, "/sepa/9").statusCode());
      assertEquals(403, get(server, "/sepa/9", "stock:read:8").statusCode());
      assertEquals(403, get(server, "/sepa/*", "stock:read:8").statusCode());
      assertEquals(0, Hits.count("dyn.SepA"), "nothing ran for the denied requests");
      HttpResponse<String> allowed = get(server, "/sepa/9", "stock:read:9");
      assertEquals(200, allowed.statusCode(), allowed.body());
      assertEquals(1, Hits.count("dyn.SepA"));
    }
  }

  @Test
  void implementationCompiledWithoutTheProcessor_isDenied() throws Exception {
    Class<?> resource = compileBoth("SepB", false);
    try (ServerUnderTest server = factory().start(Apps.explicitWith(Set.of(resource)))) {
      assertEquals(500, get(server, "/sepb/9", "stock:read:9").statusCode());
      assertEquals(0, Hits.count("dyn.SepB"));
    }
  }

  /**
   * A top-level {@code Clash_Inner} in one module and a nested {@code Clash.Inner} in another, same
   * package: joined with {@code _} their generated classes would share a name, and one class's
   * policy would guard the other. Each must keep its own.
   */
  @Test
  void topLevelAndNestedClassOfTheSameJoinedName_fromTwoModules_eachKeepsItsOwnPolicy()
      throws Exception {
    String pkg = "dev.bouncer.it.clash";
    Path flat =
        write(
            pkg,
            "Clash_Inner",
            "import dev.bouncer.RequiresPermission;\n"
                + "import jakarta.ws.rs.*;\n"
                + "@Path(\"/flat\")\n"
                + "public class Clash_Inner {\n"
                + "  @GET @RequiresPermission(\"flat:read\")\n"
                + "  public String get() { return dev.bouncer.it.app.Hits.record(\"dyn.flat\"); }\n"
                + "}\n");
    Path nested =
        write(
            pkg,
            "Clash",
            "import dev.bouncer.RequiresPermission;\n"
                + "import jakarta.ws.rs.*;\n"
                + "public class Clash {\n"
                + "  @Path(\"/nested\")\n"
                + "  public static class Inner {\n"
                + "    @GET @RequiresPermission(\"nested:read\")\n"
                + "    public String get() { return dev.bouncer.it.app.Hits.record(\"dyn.nested\"); }\n"
                + "  }\n"
                + "}\n");
    Path flatClasses = dir.resolve("flat-classes");
    Path nestedClasses = dir.resolve("nested-classes");
    javac(flatClasses, System.getProperty("java.class.path"), true, flat);
    javac(nestedClasses, System.getProperty("java.class.path"), true, nested);
    // Both orders on the class path: whichever module comes first must not guard the other's class.
    for (List<Path> order :
        List.of(List.of(flatClasses, nestedClasses), List.of(nestedClasses, flatClasses))) {
      URLClassLoader loader =
          new URLClassLoader(
              new URL[] {order.get(0).toUri().toURL(), order.get(1).toUri().toURL()},
              getClass().getClassLoader());
      Set<Class<?>> resources =
          Set.of(loader.loadClass(pkg + ".Clash_Inner"), loader.loadClass(pkg + ".Clash$Inner"));
      int flatBefore = Hits.count("dyn.flat");
      int nestedBefore = Hits.count("dyn.nested");
      try (ServerUnderTest server = factory().start(Apps.explicitWith(resources))) {
        assertEquals(401, get(server, "/flat").statusCode());
        assertEquals(401, get(server, "/nested").statusCode());
        assertEquals(403, get(server, "/flat", "nested:read").statusCode(), order.toString());
        assertEquals(403, get(server, "/nested", "flat:read").statusCode(), order.toString());
        assertEquals(flatBefore, Hits.count("dyn.flat"), "nothing ran for the denied requests");
        assertEquals(nestedBefore, Hits.count("dyn.nested"), "nothing ran for the denied requests");
        assertEquals(200, get(server, "/flat", "flat:read").statusCode());
        assertEquals(200, get(server, "/nested", "nested:read").statusCode());
        assertEquals(flatBefore + 1, Hits.count("dyn.flat"));
        assertEquals(nestedBefore + 1, Hits.count("dyn.nested"));
      }
    }
  }

  /**
   * A generated class found under a resource class's generated name but generated for another
   * class (here: the one generated for {@code Other}, renamed, as a stale or colliding build could
   * leave it) is never used for it: every request is denied with 500 and the log names both.
   */
  @Test
  void generatedClassForAnotherResource_underThisOnesName_isRefused_andTheLogNamesBoth()
      throws Exception {
    String pkg = "dev.bouncer.it.impostor";
    Path other =
        write(
            pkg,
            "Other",
            "import dev.bouncer.RequiresPermission;\n"
                + "import jakarta.ws.rs.*;\n"
                + "@Path(\"/other\")\n"
                + "public class Other {\n"
                + "  @GET @RequiresPermission(\"other:read\")\n"
                + "  public String get() { return \"other\"; }\n"
                + "}\n");
    Path otherClasses = dir.resolve("other-classes");
    Path otherSources = dir.resolve("other-generated");
    Files.createDirectories(otherSources);
    javac(otherClasses, System.getProperty("java.class.path"), true, other, "-s", otherSources.toString());
    String generated =
        Files.readString(otherSources.resolve(pkg.replace('.', '/') + "/Other_BouncerGuards.java"));
    Path victim =
        write(
            pkg,
            "Victim",
            "import dev.bouncer.RequiresPermission;\n"
                + "import jakarta.ws.rs.*;\n"
                + "@Path(\"/victim\")\n"
                + "public class Victim {\n"
                + "  @GET @RequiresPermission(\"victim:read\")\n"
                + "  public String get() { return dev.bouncer.it.app.Hits.record(\"dyn.victim\"); }\n"
                + "}\n");
    Path impostor =
        write(pkg, "Victim_BouncerGuards", generated.substring(generated.indexOf('\n') + 1)
            .replace("Other_BouncerGuards", "Victim_BouncerGuards"));
    Path victimClasses = dir.resolve("victim-classes");
    javac(
        victimClasses,
        otherClasses + File.pathSeparator + System.getProperty("java.class.path"),
        false,
        victim,
        impostor.toString());
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {victimClasses.toUri().toURL(), otherClasses.toUri().toURL()},
            getClass().getClassLoader());
    Class<?> resource = loader.loadClass(pkg + ".Victim");
    List<LogRecord> logged = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Logger log = Logger.getLogger("dev.bouncer");
    log.addHandler(capture);
    int before = Hits.count("dyn.victim");
    try (ServerUnderTest server = factory().start(Apps.explicitWith(Set.of(resource)))) {
      assertEquals(500, get(server, "/victim", "other:read").statusCode());
      assertEquals(500, get(server, "/victim", "victim:read").statusCode());
      assertEquals(before, Hits.count("dyn.victim"));
    } finally {
      log.removeHandler(capture);
    }
    assertTrue(
        logged.stream()
            .anyMatch(
                r ->
                    r.getThrown() != null
                        && r.getThrown().getMessage().contains("for the resource class " + pkg + ".Other")
                        && r.getThrown().getMessage().contains("not for " + pkg + ".Victim")),
        () -> "the log names both classes: " + logged.stream().map(r -> r.getMessage() + " / " + r.getThrown()).toList());
  }

  /** Compiles the API into one directory, then the implementation against it into another. */
  private Class<?> compileBoth(String name, boolean processorForImplementation) throws Exception {
    String pkg = "dev.bouncer.it.sep";
    Path api = write(
        pkg,
        name + "Api",
        "import dev.bouncer.RequiresPermission;\n"
            + "import jakarta.ws.rs.*;\n"
            + "@Path(\"/" + name.toLowerCase() + "\")\n"
            + "public interface " + name + "Api {\n"
            + "  @GET @Path(\"{sku}\")\n"
            + "  @RequiresPermission(\"stock:read:{sku}\")\n"
            + "  String get(@PathParam(\"sku\") String sku);\n"
            + "}\n");
    Path impl = write(
        pkg,
        name + "Impl",
        "public class " + name + "Impl implements " + name + "Api {\n"
            + "  public String get(String sku) {\n"
            + "    return dev.bouncer.it.app.Hits.record(\"dyn." + name + "\");\n"
            + "  }\n"
            + "}\n");
    Path apiClasses = dir.resolve("api-classes");
    Path implClasses = dir.resolve("impl-classes");
    javac(apiClasses, System.getProperty("java.class.path"), true, api);
    javac(
        implClasses,
        apiClasses + File.pathSeparator + System.getProperty("java.class.path"),
        processorForImplementation,
        impl);
    URLClassLoader loader =
        new URLClassLoader(
            new URL[] {apiClasses.toUri().toURL(), implClasses.toUri().toURL()},
            getClass().getClassLoader());
    return loader.loadClass(pkg + "." + name + "Impl");
  }

  private Path write(String pkg, String simpleName, String body) throws Exception {
    Path src = dir.resolve("src/" + pkg.replace('.', '/') + "/" + simpleName + ".java");
    Files.createDirectories(src.getParent());
    Files.writeString(src, "package " + pkg + ";\n" + body);
    return src;
  }

  private static void javac(
      Path out, String classpath, boolean processor, Path source, String... more)
      throws Exception {
    Files.createDirectories(out);
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath", classpath));
    if (processor) {
      args.addAll(List.of("-processor", "dev.bouncer.processor.BouncerProcessor"));
    } else {
      args.add("-proc:none");
    }
    args.addAll(List.of(more));
    args.add(source.toString());
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc =
        compiler.run(null, OutputStream.nullOutputStream(), diagnostics, args.toArray(String[]::new));
    assertEquals(0, rc, () -> "javac failed: " + diagnostics);
  }

  private HttpResponse<String> get(ServerUnderTest server, String path, String... grants)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.baseUri().resolve(path)).timeout(Duration.ofSeconds(10));
    if (grants.length > 0) {
      request.header(TestAuthenticationFilter.USER, "sam");
      request.header(TestAuthenticationFilter.GRANTS, String.join(" ", grants));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
