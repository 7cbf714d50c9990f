package dev.bouncer.bench.startup;

import dev.bouncer.bench.e2e.BearerAuthentication;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * One start-up measurement in a fresh JVM: the time from loading the generated resource classes
 * to the first request served (200) by Jersey on Grizzly, with or without Bouncer. Service loading
 * of providers is off in both modes, so "without" is really without Bouncer; "with" registers
 * {@code BouncerFeature}, which binds every endpoint's generated filter.
 *
 * <p>Usage: {@code StartupMain bouncer|none <classes.txt> <probe path>}. Prints one line: {@code
 * startup mode=... endpoints=... ms=... cpuMs=...}: the wall time, and the CPU time of the whole
 * process from JVM start to the first response (less sensitive to other load on the machine). Fails unless the probe answers 200 to a caller granted
 * {@code *}, and, with Bouncer, 401 to an anonymous caller (without, 200): the timed server really
 * is protected, or really is not.
 */
public final class StartupMain {
  private StartupMain() {}

  /**
   * Runs one measurement.
   *
   * @param args mode, class list, probe path
   * @throws Exception if start-up or the probe fails
   */
  public static void main(String[] args) throws Exception {
    boolean bouncer = switch (args[0]) {
      case "bouncer" -> true;
      case "none" -> false;
      default -> throw new IllegalArgumentException("mode must be bouncer or none: " + args[0]);
    };
    List<String> names = Files.readAllLines(Path.of(args[1]), StandardCharsets.UTF_8);
    String probe = args[2].strip();

    long start = System.nanoTime();
    Set<Class<?>> classes = new LinkedHashSet<>();
    for (String name : names) {
      classes.add(Class.forName(name));
    }
    ResourceConfig config =
        new ResourceConfig()
            .registerClasses(classes)
            .register(BearerAuthentication.class)
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .property(ServerProperties.METAINF_SERVICES_LOOKUP_DISABLE, true)
            // Jakarta REST 3.1's own service loading of Feature/DynamicFeature, which would find
            // the runtime's discovered feature: off, so that "none" is without Bouncer.
            .property("jakarta.ws.rs.loadServices", false);
    if (bouncer) {
      config.register(BearerAuthentication.bouncer());
    }
    HttpServer server =
        GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
    URI uri =
        URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/" + probe);
    int first = status(uri, "root");
    long elapsed = System.nanoTime() - start;
    long cpu = processCpuNanos();
    int anonymous = status(uri, null);
    server.shutdownNow();

    if (first != 200) {
      throw new IllegalStateException("probe " + uri + " answered " + first + ", expected 200");
    }
    int expected = bouncer ? 401 : 200;
    if (anonymous != expected) {
      throw new IllegalStateException(
          "anonymous probe answered " + anonymous + ", expected " + expected + " (mode " + args[0] + ")");
    }
    int endpoints = names.size() * 10;
    System.out.printf(
        "startup mode=%s endpoints=%d ms=%.1f cpuMs=%.1f%n",
        args[0], endpoints, elapsed / 1e6, cpu / 1e6);
  }

  /** CPU time of the whole process so far, all threads (JIT and GC too), since the JVM started. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private static int status(URI uri, String token) throws IOException {
    HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
    if (token != null) {
      connection.setRequestProperty("Authorization", "Bearer " + token);
    }
    int status = connection.getResponseCode();
    (status < 400 ? connection.getInputStream() : connection.getErrorStream()).readAllBytes();
    connection.disconnect();
    return status;
  }
}
