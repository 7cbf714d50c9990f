package dev.bouncer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.app.Apps;
import dev.bouncer.it.app.Hits;
import dev.bouncer.it.app.TestAuthenticationFilter;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
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
 * The endpoint is never served open when its generated policy is missing or broken. Each test
 * compiles a resource with a real javac while it runs (with or without Bouncer's processor), then
 * deploys it on a real server.
 */
public abstract class FailClosedTest {
  private static final String PACKAGE = "dev.bouncer.it.dyn";
  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @TempDir Path dir;

  protected abstract ServerUnderTest.Factory factory();

  @Test
  void processorDidNotRun_annotatedEndpointIsDenied() throws Exception {
    Class<?> resource = compile("NoProcessorResource", "@RequiresPermission(\"orders:read\")", false);
    try (ServerUnderTest server = factory().start(Apps.explicitWith(Set.of(resource)))) {
      assertDenied(server, "/noprocessorresource", "dyn.NoProcessorResource");
    }
  }

  @Test
  void processorDidNotRun_classLevelAnnotationIsDenied() throws Exception {
    Class<?> resource =
        compile("ClassLevelResource", "", false, "@dev.bouncer.Authenticated");
    try (ServerUnderTest server = factory().start(Apps.explicitWith(Set.of(resource)))) {
      assertDenied(server, "/classlevelresource", "dyn.ClassLevelResource");
    }
  }

  @Test
  void processorDidNotRun_composedAnnotationIsDenied() throws Exception {
    Class<?> resource =
        compile("ComposedNoProcessorResource", "@dev.bouncer.it.app.AdminOnly", false);
    try (ServerUnderTest server = factory().start(Apps.explicitWith(Set.of(resource)))) {
      assertDenied(server, "/composednoprocessorresource", "dyn.ComposedNoProcessorResource");
    }
  }

  @Test
  void processorDidNotRun_classLevelComposedAnnotationIsDenied() throws Exception {
    Class<?> resource =
        compile("ComposedClassResource", "", false, "@dev.bouncer.it.app.SuperAdmin");
    try (ServerUnderTest server = factory().start(Apps.explicitWith(Set.of(resource)))) {
      assertDenied(server, "/composedclassresource", "dyn.ComposedClassResource");
    }
  }

  @Test
  void processorDidNotRun_unannotatedEndpointStaysOpen() throws Exception {
    Class<?> resource = compile("PlainResource", "", false);
    try (ServerUnderTest server = factory().start(Apps.explicitWith(Set.of(resource)))) {
      HttpResponse<String> response = get(server, "/plainresource");
      assertEquals(200, response.statusCode());
      assertEquals(1, Hits.count("dyn.PlainResource"));
    }
  }

  @Test
  void generatedGuardClassMissing_endpointIsDenied() throws Exception {
    Class<?> resource =
        compile(
            "BrokenGuardResource",
            "@RequiresPermission(\"orders:read\")",
            true,
            "",
            // the generated class disappears after compilation (a packaging step that drops it)
            "BrokenGuardResource_BouncerGuards.class");
    try (ServerUnderTest server = factory().start(Apps.explicitWith(Set.of(resource)))) {
      assertDenied(server, "/brokenguardresource", "dyn.BrokenGuardResource");
    }
  }

  @Test
  void generatedIndexCorrupt_endpointIsDenied() throws Exception {
    Path classes = dir.resolve("classes");
    Class<?> resource =
        compileWith(
            "CorruptResource", "@RequiresPermission(\"orders:read\")", true, "", classes, () -> {
              Path index = classes.resolve("dev/bouncer/it/dyn/CorruptResource_BouncerGuards.class");
              Files.write(index, new byte[] {(byte) 0xCA, (byte) 0xFE, 0, 1, 2, 3});
            });
    try (ServerUnderTest server = factory().start(Apps.explicitWith(Set.of(resource)))) {
      assertDenied(server, "/corruptresource", "dyn.CorruptResource");
    }
  }

  @Test
  void processorRan_sameResourceWorks() throws Exception {
    Class<?> resource = compile("WorkingResource", "@RequiresPermission(\"orders:read\")", true);
    try (ServerUnderTest server = factory().start(Apps.explicitWith(Set.of(resource)))) {
      assertEquals(401, get(server, "/workingresource").statusCode());
      assertEquals(403, get(server, "/workingresource", "orders:write").statusCode());
      assertEquals(200, get(server, "/workingresource", "orders:read").statusCode());
      assertEquals(1, Hits.count("dyn.WorkingResource"));
    }
  }

  private void assertDenied(ServerUnderTest server, String path, String key) throws Exception {
    HttpResponse<String> response = get(server, path, "orders:read");
    assertEquals(500, response.statusCode(), response.body());
    assertTrue(
        response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    assertTrue(response.body().contains("\"status\":500"), response.body());
    HttpResponse<String> anonymous = get(server, path);
    assertEquals(500, anonymous.statusCode(), anonymous.body());
    assertEquals(0, Hits.count(key), "the resource method must never run");
  }

  private HttpResponse<String> get(ServerUnderTest server, String path, String... grants)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.baseUri().resolve(path)).timeout(Duration.ofSeconds(10));
    if (grants.length > 0) {
      request.header(TestAuthenticationFilter.USER, "tess");
      request.header(TestAuthenticationFilter.GRANTS, String.join(" ", grants));
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private Class<?> compile(String name, String methodAnnotation, boolean withProcessor)
      throws Exception {
    return compile(name, methodAnnotation, withProcessor, "");
  }

  private Class<?> compile(
      String name,
      String methodAnnotation,
      boolean withProcessor,
      String classAnnotation,
      String... deleteAfter)
      throws Exception {
    Path classes = dir.resolve("classes");
    return compileWith(
        name,
        methodAnnotation,
        withProcessor,
        classAnnotation,
        classes,
        () -> {
          for (String file : deleteAfter) {
            Files.delete(classes.resolve("dev/bouncer/it/dyn/" + file));
          }
        });
  }

  interface Tamper {
    void run() throws IOException;
  }

  private Class<?> compileWith(
      String name,
      String methodAnnotation,
      boolean withProcessor,
      String classAnnotation,
      Path classes,
      Tamper tamper)
      throws Exception {
    Path src = dir.resolve("src/dev/bouncer/it/dyn/" + name + ".java");
    Files.createDirectories(src.getParent());
    Files.createDirectories(classes);
    Files.writeString(
        src,
        "package "
            + PACKAGE
            + ";\n"
            + "import dev.bouncer.RequiresPermission;\n"
            + "import jakarta.ws.rs.GET;\n"
            + "import jakarta.ws.rs.Path;\n"
            + classAnnotation
            + "\n@Path(\"/"
            + name.toLowerCase()
            + "\")\npublic class "
            + name
            + " {\n  @GET\n  "
            + methodAnnotation
            + "\n  public String get() {\n"
            + "    return dev.bouncer.it.app.Hits.record(\"dyn."
            + name
            + "\");\n  }\n}\n");
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>();
    args.addAll(List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path")));
    if (withProcessor) {
      args.addAll(List.of("-processor", "dev.bouncer.processor.BouncerProcessor"));
    } else {
      args.add("-proc:none");
    }
    args.add(src.toString());
    ByteArrayOutputStream diagnostics = new ByteArrayOutputStream();
    int rc = javac.run(null, OutputStream.nullOutputStream(), diagnostics, args.toArray(String[]::new));
    assertEquals(0, rc, () -> "javac failed: " + diagnostics);
    tamper.run();
    URLClassLoader loader =
        new URLClassLoader(new URL[] {classes.toUri().toURL()}, getClass().getClassLoader());
    return loader.loadClass(PACKAGE + "." + name);
  }
}
