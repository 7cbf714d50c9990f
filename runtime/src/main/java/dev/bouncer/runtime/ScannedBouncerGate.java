package dev.bouncer.runtime;

import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The sub-resource half of {@link ScannedBouncerFeature}, what the generated {@code
 * Bouncer_ActivationGate} delegates to. Stands aside when the runtime's discovered gate (or, on RESTEasy,
 * {@link BuiltinBouncerFeature}, which gates per method) is registered or the application registered a {@link BouncerFeature}. Not for direct use.
 */
public final class ScannedBouncerGate implements Feature {
  /** Called by generated code. */
  public ScannedBouncerGate() {}

  @Override
  public boolean configure(FeatureContext context) {
    Configuration config = context.getConfiguration();
    if (config != null
        && (config.isRegistered(DiscoveredBouncerGate.class)
            || config.isRegistered(BuiltinBouncerFeature.class))) {
      return false;
    }
    return new DiscoveredBouncerGate().configure(context);
  }
}
