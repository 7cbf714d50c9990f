package dev.bouncer.runtime;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;

/**
 * What the {@code @Provider} class that Bouncer's processor generates into each application
 * ({@code Bouncer_Activation}) delegates to: servers that scan the application's classes for
 * providers (Quarkus, RESTEasy and Jersey scanning) find it there, where they read no service file
 * of the runtime's. It binds with the defaults unless the runtime's discovered feature is registered
 * too (which then binds alone) or the application registered a {@link BouncerFeature}. Not for
 * direct use.
 */
public final class ScannedBouncerFeature implements DynamicFeature {
  private final DiscoveredBouncerFeature defaults = new DiscoveredBouncerFeature();

  /** Called by generated code. */
  public ScannedBouncerFeature() {}

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Configuration config = context.getConfiguration();
    if (config != null
        && (config.isRegistered(DiscoveredBouncerFeature.class)
            || config.isRegistered(BuiltinBouncerFeature.class))) {
      return;
    }
    defaults.configure(resourceInfo, context);
  }
}
