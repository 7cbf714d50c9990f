package dev.bouncer.runtime;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The sub-resource half of {@link DiscoveredBouncerFeature}: listed in {@code
 * META-INF/services/jakarta.ws.rs.core.Feature}, so that an application that registers nothing of
 * Bouncer's still has the policies of its sub-resource locators enforced. It stands aside when the
 * application registered a {@link BouncerFeature}, which then registers the gate with its own
 * configuration. Not for direct use.
 */
public final class DiscoveredBouncerGate implements Feature {
  /** Called by the server's service loading. */
  public DiscoveredBouncerGate() {}

  @Override
  public boolean configure(FeatureContext context) {
    if (DiscoveredBouncerFeature.registersBouncer(context.getConfiguration())) {
      return false;
    }
    context.register(
        new SubResourceGate(new GuardBinder(DiscoveredBouncerFeature.DEFAULTS)),
        BouncerFeature.GATE_PRIORITY);
    return true;
  }
}
