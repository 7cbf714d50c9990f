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
    try {
      server.deploy(app, "/");
    } catch (RuntimeException | Error failed) {
      server.stop(); // the application did not start: nothing keeps listening
      throw failed;
    }
    InetSocketAddress address =
        (InetSocketAddress) server.server.getListenerInfo().get(0).getAddress();
    server.base = URI.create("http://127.0.0.1:" + address.getPort() + "/");
    return server;
  }

  /**
   * The application's classes and instances handed to a {@code ResteasyDeployment} directly, with
   * no {@code Application}: RESTEasy then reads no Jakarta REST service file.
   */
  static ResteasyServer startWithoutApplication(Application app) {
    ResteasyServer server = new ResteasyServer();
    server.start(Undertow.builder().addHttpListener(0, "127.0.0.1"));
    org.jboss.resteasy.spi.ResteasyDeployment deployment =
        new org.jboss.resteasy.core.ResteasyDeploymentImpl();
    for (Class<?> type : app.getClasses()) {
      if (isResource(type)) {
        deployment.getActualResourceClasses().add(type);
      } else {
        deployment.getActualProviderClasses().add(type);
      }
    }
    @SuppressWarnings("deprecation")
    java.util.Set<Object> singletons = app.getSingletons();
    deployment.getProviders().addAll(singletons);
    server.deploy(
        server
            .undertowDeployment(deployment, "/")
            .setContextPath("/")
            .setDeploymentName("no-application")
            .setClassLoader(ResteasyServer.class.getClassLoader()));
    InetSocketAddress address =
        (InetSocketAddress) server.server.getListenerInfo().get(0).getAddress();
    server.base = URI.create("http://127.0.0.1:" + address.getPort() + "/");
    return server;
  }

  private static boolean isResource(Class<?> type) {
    if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
      return true;
    }
    for (Class<?> implemented : type.getInterfaces()) {
      if (implemented.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
        return true;
      }
    }
    return false;
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
