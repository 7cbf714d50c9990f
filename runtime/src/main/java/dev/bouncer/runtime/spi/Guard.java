package dev.bouncer.runtime.spi;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.Permission;
import dev.bouncer.runtime.PermissionTemplate;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Objects;

/**
 * The base of every generated filter: the part of the check that is the same for all policies.
 *
 * <ol>
 *   <li>No identity (no {@code SecurityContext}, or no user principal): 401.
 *   <li>The user principal changed while the check ran (read again afterwards, it is another
 *       one, or gone): 500, logged.
 *   <li>{@link #permits(SecurityContext, ContainerRequestContext)} false: 403.
 *   <li>Anything thrown on the way: 500, logged. The request is never let through.
 * </ol>
 *
 * <p>A generated subclass implements {@link #permits} as straight-line code for its resource
 * method's policy. Instances are immutable and shared by all requests.
 */
public abstract class Guard implements Check {
  private final Enforcer enforcer;
  private final String endpoint;
  private final String requirement;

  /**
   * Creates a guard.
   *
   * @param enforcer the configuration to enforce with
   * @param endpoint the endpoint, for logs, for example {@code GET /orders/{id}}
   * @param requirement the requirement as written, for example {@code orders:read}
   */
  protected Guard(Enforcer enforcer, String endpoint, String requirement) {
    this.enforcer = Objects.requireNonNull(enforcer, "enforcer");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
    this.requirement = Objects.requireNonNull(requirement, "requirement");
  }

  /**
   * Aborts the request unless the caller may proceed. Does nothing when the runtime has already
   * decided this request with this guard's configuration (a request that reached its method through
   * a sub-resource locator is decided once, with its locators' policies, before this filter runs).
   */
  @Override
  public final void filter(ContainerRequestContext request) {
    if (request.getProperty(Enforcer.DECIDED) == enforcer) {
      return;
    }
    Response denial = denial(request);
    if (denial != null) {
      request.abortWith(denial);
    }
  }

  @Override
  public final Response denial(ContainerRequestContext request) {
    return denial(request, null);
  }

  @Override
  public final Response denial(ContainerRequestContext request, CallerBinding binding) {
    try {
      SecurityContext caller = request.getSecurityContext();
      Principal principal = caller == null ? null : caller.getUserPrincipal();
      if (principal == null) {
        return enforcer.unauthorized();
      }
      // One per-request authorizer for every check of the policy (fromGrants asks for the
      // caller's grants here, once, not once per clause).
      Authorizer authorizer = enforcer.authorizer();
      Authorizer bound;
      if (binding != null && binding.caller == caller && binding.authorizer == authorizer) {
        bound = binding.bound; // bound by an earlier check of this request
      } else {
        bound = authorizer.forCaller(caller);
        if (bound == null) {
          throw new IllegalStateException(authorizer + " bound no authorizer to the caller");
        }
        if (binding != null) {
          binding.caller = caller;
          binding.authorizer = authorizer;
          binding.bound = bound;
        }
      }
      boolean permitted =
          bound == authorizer
              ? permits(caller, request)
              : permits(new BoundCaller(caller, bound), request);
      // The decision is about one caller: if the identity changed while it was made (a security
      // context that is not a stable snapshot), it is not a decision about anyone.
      Principal after = caller.getUserPrincipal();
      if (after != principal && !samePrincipal(principal, after)) {
        throw new IllegalStateException(
            "the caller's principal changed while the request was being authorized");
      }
      return permitted ? null : enforcer.forbidden(requirement);
    } catch (Throwable failure) {
      // Fail closed: whatever went wrong (even a checked exception thrown sneakily), the resource
      // method must not run.
      enforcer.logFailure(endpoint, failure);
      return enforcer.failure();
    }
  }

  private static boolean samePrincipal(Principal before, Principal after) {
    return after != null
        && (before.equals(after) || Objects.equals(before.getName(), after.getName()));
  }

  /**
   * Whether an identified caller may use the endpoint.
   *
   * @param caller the caller's security context; its user principal is not null
   * @param request the request, for values that templates need
   * @return true to let the request through, false to answer 403
   */
  protected abstract boolean permits(SecurityContext caller, ContainerRequestContext request);

  /**
   * Whether the caller holds {@code required}, as decided by the application's authorizer (the
   * one bound to this request's caller). Generated code calls it from {@link
   * GeneratedGuards#permits}.
   *
   * @param caller the caller, as passed to {@link #permits}
   * @param required the permission
   * @return the authorizer's answer
   */
  public final boolean holds(SecurityContext caller, Permission required) {
    if (caller instanceof BoundCaller bound) {
      return bound.authorizer.permits(bound.context, required);
    }
    return enforcer.authorizer().permits(caller, required);
  }

  /**
   * Whether the caller holds {@code template} filled with {@code value}, as decided by the
   * application's authorizer: the same answer as {@code holds(caller, template.with(value))}. With
   * {@link Authorizer#roles()} the permission is not built: its text is compared directly.
   *
   * @param caller the caller, as passed to {@link #permits}
   * @param template a template with one slot
   * @param value the slot's value, not null or empty
   * @return the authorizer's answer
   */
  public final boolean holds(SecurityContext caller, PermissionTemplate template, String value) {
    Authorizer authorizer;
    SecurityContext context;
    if (caller instanceof BoundCaller bound) {
      authorizer = bound.authorizer;
      context = bound.context;
    } else {
      authorizer = enforcer.authorizer();
      context = caller;
    }
    if (authorizer == Authorizer.roles()) {
      String text = template.plainText(value);
      return text != null && context.isUserInRole(text);
    }
    return authorizer.permits(context, template.with(value));
  }

  /**
   * The endpoint this guard protects, for example {@code GET /orders/{id}}.
   *
   * @return the endpoint
   */
  public final String endpoint() {
    return endpoint;
  }

  /**
   * The requirement as written, for example {@code orders:read}.
   *
   * @return the requirement
   */
  public final String requirement() {
    return requirement;
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + endpoint + " requires " + requirement + "]";
  }
}
