package dev.bouncer.it.resteasy;

import dev.bouncer.it.ServerUnderTest;
import io.undertow.Undertow;
import jakarta.ws.rs.core.Application;
import java.net.InetSocketAddress;
import java.net.URI;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;

/** RESTEasy on Undertow, bound to a free loopback port. */
final class ResteasyServer extends UndertowJaxrsServer implements ServerUnderTest {
  private URI base;

  static ResteasyServer start(Application app) {
    ResteasyServer server = new ResteasyServer();
    server.start(Undertow.builder().addHttpListener(0, "127.0.0.1"));
    server.deploy(app, "/");
    InetSocketAddress address =
        (InetSocketAddress) server.server.getListenerInfo().get(0).getAddress();
    server.base = URI.create("http://127.0.0.1:" + address.getPort() + "/");
    return server;
  }

  @Override
  public URI baseUri() {
    return base;
  }

  @Override
  public void close() {
    stop();
  }
}
