package dev.bouncer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

  private static void javac(Path out, String classpath, boolean processor, Path source)
      throws Exception {
    Files.createDirectories(out);
    List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-classpath", classpath));
    if (processor) {
      args.addAll(List.of("-processor", "dev.bouncer.processor.BouncerProcessor"));
    } else {
      args.add("-proc:none");
    }
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
