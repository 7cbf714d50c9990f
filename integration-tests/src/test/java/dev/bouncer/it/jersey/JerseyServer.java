package dev.bouncer.it.jersey;

import dev.bouncer.it.ServerUnderTest;
import jakarta.ws.rs.core.Application;
import java.net.URI;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/** Jersey on Grizzly, bound to a free loopback port. */
final class JerseyServer implements ServerUnderTest {
  private final HttpServer server;
  private final URI base;

  private JerseyServer(HttpServer server) {
    this.server = server;
    this.base = URI.create("http://127.0.0.1:" + server.getListener("grizzly").getPort() + "/");
  }

  static JerseyServer start(Application app) {
    return start(app, java.util.Map.of());
  }

  /** With Jersey properties set, such as those that turn auto-discovery or service loading off. */
  static JerseyServer start(Application app, java.util.Map<String, Object> properties) {
    ResourceConfig config =
        ResourceConfig.forApplication(app)
            .property(ServerProperties.WADL_FEATURE_DISABLE, true)
            .addProperties(properties);
    return new JerseyServer(
        GrizzlyHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), config));
  }

  @Override
  public URI baseUri() {
    return base;
  }

  @Override
  public void close() {
    server.shutdownNow();
  }
}
