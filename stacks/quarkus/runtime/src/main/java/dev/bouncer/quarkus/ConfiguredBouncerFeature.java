package dev.bouncer.quarkus;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The resource-method half of the extension's Bouncer, registered with the REST layer at build
 * time: binds each resource method's generated filter with the application's {@link
 * QuarkusBouncer} feature. When the processor's generated {@code Bouncer_Activation} (or the
 * runtime's discovered feature) is registered too, whichever the server calls first binds, always
 * with the one configuration. Not for direct use.
 */
public final class ConfiguredBouncerFeature implements DynamicFeature {
  /** Called by the REST layer. */
  public ConfiguredBouncerFeature() {}

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    QuarkusBouncer.current().configure(resourceInfo, context);
  }
}
