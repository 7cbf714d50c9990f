package dev.bouncer.runtime;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.List;
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
   * The configured features behind {@code component}: the feature itself, or those announced to the
   * application-wide filter a {@link BouncerFeature} registered.
   *
   * @param component a registered provider, filter or feature; may be null
   * @return the features, none if {@code component} is not one of Bouncer's
   */
  public static List<BouncerFeature> configuredBy(Object component) {
    if (component instanceof BouncerFeature feature) {
      return List.of(feature);
    }
    if (component instanceof Activation activation) {
      return activation.announced();
    }
    return List.of();
  }

  /**
   * Refuses different configurations in one application, as {@link BouncerFeature} promises: on a
   * server that gives each feature a configuration of its own, two different {@code
   * BouncerFeature}s each register their own application-wide filter and would both be enforced,
   * one after the other, instead of failing start-up.
   *
   * @param components the components the server registered for the application (each {@code
   *     BouncerFeature}, or the application-wide filter one registered); {@code
   *     BouncerFeature.class} stands for a registration of the class, which is the defaults
   * @throws IllegalStateException naming two different configurations, if there are any
   */
  public static void requireOneConfiguration(Iterable<?> components) {
    List<Object> found = new ArrayList<>();
    for (Object component : components) {
      if (component instanceof BouncerFeature || component == BouncerFeature.class) {
        found.add(component);
      } else if (component instanceof Activation activation) {
        found.addAll(activation.announced());
      }
    }
    Object first = null;
    for (Object component : found) {
      if (first == null) {
        first = component;
      } else if (!enforcerOf(first).sameConfigurationAs(enforcerOf(component))) {
        String error =
            "Bouncer found different configurations registered in one application, and enforces"
                + " none of them: "
                + describe(first)
                + "; and "
                + describe(component)
                + ". Register one BouncerFeature (or several built with the same authorizer"
                + " instance and settings).";
        Activation.LOG.severe(error);
        throw new IllegalStateException(error);
      }
    }
  }

  private static dev.bouncer.runtime.spi.Enforcer enforcerOf(Object component) {
    return component instanceof BouncerFeature feature
        ? feature.enforcer()
        : DiscoveredBouncerFeature.DEFAULTS;
  }

  private static String describe(Object component) {
    return component == BouncerFeature.class
        ? "BouncerFeature.class (the defaults)"
        : component.toString();
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

  /**
   * A feature that registers only the application-wide filter that decides requests through
   * sub-resource locators, for an application whose resource methods a {@link BouncerFeature}
   * binds per method (a server that took the registered class as a dynamic feature only). Without
   * it, such a server decides sub-resource methods it binds no filter to (Apache CXF does not bind
   * the methods of sub-resources at start-up) with nothing: they would be open.
   *
   * @param how how Bouncer was switched on, for logs
   * @return a feature to register with the application
   */
  public static Feature gate(String how) {
    Objects.requireNonNull(how, "how");
    return new Feature() {
      @Override
      public boolean configure(FeatureContext context) {
        Activation.forApplication(context, how).gateOnly();
        return true;
      }

      @Override
      public String toString() {
        return "ServerActivation.gate[" + how + "]";
      }
    };
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
