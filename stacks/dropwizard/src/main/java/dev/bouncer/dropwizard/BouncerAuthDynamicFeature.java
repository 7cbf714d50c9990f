package dev.bouncer.dropwizard;

import dev.bouncer.runtime.BouncerPolicies;
import io.dropwizard.auth.Auth;
import io.dropwizard.auth.AuthDynamicFeature;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.server.model.AnnotatedMethod;

/**
 * Has dropwizard-auth authenticate every request that Bouncer decides. Register it instead of
 * dropwizard-auth's {@link AuthDynamicFeature}, with the same filter:
 *
 * <pre>{@code
 * environment.jersey().register(new BouncerAuthDynamicFeature(
 *     new BasicCredentialAuthFilter.Builder<User>()
 *         .setAuthenticator(new UserAuthenticator())
 *         .setAuthorizer(new UserAuthorizer())
 *         .setRealm("orders")
 *         .buildAuthFilter()));
 * }</pre>
 *
 * <p>{@code AuthDynamicFeature} attaches the filter only to methods with an {@code @Auth} parameter
 * or a {@code jakarta.annotation.security} annotation. A method protected by Bouncer's own
 * annotations alone then never gets an identity, and Bouncer answers every caller 401. This feature
 * attaches the filter, at {@link Priorities#AUTHENTICATION} (before Bouncer's filters, at {@link
 * Priorities#AUTHORIZATION}), to:
 *
 * <ul>
 *   <li>every resource method Bouncer enforces a policy on ({@link BouncerPolicies#enforced}: on
 *       the method, its class or a supertype, composed annotations included; {@code @RolesAllowed}
 *       and {@code @DenyAll} too);
 *   <li>every request that reached its resource method through a sub-resource locator Bouncer
 *       enforces a policy on (decided per request from Jersey's matched locators, cached per
 *       locator);
 *   <li>methods with an {@code @Auth} parameter and no policy, exactly as {@code
 *       AuthDynamicFeature} does (an {@code @Auth Optional<P>} parameter lets anonymous callers
 *       through).
 * </ul>
 *
 * <p>A method-level {@code @PermitAll} is open, as it is for Bouncer and in its report; {@code
 * AuthDynamicFeature} would require credentials there. Use {@code @Authenticated} for "any
 * signed-in user".
 *
 * <p>Missing or wrong credentials on those requests get the filter's own answer (dropwizard-auth's
 * {@code UnauthorizedHandler}: 401 with {@code WWW-Authenticate: <prefix> realm="<realm>"}) before
 * Bouncer runs; Bouncer then decides with the identity (403 {@code application/problem+json} for a
 * missing permission). Bouncer's own 401 and challenge are seen only if the filter lets a request
 * through without an identity. If in doubt about a method (its annotations cannot be read), it is
 * authenticated.
 */
public final class BouncerAuthDynamicFeature implements Feature, DynamicFeature {
  private static final Logger LOG = Logger.getLogger("dev.bouncer");

  private final ContainerRequestFilter authFilter;

  /** Binds {@code @Auth} parameters and injects the filter, as dropwizard-auth does. */
  private final AuthDynamicFeature dropwizard;

  private final LocatorAuthentication throughLocators;

  /**
   * A feature that attaches {@code authFilter} where Bouncer needs an identity.
   *
   * @param authFilter the application's authentication filter, for example a {@code
   *     BasicCredentialAuthFilter}; it must refuse (throw or abort) a request it cannot
   *     authenticate, as dropwizard-auth's filters do
   */
  public BouncerAuthDynamicFeature(ContainerRequestFilter authFilter) {
    this.authFilter = Objects.requireNonNull(authFilter, "authFilter");
    this.dropwizard = new AuthDynamicFeature(authFilter);
    this.throughLocators = new LocatorAuthentication(authFilter);
  }

  /**
   * Has Jersey inject the filter (and its authenticator and authorizer), as {@code
   * AuthDynamicFeature} does. Called by Jersey once.
   *
   * @param context the application's configuration
   * @return true
   */
  @Override
  public boolean configure(FeatureContext context) {
    dropwizard.configure(context);
    return true;
  }

  /**
   * Attaches the filter to one resource method, if Bouncer enforces a policy on it, and otherwise
   * the filter that authenticates requests through protected locators. Called by Jersey for every
   * resource method, sub-resource methods included (when first requested).
   *
   * @param resourceInfo the resource method
   * @param context where to register its filters
   */
  @Override
  public void configure(ResourceInfo resourceInfo, FeatureContext context) {
    Class<?> type = resourceInfo.getResourceClass();
    Method method = resourceInfo.getResourceMethod();
    if (type == null || method == null) {
      return; // nothing to serve; Bouncer binds nothing either
    }
    if (enforced(type, method)) {
      context.register(authFilter, Priorities.AUTHENTICATION);
      return;
    }
    if (hasAuthParameter(method)) {
      dropwizard.configure(resourceInfo, context);
    }
    if (!context.getConfiguration().isRegistered(authFilter)) {
      context.register(throughLocators, Priorities.AUTHENTICATION);
    }
  }

  /** Whether Bouncer enforces a policy on the method; true if that cannot be told. */
  static boolean enforced(Class<?> type, Method method) {
    try {
      return BouncerPolicies.enforced(type, method);
    } catch (RuntimeException | LinkageError e) {
      LOG.log(
          Level.WARNING,
          "Bouncer could not read the policy annotations of "
              + method
              + " served by "
              + type
              + "; requests to it are authenticated",
          e);
      return true;
    }
  }

  /** An {@code @Auth} parameter, found as {@code AuthDynamicFeature} finds it. */
  private static boolean hasAuthParameter(Method method) {
    for (Annotation[] annotations : new AnnotatedMethod(method).getParameterAnnotations()) {
      for (Annotation annotation : annotations) {
        if (annotation instanceof Auth) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "BouncerAuthDynamicFeature[" + authFilter + "]";
  }
}
