package dev.bouncer.runtime;

import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;

/**
 * What the {@code @Provider} class that Bouncer's processor generates into each application
 * ({@code Bouncer_Activation}) delegates to: servers that scan the application's classes for
 * providers (Quarkus, RESTEasy and Jersey scanning) find it there, where they read no service file
 * of the runtime's. It binds with the application's configuration (see {@link Activation}); when
 * the runtime's discovered feature is registered too, whichever the server calls first binds. Not
 * for direct use.
 */
public final class ScannedBouncerFeature implements DynamicFeature {
  private final Activation fallback = new Activation(Activation.SCANNED, true);

  /** Called by generated code. */
  public ScannedBouncerFeature() {}

  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Activation.bindDiscovered(this, fallback, resourceInfo, context, null, null);
  }
}
