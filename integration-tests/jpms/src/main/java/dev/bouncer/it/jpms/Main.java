package dev.bouncer.it.jpms;

import dev.bouncer.it.jpms.api.OrdersResource;
import dev.bouncer.it.jpms.opened.NotesResource;
import dev.bouncer.it.jpms.hidden.VaultResource;
import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.BouncerFeature;
import java.io.IOException;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Starts two Jersey servers on free loopback ports, prints {@code PORTS <explicit> <discovered> <app module>
 * <runtime module>}
 * and serves until standard input closes. "explicit" registers a configured {@link BouncerFeature}
 * (wildcard grants); "discovered" registers nothing of Bouncer's, so only service loading can
 * protect it (grants as roles).
 */
public final class Main {
  private Main() {}

  /**
   * Runs the servers.
   *
   * @param args none
   * @throws IOException if standard input fails
   */
  public static void main(String[] args) throws IOException {
    HttpServer explicit =
        start(
            app().register(
                    BouncerFeature.builder()
                        .authorizer(Authorizer.fromGrants(HeaderAuthentication::grantsOf))
                        .challenge("Bearer realm=\"jpms\"")
                        .build()));
    HttpServer discovered = start(app());
    System.out.println(
        "PORTS "
            + port(explicit)
            + " "
            + port(discovered)
            + " "
            + Main.class.getModule().getName()
            + " "
            + BouncerFeature.class.getModule().getName());
    System.out.flush();
    try {
      while (System.in.read() != -1) {
        // serve until the parent closes our input
      }
    } finally {
      explicit.shutdownNow();
      discovered.shutdownNow();
    }
  }

  private static ResourceConfig app() {
    return new ResourceConfig(
            HeaderAuthentication.class,
            OrdersResource.class,
            NotesResource.class,
            VaultResource.class)
        .property(ServerProperties.WADL_FEATURE_DISABLE, true);
  }

  private static HttpServer start(ResourceConfig config) {
    return GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
  }

  private static int port(HttpServer server) {
    return server.getListener("grizzly").getPort();
  }
}
