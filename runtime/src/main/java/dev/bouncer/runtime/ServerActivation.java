package dev.bouncer.runtime;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Objects;

/**
 * Switches Bouncer on in servers that read none of the runtime's service files and configure each
 * {@code Feature} in a configuration of its own, so that Bouncer's features cannot find each other
 * there (Apache CXF). For Bouncer's server modules ({@code bouncer-cxf}), which know the server's
 * own hooks; applications register {@link BouncerFeature} instead.
 *
 * <p>A server module asks, per application, whether the application already brings a Bouncer that
 * binds its resource methods ({@link #bindsResourceMethods(Object)}, for each component the server
 * registered) and, if none does, registers {@link #defaults(String)}: the application-wide filter
 * that also decides requests through sub-resource locators, and one dynamic feature that binds the
 * generated filter of each resource method with it. A configured {@code BouncerFeature} therefore
 * always wins over the defaults, and methods are bound once.
 */
public final class ServerActivation {
  private ServerActivation() {}

  /**
   * Whether {@code component}, one of the components a server registered for an application, is a
   * Bouncer that binds the application's resource methods: a {@link BouncerFeature} (a server that
   * took it as a dynamic feature only), or the application-wide filter a {@code BouncerFeature} (or
   * {@link #defaults(String)}) registered together with its method binding.
   *
   * @param component a registered provider, filter or feature; may be null
   * @return true if that Bouncer binds the resource methods, so the defaults must not
   */
  public static boolean bindsResourceMethods(Object component) {
    return component instanceof BouncerFeature
        || component instanceof BouncerFeature.MethodBinding
        || component instanceof Binding
        || (component instanceof Activation activation && activation.hasBinding());
  }

  /**
   * A feature that switches Bouncer on in one application with the defaults (unless the application
   * turns out to have registered a {@link BouncerFeature}, which then wins): register a new one per
   * application, after the application's own providers.
   *
   * @param how how Bouncer was switched on, for the start-up line, for example {@code discovered
   *     (bouncer-cxf's bus extension)}
   * @return a feature to register with the application
   */
  public static Feature defaults(String how) {
    return new Defaults(Objects.requireNonNull(how, "how"));
  }

  /** Registers the activation and the binding that joins it. */
  private static final class Defaults implements Feature {
    private final String how;

    Defaults(String how) {
      this.how = how;
    }

    @Override
    public boolean configure(FeatureContext context) {
      Activation activation = Activation.forApplication(context, how);
      context.register(new Binding(activation), Priorities.AUTHORIZATION);
      activation.bindingRegistered();
      return true;
    }

    @Override
    public String toString() {
      return "ServerActivation.defaults[" + how + "]";
    }
  }

  /** Binds each resource method with the activation it was registered with. */
  private static final class Binding implements DynamicFeature {
    private final Activation activation;

    Binding(Activation activation) {
      this.activation = activation;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
      Activation.bindDiscovered(this, activation, resourceInfo, context, null, null);
    }

    @Override
    public String toString() {
      return "ServerActivation.Binding[" + activation + "]";
    }
  }
}
