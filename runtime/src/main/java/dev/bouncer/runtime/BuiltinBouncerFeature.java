package dev.bouncer.runtime;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Bouncer for RESTEasy deployments without an {@code Application}: RESTEasy (and Quarkus's RESTEasy
 * Classic) reads {@code META-INF/services/jakarta.ws.rs.ext.Providers} always, but the service
 * files of Jakarta REST 3.1 only for an {@code Application}. It binds each resource method's filter
 * and, for that method, the sub-resource gate, both with the defaults.
 *
 * <p>RESTEasy registers the classes that file lists before the application's own providers, and
 * keeps only the first instance of a provider class: so nothing is registered for the whole
 * application here (a gate with the defaults would shut out the gate of a configured feature), and
 * everything is decided per method, when all providers are known. It stands aside when the standard
 * {@link DiscoveredBouncerFeature} was loaded too (an {@code Application} exists) or the
 * application registered a {@link BouncerFeature}. A class of its own because RESTEasy warns when
 * one class is registered twice. Not for direct use.
 */
public final class BuiltinBouncerFeature implements DynamicFeature {
  private final DiscoveredBouncerFeature defaults = new DiscoveredBouncerFeature();
  private final GuardBinder binder = new GuardBinder(DiscoveredBouncerFeature.DEFAULTS);

  /** Called by the server's provider loading. */
  public BuiltinBouncerFeature() {}

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Configuration config = context.getConfiguration();
    if (config != null && config.isRegistered(DiscoveredBouncerFeature.class)) {
      return;
    }
    if (DiscoveredBouncerFeature.registersBouncer(config)) {
      return;
    }
    context.register(new SubResourceGate(binder), BouncerFeature.GATE_PRIORITY);
    defaults.configure(resourceInfo, context);
  }
}
