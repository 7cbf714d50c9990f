package dev.bouncer.cxf;

import java.util.logging.Logger;
import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.feature.Feature;
import org.apache.cxf.service.factory.AbstractServiceFactoryBean;
import org.apache.cxf.service.factory.FactoryBeanListener;

/**
 * Switches Bouncer on in every JAX-RS server created on a CXF bus. CXF reads none of the Jakarta
 * REST service files that switch Bouncer on with other servers, but it does read {@code
 * META-INF/cxf/bus-extensions.txt}, which lists this class: CXF creates one instance per bus.
 *
 * <ul>
 *   <li>It adds {@link BouncerServerFeature} to the bus's features, which CXF applies to every
 *       server it creates on the bus, after the application's providers are registered and before
 *       its dynamic features bind the resource methods. Should the bus's features be replaced
 *       later, it adds it again before the next server is created.
 *   <li>It is a {@link FactoryBeanListener} too (CXF finds it among the bus extensions): when a
 *       JAX-RS server has been created but is not yet started, it checks that {@code
 *       BouncerServerFeature} was applied to it (or that the application registered a {@code
 *       BouncerFeature}), and otherwise stops the server from starting.
 * </ul>
 *
 * <p>Not for direct use.
 */
public final class BouncerBusExtension implements FactoryBeanListener {
  private static final Logger LOG = Logger.getLogger("dev.bouncer");

  private final Bus bus;
  private final BouncerServerFeature feature = new BouncerServerFeature();

  /**
   * Called by CXF when it creates a bus.
   *
   * @param bus the bus
   */
  public BouncerBusExtension(Bus bus) {
    this.bus = bus;
    addTo(bus);
  }

  /** Adds the feature to the bus's features unless it is there. */
  private synchronized void addTo(Bus target) {
    for (Feature present : target.getFeatures()) {
      if (present instanceof BouncerServerFeature) {
        return;
      }
    }
    target.getFeatures().add(feature);
  }

  /**
   * Before a server is created: makes sure the feature is among the bus's features. After a JAX-RS
   * server is created, before it starts: refuses it if the feature was not applied.
   *
   * @param event the event
   * @param factory the service factory that sends it
   * @param args the event's arguments: for {@code SERVER_CREATED}, the server first
   * @throws IllegalStateException to stop a JAX-RS server that Bouncer was not switched on in
   */
  @Override
  public void handleEvent(Event event, AbstractServiceFactoryBean factory, Object... args) {
    if (event == Event.PRE_SERVER_CREATE) {
      Bus target = factory == null || factory.getBus() == null ? bus : factory.getBus();
      addTo(target);
    } else if (event == Event.SERVER_CREATED
        && args.length > 0
        && args[0] instanceof Server server
        && BouncerServerFeature.isJaxRs(server)
        && !BouncerServerFeature.enforced(server)) {
      String message =
          "Bouncer was not switched on in the JAX-RS server at "
              + server.getEndpoint().getEndpointInfo().getAddress()
              + ": its bus did not apply Bouncer's bus feature (its features were replaced while"
              + " the server was created?). The server is not started. Add new"
              + " dev.bouncer.cxf.BouncerServerFeature() to the bus's features, or register a"
              + " BouncerFeature with the server.";
      LOG.severe(message);
      throw new IllegalStateException(message);
    }
  }

  @Override
  public String toString() {
    return "BouncerBusExtension[" + bus.getId() + "]";
  }
}
