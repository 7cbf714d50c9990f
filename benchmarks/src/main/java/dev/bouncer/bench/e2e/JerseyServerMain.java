package dev.bouncer.bench.e2e;

import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * The end-to-end service on Jersey/Grizzly: binds a free loopback port, prints {@code READY
 * <port>}, and serves until it is stopped.
 */
public final class JerseyServerMain {
  private JerseyServerMain() {}

  /**
   * Starts the server.
   *
   * @param args unused
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    ResourceConfig config =
        new ResourceConfig()
            .register(WorkResource.class)
            .register(BearerAuthentication.class)
            .register(BearerAuthentication.bouncer())
            .property(ServerProperties.WADL_FEATURE_DISABLE, true);
    HttpServer server =
        GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config);
    System.out.println("READY " + server.getListener("grizzly").getPort());
    System.out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.shutdownNow()));
    Thread.currentThread().join();
  }
}
