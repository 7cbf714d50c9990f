package dev.bouncer.runtime;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The application-wide half of {@link DiscoveredBouncerFeature}: listed in {@code
 * META-INF/services/jakarta.ws.rs.core.Feature}, so that an application that registers nothing of
 * Bouncer's still has the policies of its sub-resource locators enforced. It joins (or, if it runs
 * first, registers) the application's {@link Activation}, which decides with the configuration the
 * application registered, wherever and whenever it did. Not for direct use.
 */
public final class DiscoveredBouncerGate implements Feature {
  /** Called by the server's service loading. */
  public DiscoveredBouncerGate() {}

  @Override
  public boolean configure(FeatureContext context) {
    Activation.forApplication(context, Activation.DISCOVERED);
    return true;
  }
}
