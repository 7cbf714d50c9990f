package dev.bouncer.it.jpms;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Launches the app with {@code java --module-path ... --module dev.bouncer.it.jpms/...} in a child
 * JVM, as a user on the module path would, and sends it real HTTP requests on loopback.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModulePathAppTest {
  private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private Process app;
  private Path log;
  private URI explicit;
  private URI discovered;
  private String runtimeModule;
  private String appModule;

  @BeforeAll
  void launch() throws Exception {
    String modulePath = System.getProperty("bouncer.jpms.modulePath");
    assertNotNull(modulePath, "the build must set bouncer.jpms.modulePath (integration-tests/jpms/pom.xml)");
    log = Files.createTempFile("bouncer-jpms", ".log");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    app =
        new ProcessBuilder(
                List.of(
                    java.toString(),
                    "--module-path",
                    modulePath,
                    "--module",
                    "dev.bouncer.it.jpms/dev.bouncer.it.jpms.Main"))
            .redirectError(log.toFile())
            .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8));
    String line =
        CompletableFuture.supplyAsync(() -> readPorts(out))
            .get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    assertNotNull(line, () -> "the app ended before it printed its ports:\n" + readLog());
    String[] parts = line.split(" ");
    explicit = URI.create("http://127.0.0.1:" + parts[1] + "/");
    discovered = URI.create("http://127.0.0.1:" + parts[2] + "/");
    appModule = parts[3];
    runtimeModule = parts[4];
  }

  private static String readPorts(BufferedReader out) {
    try {
      for (String line = out.readLine(); line != null; line = out.readLine()) {
        if (line.startsWith("PORTS ")) {
          return line;
        }
      }
      return null;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @AfterAll
  void stop() throws Exception {
    if (app != null) {
      app.getOutputStream().close(); // the app stops when its input closes
      if (!app.waitFor(20, TimeUnit.SECONDS)) {
        app.destroyForcibly();
      }
    }
  }

  @Test
  void appAndRuntime_runAsNamedModules() {
    assertEquals("dev.bouncer.it.jpms", appModule);
    assertEquals("dev.bouncer.runtime", runtimeModule);
  }

  @Test
  void explicitFeature_exportedPackage_401_403_200() throws Exception {
    HttpResponse<String> anonymous = get(explicit, "orders", null, null);
    assertAll(
        () -> assertEquals(401, anonymous.statusCode()),
        () ->
            assertEquals(
                "Bearer realm=\"jpms\"",
                anonymous.headers().firstValue("WWW-Authenticate").orElse(null)),
        () -> assertEquals(200, get(explicit, "orders", "ann", "").statusCode()),
        () -> assertEquals(403, get(explicit, "orders/7", "ann", "orders:read:8").statusCode()),
        () -> assertEquals(200, get(explicit, "orders/7", "ann", "orders:read:7").statusCode()),
        // the configured authorizer (wildcards), not the defaults (roles)
        () -> assertEquals(200, get(explicit, "orders/7", "ann", "orders:*").statusCode()),
        () -> assertEquals(200, get(explicit, "orders/health", null, null).statusCode()),
        // On the module path too, Jersey says which locator it invoked: the open one stays open,
        // matrix parameters do not open the protected one.
        () -> assertEquals(200, get(explicit, "orders/sub/bob", "ann", "").statusCode()),
        () -> assertEquals(403, get(explicit, "orders/sub/admin;x=1", "ann", "").statusCode()),
        () -> assertEquals(200, get(explicit, "orders/sub/admin", "ann", "orders:admin").statusCode()),
        () ->
            assertTrue(
                !readLog().contains("cannot read which sub-resource locators"),
                "Jersey's matched locators must be readable from the module path"));
  }

  @Test
  void explicitFeature_packageOpenedToAll_isProtected() throws Exception {
    assertAll(
        () -> assertEquals(401, get(explicit, "notes", null, null).statusCode()),
        () -> assertEquals(403, get(explicit, "notes", "ann", "orders:read").statusCode()),
        () -> assertEquals(200, get(explicit, "notes", "ann", "notes:read").statusCode()));
  }

  @Test
  void discoveredFeature_noRegistration_401_403_200() throws Exception {
    HttpResponse<String> anonymous = get(discovered, "orders/7", null, null);
    assertAll(
        () -> assertEquals(401, anonymous.statusCode()),
        () ->
            assertEquals(
                "Bearer realm=\"api\"",
                anonymous.headers().firstValue("WWW-Authenticate").orElse(null)),
        // defaults: a permission is held as a role, so a wildcard grant is no role
        () -> assertEquals(403, get(discovered, "orders/7", "ann", "orders:*").statusCode()),
        () -> assertEquals(200, get(discovered, "orders/7", "ann", "orders:read:7").statusCode()),
        () -> assertEquals(401, get(discovered, "notes", null, null).statusCode()),
        () -> assertEquals(200, get(discovered, "notes", "ann", "notes:read").statusCode()));
  }

  @Test
  void packageNotExportedToRuntime_failsClosedWith500_andSaysWhy() throws Exception {
    assertAll(
        () -> assertEquals(500, get(explicit, "vault", "ann", "vault:read").statusCode()),
        () -> assertEquals(500, get(explicit, "vault", null, null).statusCode()),
        () -> assertEquals(500, get(discovered, "vault", "ann", "vault:read").statusCode()));
    String text = readLog();
    assertTrue(
        text.contains("dev.bouncer.it.jpms.hidden.VaultResource.read()")
            && text.contains("does not export dev.bouncer.it.jpms.hidden to module dev.bouncer.runtime"),
        () -> "the start-up log should name the endpoint and the missing export:\n" + text);
  }

  private HttpResponse<String> get(URI base, String path, String user, String grants)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
    if (user != null) {
      request.header("X-User", user);
      if (!grants.isEmpty()) {
        request.header("X-Grants", grants);
      }
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private String readLog() {
    try {
      return Files.readString(log);
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e + ")";
    }
  }
}
