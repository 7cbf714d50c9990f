package dev.bouncer.it.payara;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bouncer.it.stacks.CoreRows;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The core rows on Payara Micro: the orders app as a WAR with nothing of Bouncer's registered,
 * identity from Jakarta Security (HTTP Basic against {@link Users}), the server in its own JVM
 * started from the {@code payara-micro} jar with the Java running this test (21 or later).
 */
class PayaraCoreRowsIT extends CoreRows {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static Process server;
  private static URI base;

  @BeforeAll
  @Timeout(value = 5, unit = TimeUnit.MINUTES)
  static void start() throws Exception {
    Path jar = Path.of(System.getProperty("bouncer.payara.jar"));
    Path war = Path.of(System.getProperty("bouncer.payara.war"));
    Path log = Path.of(System.getProperty("bouncer.payara.log"));
    assertTrue(Files.isRegularFile(jar), "no Payara Micro at " + jar);
    assertTrue(Files.isRegularFile(war), "no WAR at " + war);
    int port = freePort();
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    List<String> command =
        List.of(
            java.toString(),
            "-Xmx512m",
            "-jar",
            jar.toString(),
            "--nocluster",
            "--port",
            Integer.toString(port),
            "--sslport",
            Integer.toString(freePort()),
            "--deploy",
            war.toString());
    server = new ProcessBuilder(command).redirectErrorStream(true).start();
    base = URI.create("http://127.0.0.1:" + port + "/orders/");
    // Wait for the line Payara Micro prints once the WAR is deployed and it serves requests;
    // everything it prints goes to the log file. JUnit's @Timeout bounds the wait.
    BufferedReader output =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    Writer sink = Files.newBufferedWriter(log, StandardCharsets.UTF_8);
    for (String line = output.readLine(); ; line = output.readLine()) {
      if (line == null) {
        sink.close();
        fail("Payara Micro stopped before it was ready; see " + log);
      }
      sink.write(line + System.lineSeparator());
      if (line.contains("Payara Micro") && line.contains(" ready in ")) {
        break;
      }
    }
    sink.flush();
    Thread drain =
        new Thread(
            () -> {
              try (sink;
                  output) {
                for (String line = output.readLine(); line != null; line = output.readLine()) {
                  sink.write(line + System.lineSeparator());
                }
              } catch (IOException ended) {
                // the server stopped
              }
            },
            "payara-log");
    drain.setDaemon(true);
    drain.start();
    HttpResponse<String> health =
        CLIENT.send(
            HttpRequest.newBuilder(base.resolve("health")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, health.statusCode(), "the orders app's /health; see " + log);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Override
  protected URI base() {
    return base;
  }

  /**
   * Payara checks {@code jakarta.annotation.security} annotations itself, and answers an anonymous
   * caller of a {@code @PermitAll} method with its own 401 (Basic challenge), after the method ran:
   * Payara's behaviour, not Bouncer's (the method is open to Bouncer).
   */
  @Override
  protected int anonymousPermitAllStatus() {
    return 401;
  }

  /** Payara checks {@code @DenyAll} itself first: 403 to everyone, with no challenge. */
  @Override
  protected int anonymousDenyAllStatus() {
    return 403;
  }

  @Override
  protected int hits(String key) throws Exception {
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(base.resolve("hits/" + key)).build(),
            HttpResponse.BodyHandlers.ofString());
    assertEquals(200, response.statusCode(), "hits of " + key + ": " + response.body());
    return Integer.parseInt(response.body().trim());
  }

  @Override
  protected int unprocessedHits() throws Exception {
    return hits("unprocessed");
  }

  /** The locator, reached with matrix parameters and percent-encoding: never open. */
  @Test
  void locatorTricksStayClosed() throws Exception {
    for (String path : List.of("/orders/vault;x=1", "/orders/%76ault", "/orders;a=b/vault")) {
      int before = hits("vault.open");
      HttpResponse<String> anonymous = call("GET", path, null);
      HttpResponse<String> nobody = call("GET", path, "nobody");
      assertTrue(
          anonymous.statusCode() == 401 || anonymous.statusCode() == 404,
          path + " anonymous: " + anonymous.statusCode());
      assertTrue(
          nobody.statusCode() == 403 || nobody.statusCode() == 404,
          path + " as nobody: " + nobody.statusCode());
      assertEquals(before, hits("vault.open"), path + " ran");
    }
  }
}
