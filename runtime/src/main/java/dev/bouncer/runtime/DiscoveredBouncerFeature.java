package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Enforcer;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Protects applications that register nothing of Bouncer's. Listed in {@code
 * META-INF/services/jakarta.ws.rs.container.DynamicFeature}, so that Jakarta REST 3.1+ servers load
 * it (section 4.1.2 of the specification), it binds generated filters with the application's
 * configuration: {@link BouncerFeature}'s defaults, unless the application registered a {@link
 * BouncerFeature} anywhere (see {@link Activation}).
 *
 * <p>It is a class of its own rather than {@code BouncerFeature} because some servers keep only the
 * first registration of a provider class: discovering {@code BouncerFeature} itself could silently
 * drop the instance an application configured. Not for direct use.
 */
public final class DiscoveredBouncerFeature implements DynamicFeature {
  @Context private Configuration configuration;
  @Context private Application application;

  /**
   * The defaults, one instance shared by every feature with the default configuration: a
   * sub-resource request the gate decided is then recognised as decided by the method's bound
   * filter too, so the authorizer is asked once.
   */
  static final Enforcer DEFAULTS =
      new Enforcer(Authorizer.roles(), BouncerFeature.DEFAULT_CHALLENGE, false, false);

  /** For servers that load this feature but not {@link DiscoveredBouncerGate}. */
  private final Activation fallback = new Activation(Activation.DISCOVERED, true);

  /** Called by the server's service loading. */
  public DiscoveredBouncerFeature() {}

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Activation.bindDiscovered(this, fallback, resourceInfo, context, configuration, application);
  }

  /**
   * Whether the application registered a {@link BouncerFeature} (an instance or the class) in
   * {@code config}.
   *
   * @param config the configuration, or null
   * @return true if it did
   */
  static boolean registersBouncer(Configuration config) {
    if (config == null) {
      return false;
    }
    if (config.isRegistered(BouncerFeature.class)) {
      return true;
    }
    for (Object instance : config.getInstances()) {
      if (instance instanceof BouncerFeature) {
        return true;
      }
    }
    return config.getClasses().contains(BouncerFeature.class);
  }
}
