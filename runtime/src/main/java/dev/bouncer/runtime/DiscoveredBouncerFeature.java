package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Enforcer;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.FeatureContext;

/**
 * Protects applications that register nothing of Bouncer's. Listed in {@code
 * META-INF/services/jakarta.ws.rs.container.DynamicFeature}, so that Jakarta REST 3.1+ servers load
 * it (section 4.1.2 of the specification), it binds generated filters with {@link BouncerFeature}'s
 * defaults, unless the application registered a {@link BouncerFeature} itself, which then does the
 * binding alone.
 *
 * <p>It is a class of its own rather than {@code BouncerFeature} because some servers keep only the
 * first registration of a provider class: discovering {@code BouncerFeature} itself could silently
 * drop the instance an application configured. Not for direct use.
 */
public final class DiscoveredBouncerFeature implements DynamicFeature {
  @Context private Configuration configuration;

  /**
   * The defaults, one instance shared with {@link DiscoveredBouncerGate}: a sub-resource request the
   * gate decided is then recognised as decided by the method's bound filter too, so the authorizer
   * is asked once.
   */
  static final Enforcer DEFAULTS =
      new Enforcer(Authorizer.roles(), BouncerFeature.DEFAULT_CHALLENGE, false, false);

  private final GuardBinder defaults = new GuardBinder(DEFAULTS);

  /** Called by the server's service loading. */
  public DiscoveredBouncerFeature() {}

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    if (registersBouncer(configuration) || registersBouncer(context.getConfiguration())) {
      return;
    }
    defaults.bind(resourceInfo, context);
  }

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
