package dev.bouncer.runtime;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Bouncer for RESTEasy deployments without an {@code Application}: RESTEasy (and Quarkus's RESTEasy
 * Classic) reads {@code META-INF/services/jakarta.ws.rs.ext.Providers} always, but the service
 * files of Jakarta REST 3.1 only for an {@code Application}. It binds each resource method's filter
 * and, for that method, the sub-resource gate, with the application's configuration (see {@link
 * Activation}).
 *
 * <p>RESTEasy registers the classes that file lists before the application's own providers, and
 * keeps only the first instance of a provider class: so nothing is registered for the whole
 * application here, and everything is decided per method, when all providers are known. When
 * another feature of Bouncer's runs too, whichever the server calls first binds. A class of its own
 * because RESTEasy warns when one class is registered twice. Not for direct use.
 */
public final class BuiltinBouncerFeature implements DynamicFeature {
  private final Activation fallback = new Activation(Activation.BUILTIN, true);

  /** Called by the server's provider loading. */
  public BuiltinBouncerFeature() {}

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Activation.bindDiscovered(this, fallback, resourceInfo, context, null, null);
  }
}
