package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Enforcer;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Objects;

/**
 * Binds the filter Bouncer generated for each resource method, once, at start-up, at priority
 * {@link jakarta.ws.rs.Priorities#AUTHORIZATION}.
 *
 * <p>Register it to configure how Bouncer decides and answers:
 *
 * <pre>{@code
 * register(BouncerFeature.builder()
 *     .authorizer(Authorizer.fromGrants(caller -> grantsOf(caller.getUserPrincipal())))
 *     .challenge("Bearer realm=\"orders\"")
 *     .build());
 * }</pre>
 *
 * <p>An application that registers nothing is still protected: Bouncer is discovered through
 * Jakarta REST's service loading of dynamic features and then uses the defaults below. Registering
 * a {@code BouncerFeature} replaces those defaults, for root resource methods and sub-resource
 * locators alike, however it is registered ({@code register}, from the application's own {@code
 * Feature}, {@code Application.getSingletons()}; registering the class is the defaults); its filters
 * run once per request either way. Features with the same configuration (the same {@link
 * Authorizer} instance, challenge and flags) count as one; two different configurations in one
 * application are a start-up error that names both.
 *
 * <p>Defaults: {@link Authorizer#roles()} (a caller holds a permission when it is in the role of
 * that name), challenge {@code Bearer realm="api"}, 403 bodies that do not name the missing
 * requirement, no {@code insufficient_scope} challenge.
 *
 * <p>A resource method that carries a policy annotation but has no generated filter (the processor
 * did not run, or its output is missing) is never served open: Bouncer logs the endpoint and the
 * likely cause at start-up and answers every request to it with 500.
 */
@Provider
public final class BouncerFeature implements DynamicFeature, Feature {
  /** The priority of the filter that decides requests reached through sub-resource locators. */
  static final int GATE_PRIORITY = Priorities.AUTHORIZATION - 1;

  /** The challenge sent with a 401 unless another is configured. */
  public static final String DEFAULT_CHALLENGE = "Bearer realm=\"api\"";

  private final GuardBinder binder;

  /** Where the server shows this feature the application's registrations, if it injects them. */
  @Context private Configuration configuration;

  @Context private Application application;

  /** The activation of the application this feature was configured in, as a {@code Feature}. */
  private volatile Activation activation;

  /** A feature with the default configuration; the same as {@code builder().build()}. */
  public BouncerFeature() {
    this(builder());
  }

  private BouncerFeature(Builder builder) {
    Enforcer enforcer =
        new Enforcer(
            builder.authorizer,
            builder.challenge,
            builder.revealRequirement,
            builder.insufficientScope);
    // The default configuration is one enforcer, whoever registers it (this class, the discovered
    // features): a sub-resource request decided by one is then not asked again by the other.
    this.binder =
        new GuardBinder(
            enforcer.sameConfigurationAs(DiscoveredBouncerFeature.DEFAULTS)
                ? DiscoveredBouncerFeature.DEFAULTS
                : enforcer);
  }

  /**
   * Starts a configuration.
   *
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Binds the generated filter of one resource method. Called by the server at start-up.
   *
   * @param resourceInfo the resource method
   * @param context where to register its filter
   */
  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    bindAs(this, resourceInfo, context);
  }

  private void bindAs(Object caller, ResourceInfo resourceInfo, FeatureContext context) {
    Activation current = Activation.in(context.getConfiguration(), configuration);
    if (current == null) {
      current = activation;
    }
    if (current == null) {
      // Never configured for the whole application: enforce per method, with this configuration.
      synchronized (this) {
        if (activation == null) {
          activation = new Activation(Activation.CONFIGURED, true);
          activation.announce(this);
        }
        current = activation;
      }
    }
    current.observe(application, context.getConfiguration(), configuration);
    current.bind(caller, resourceInfo, context);
  }

  /**
   * Joins the application's Bouncer (registering, if no other feature of Bouncer's has, the
   * filter that decides requests through sub-resource locators), so that this configuration is
   * enforced for root resource methods and locators alike, or a different configuration
   * registered as well is reported. Called by the server once, when the feature is registered.
   *
   * @param context the application's configuration
   * @return true
   */
  @Override
  public boolean configure(FeatureContext context) {
    Activation joined = Activation.forApplication(context, Activation.CONFIGURED);
    joined.announce(this);
    activation = joined;
    context.register(new MethodBinding(this), Priorities.AUTHORIZATION);
    joined.bindingRegistered();
    return true;
  }

  GuardBinder binder() {
    return binder;
  }

  Enforcer enforcer() {
    return binder.enforcer();
  }

  /**
   * Names the configuration, as start-up errors do.
   *
   * @return for example {@code BouncerFeature@1b2c3d[authorizer Authorizer.roles(), challenge
   *     Bearer realm="api"]}
   */
  @Override
  public String toString() {
    return "BouncerFeature@"
        + Integer.toHexString(System.identityHashCode(this))
        + "["
        + binder.enforcer()
        + "]";
  }

  /**
   * The resource-method half of a {@link BouncerFeature} as a dynamic feature of its own, for
   * servers that take the feature as a {@code Feature} only (Apache CXF). Not for direct use.
   */
  static final class MethodBinding implements DynamicFeature {
    private final BouncerFeature feature;

    MethodBinding(BouncerFeature feature) {
      this.feature = feature;
    }

    @Override
    public void configure(ResourceInfo resourceInfo, FeatureContext context) {
      feature.bindAs(this, resourceInfo, context);
    }

    @Override
    public String toString() {
      return "BouncerFeature.MethodBinding[" + feature + "]";
    }
  }

  /** Configuration of a {@link BouncerFeature}. Not thread-safe; build once at start-up. */
  public static final class Builder {
    private Authorizer authorizer = Authorizer.roles();
    private String challenge = DEFAULT_CHALLENGE;
    private boolean revealRequirement;
    private boolean insufficientScope;

    private Builder() {}

    /**
     * Who holds which permission. Default: {@link Authorizer#roles()}.
     *
     * @param authorizer the application's authorizer
     * @return this builder
     */
    public Builder authorizer(Authorizer authorizer) {
      this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
      return this;
    }

    /**
     * The {@code WWW-Authenticate} value sent with every 401, for example {@code Bearer
     * realm="orders"} or {@code Basic realm="orders", charset="UTF-8"}. Default: {@value
     * #DEFAULT_CHALLENGE_TEXT}.
     *
     * @param challenge the challenge; not blank
     * @return this builder
     */
    public Builder challenge(String challenge) {
      Objects.requireNonNull(challenge, "challenge");
      if (challenge.isBlank() || challenge.indexOf('\n') >= 0 || challenge.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("invalid challenge: '" + challenge + "'");
      }
      this.challenge = challenge.strip();
      return this;
    }

    /**
     * Whether a 403 body names the requirement the caller did not meet. Default false: a 403 does
     * not tell a caller what it would need.
     *
     * @param reveal true to name the requirement
     * @return this builder
     */
    public Builder revealRequirement(boolean reveal) {
      this.revealRequirement = reveal;
      return this;
    }

    /**
     * Whether a 403 carries {@code WWW-Authenticate: <scheme> error="insufficient_scope"}, as RFC
     * 6750 section 3.1 allows for Bearer tokens. Default false.
     *
     * @param enabled true to send it
     * @return this builder
     */
    public Builder insufficientScopeChallenge(boolean enabled) {
      this.insufficientScope = enabled;
      return this;
    }

    /**
     * Builds the feature.
     *
     * @return a feature to register with the application
     */
    public BouncerFeature build() {
      return new BouncerFeature(this);
    }

    /** For the Javadoc of {@link #challenge(String)}. */
    private static final String DEFAULT_CHALLENGE_TEXT = "Bearer realm=\"api\"";
  }
}
