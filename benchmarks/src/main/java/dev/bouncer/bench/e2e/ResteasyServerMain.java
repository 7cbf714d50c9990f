package dev.bouncer.bench.e2e;

import io.undertow.Undertow;
import jakarta.ws.rs.core.Application;
import java.net.InetSocketAddress;
import java.util.Set;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/**
 * The end-to-end service on RESTEasy/Undertow: binds a free loopback port, prints {@code READY
 * <port>}, and serves until it is stopped. Never on the same class path as Jersey.
 */
public final class ResteasyServerMain {
  private ResteasyServerMain() {}

  /** The application: the same resource, authentication and Bouncer as on Jersey. */
  public static final class App extends Application {
    @Override
    public Set<Class<?>> getClasses() {
      return Set.of(WorkResource.class);
    }

    // Deprecated in Jakarta REST 4 (for CDI), but still the portable way to hand a server a
    // configured provider instance such as BouncerFeature.builder()...build().
    @SuppressWarnings("deprecation")
    @Override
    public Set<Object> getSingletons() {
      return Set.of(new BearerAuthentication(), BearerAuthentication.bouncer());
    }
  }

  /**
   * Starts the server.
   *
   * @param args unused
   * @throws InterruptedException if interrupted
   */
  public static void main(String[] args) throws InterruptedException {
    Server server = new Server();
    server.start(Undertow.builder().addHttpListener(0, "127.0.0.1"));
    server.deploy(new App(), "/");
    int port = server.port();
    System.out.println("READY " + port);
    System.out.flush();
    Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop()));
    Thread.currentThread().join();
  }

  /** Gives access to the Undertow server, to read the bound port. */
  private static final class Server extends UndertowJaxrsServer {
    int port() {
      return ((InetSocketAddress) server.getListenerInfo().get(0).getAddress()).getPort();
    }
  }
}
