package dev.bouncer.cxf;

import dev.bouncer.runtime.BouncerFeature;
import dev.bouncer.runtime.ServerActivation;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Configuration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.cxf.Bus;
import org.apache.cxf.endpoint.Client;
import org.apache.cxf.endpoint.Endpoint;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.feature.Feature;
import org.apache.cxf.interceptor.InterceptorProvider;
import org.apache.cxf.jaxrs.model.ProviderInfo;
import org.apache.cxf.jaxrs.provider.ServerProviderFactory;

/**
 * A CXF bus feature that switches Bouncer on in each JAX-RS server it is applied to. {@link
 * BouncerBusExtension} adds it to every bus; add it yourself only to a bus that CXF did not create
 * from its extensions ({@code bus.getFeatures().add(new BouncerServerFeature())}).
 *
 * <p>CXF applies bus features to a server after the application's providers are registered and
 * before dynamic features bind the resource methods ({@code JAXRSServerFactoryBean.create}). If the
 * application registered a {@link BouncerFeature} (configured, {@code new BouncerFeature()}, or the
 * class; with the factory, in its {@code Application}, or from a {@code Feature} of its own), that
 * one binds the resource methods and this feature adds nothing: the application's configuration
 * wins, for root resource methods and sub-resource locators alike. Otherwise it registers Bouncer
 * with the defaults ({@link ServerActivation#defaults(String)}). Servers of other frontends (JAX-WS)
 * are left alone. Two different configurations registered with one server are a start-up error,
 * as with other servers. Anything that goes wrong here propagates, and CXF then does not create the
 * server.
 */
public final class BouncerServerFeature implements Feature {
  /** How Bouncer was switched on, for its start-up line. */
  static final String HOW = "discovered (bouncer-cxf's bus extension)";

  /** The endpoint property that records what this feature did to a server. */
  static final String APPLIED = "dev.bouncer.cxf.applied";

  /** A feature for one bus. */
  public BouncerServerFeature() {}

  /**
   * Switches Bouncer on in {@code server} unless it is not a JAX-RS server or the application's
   * own {@code BouncerFeature} binds its resource methods.
   *
   * @param server the server CXF is creating
   * @param bus its bus
   */
  @Override
  public void initialize(Server server, Bus bus) {
    ServerProviderFactory providers = providersOf(server);
    if (providers == null || applied(server)) {
      return;
    }
    List<Object> registered = bouncerComponents(providers);
    ServerActivation.requireOneConfiguration(registered);
    String outcome;
    if (registered.stream().anyMatch(ServerActivation::bindsResourceMethods)) {
      // A BouncerFeature instance, configured as a Feature: its own gate and method binding.
      outcome = "the application's BouncerFeature";
    } else if (registered.contains(BouncerFeature.class)) {
      // The class, which CXF takes as a dynamic feature only: it binds every resource method, but
      // CXF binds none of a sub-resource's methods at start-up, so the gate must decide those.
      providers.setUserProviders(List.of(ServerActivation.gate(HOW)));
      outcome = "the application's BouncerFeature.class, and the sub-resource gate";
    } else {
      providers.setUserProviders(List.of(ServerActivation.defaults(HOW)));
      outcome = "the defaults";
    }
    server.getEndpoint().put(APPLIED, outcome);
  }

  /** Clients: nothing to do. */
  @Override
  public void initialize(Client client, Bus bus) {}

  /** Interceptor providers: nothing to do. */
  @Override
  public void initialize(InterceptorProvider interceptorProvider, Bus bus) {}

  /** The bus itself: nothing to do. */
  @Override
  public void initialize(Bus bus) {}

  /** The JAX-RS providers of {@code server}, or null if it is not a JAX-RS server. */
  static ServerProviderFactory providersOf(Server server) {
    Endpoint endpoint = server == null ? null : server.getEndpoint();
    return endpoint != null
            && endpoint.get(ServerProviderFactory.class.getName())
                instanceof ServerProviderFactory providers
        ? providers
        : null;
  }

  static boolean isJaxRs(Server server) {
    return providersOf(server) != null;
  }

  /** Whether this feature was applied to {@code server}. */
  static boolean applied(Server server) {
    return server.getEndpoint().get(APPLIED) != null;
  }

  /**
   * Whether Bouncer is switched on in {@code server}, by this feature or by the application: a
   * {@code BouncerFeature} instance registered its gate and method binding. (The class alone is not
   * enough on CXF: it leaves the methods of sub-resources without a filter.)
   */
  static boolean enforced(Server server) {
    ServerProviderFactory providers = providersOf(server);
    return providers == null
        || applied(server)
        || bouncerComponents(providers).stream()
            .anyMatch(ServerActivation::bindsResourceMethods);
  }

  /**
   * What the server holds of Bouncer's: its application-wide request filters (among them those a
   * {@code BouncerFeature} registered), and {@code BouncerFeature.class} if it took a {@code
   * BouncerFeature} as a dynamic feature that is none of the configured ones behind those filters
   * (the class was registered, which is the defaults). A configured {@code BouncerFeature}
   * registered from the application's own {@code Feature} is among CXF's dynamic features too.
   */
  private static List<Object> bouncerComponents(ServerProviderFactory providers) {
    List<Object> components = new ArrayList<>();
    for (ProviderInfo<ContainerRequestFilter> filter :
        providers.getPostMatchContainerRequestFilters(Set.of())) {
      components.add(filter.getProvider());
    }
    Configuration configuration = providers.getConfiguration(null);
    if (configuration.isEnabled(BouncerFeature.class)
        && components.stream()
            .flatMap(component -> ServerActivation.configuredBy(component).stream())
            .noneMatch(configuration::isEnabled)) {
      components.add(BouncerFeature.class);
    }
    return components;
  }

  @Override
  public String toString() {
    return "BouncerServerFeature";
  }
}
