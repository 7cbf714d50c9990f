package dev.bouncer.quarkus;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The application-wide half of the extension's Bouncer, registered with the REST layer at build
 * time: configures the application's {@link QuarkusBouncer} feature, which joins (or registers)
 * Bouncer's activation, the filter that decides requests through sub-resource locators. Not for
 * direct use.
 */
public final class ConfiguredBouncerGate implements Feature {
  /** Called by the REST layer. */
  public ConfiguredBouncerGate() {}

  @Override
  public boolean configure(FeatureContext context) {
    return QuarkusBouncer.current().configure(context);
  }
}
