package dev.bouncer.runtime;

import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;

/**
 * The application-wide half of {@link ScannedBouncerFeature}, what the generated {@code
 * Bouncer_ActivationGate} delegates to: joins (or registers) the application's {@link Activation}.
 * Not for direct use.
 */
public final class ScannedBouncerGate implements Feature {
  /** Called by generated code. */
  public ScannedBouncerGate() {}

  @Override
  public boolean configure(FeatureContext context) {
    Activation.forApplication(context, Activation.SCANNED);
    return true;
  }
}
