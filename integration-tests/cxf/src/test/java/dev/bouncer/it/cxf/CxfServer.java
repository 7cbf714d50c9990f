package dev.bouncer.it.cxf;

import dev.bouncer.it.stacks.app.HealthResource;
import dev.bouncer.it.stacks.app.OrdersResource;
import dev.bouncer.it.unprocessed.UnprocessedResource;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;

/**
 * The orders app and {@link UnprocessedResource} on CXF's Jetty transport, on a free loopback
 * port, on a bus of its own (created from CXF's bus extensions, as every CXF bus is), with the
 * JAAS authentication filter and whatever the test registers.
 */
final class CxfServer implements AutoCloseable {
  /** Where the last server was to be served, started or not: to check that nothing listens. */
  static volatile URI lastBase;

  private final Bus bus;
  private final Server server;
  private final URI base;

  private CxfServer(Bus bus, Server server, URI base) {
    this.bus = bus;
    this.server = server;
    this.base = base;
  }

  /**
   * CXF's contextual property that keeps sub-resource locators among the candidates when a resource
   * method matches the same path too. By default CXF drops them (JAXRSUtils.findTargetMethod): GET
   * /orders/vault then goes to {@code get(id = "vault")}, not to the {@code vault} locator that
   * Jakarta REST's matching (more literal characters) picks.
   */
  static final String KEEP_LOCATORS = "keep.subresource.candidates";

  /**
   * Starts the app with {@code providers} registered besides the authentication filter, matching
   * requests as Jakarta REST specifies ({@link #KEEP_LOCATORS}), on a new bus.
   *
   * @throws RuntimeException what CXF threw while creating the server (its bus shut down)
   */
  static CxfServer start(List<?> providers) {
    return start(providers, Map.of(KEEP_LOCATORS, true), BusFactory.newInstance().createBus());
  }

  /**
   * Starts the app with {@code providers} registered besides the authentication filter, the
   * endpoint {@code properties}, on {@code bus} (shut down when the server closes or fails).
   *
   * @throws RuntimeException what CXF threw while creating the server (the bus shut down)
   */
  static CxfServer start(List<?> providers, Map<String, Object> properties, Bus bus) {
    try {
      URI base = URI.create("http://127.0.0.1:" + freePort() + "/api/");
      lastBase = base;
      JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
      factory.setBus(bus);
      factory.setAddress(base.toString());
      factory.setResourceClasses(
          OrdersResource.class, HealthResource.class, UnprocessedResource.class);
      List<Object> all = new ArrayList<>();
      all.add(new BasicAuthentication());
      all.addAll(providers);
      factory.setProviders(all);
      factory.setProperties(new HashMap<>(properties));
      return new CxfServer(bus, factory.create(), base);
    } catch (RuntimeException | Error e) {
      bus.shutdown(true);
      throw e;
    }
  }

  /**
   * Starts {@code application} as CXF does for an {@code Application} (its classes and singletons,
   * {@code ResourceUtils.createApplication}), matching requests as Jakarta REST specifies.
   */
  static CxfServer start(jakarta.ws.rs.core.Application application) {
    Bus bus = BusFactory.newInstance().createBus();
    try {
      URI base = URI.create("http://127.0.0.1:" + freePort() + "/api/");
      lastBase = base;
      JAXRSServerFactoryBean factory =
          org.apache.cxf.jaxrs.utils.ResourceUtils.createApplication(
              application, true, false, false, bus);
      factory.setAddress(base.toString());
      factory.setProperties(new HashMap<>(Map.of(KEEP_LOCATORS, true)));
      return new CxfServer(bus, factory.create(), base);
    } catch (RuntimeException | Error e) {
      bus.shutdown(true);
      throw e;
    }
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Where the app is served, ending with {@code /}. */
  URI base() {
    return base;
  }

  Server server() {
    return server;
  }

  Bus bus() {
    return bus;
  }

  @Override
  public void close() {
    try {
      server.destroy();
    } finally {
      bus.shutdown(true);
    }
  }
}
