package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Enforcer;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

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
 * a {@code BouncerFeature} replaces those defaults; its filters run once per request either way.
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

  /**
   * Which of this feature and its {@link MethodBinding} binds the resource methods: the first the
   * server calls. Servers that take this object as a dynamic feature call both (and the one that
   * comes second stands aside); Apache CXF takes an object that is both a {@code Feature} and a
   * {@code DynamicFeature} as a {@code Feature} only, and then calls the binding alone.
   */
  private final AtomicReference<Object> binds = new AtomicReference<>();

  /** A feature with the default configuration; the same as {@code builder().build()}. */
  public BouncerFeature() {
    this(builder());
  }

  private BouncerFeature(Builder builder) {
    this.binder =
        new GuardBinder(
            new Enforcer(
                builder.authorizer,
                builder.challenge,
                builder.revealRequirement,
                builder.insufficientScope));
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
    if (binds.compareAndSet(null, caller) || binds.get() == caller) {
      binder.bind(resourceInfo, context);
    }
  }

  /**
   * Registers, for the whole application, the filter that decides requests reached through
   * sub-resource locators (each locator's policy, then the method's own). Called by the server
   * once, when the feature is registered.
   *
   * @param context the application's configuration
   * @return true
   */
  @Override
  public boolean configure(FeatureContext context) {
    context.register(new SubResourceGate(binder), GATE_PRIORITY);
    context.register(new MethodBinding(this), Priorities.AUTHORIZATION);
    return true;
  }

  @Override
  public String toString() {
    Enforcer enforcer = binder.enforcer();
    return "BouncerFeature[authorizer="
        + enforcer.authorizer()
        + ", challenge="
        + enforcer.challenge()
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
