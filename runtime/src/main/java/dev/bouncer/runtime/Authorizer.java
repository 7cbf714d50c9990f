package dev.bouncer.runtime;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Collection;
import java.util.Objects;
import java.util.function.Function;

/**
 * Decides whether an identified caller holds a permission. The application supplies one to {@link
 * BouncerFeature.Builder#authorizer(Authorizer)}; generated filters call it only for callers that
 * have an identity, and only after the request has been matched to a resource method.
 *
 * <p>The authorizers of {@link #roles()} and {@link #fromGrants(Function)} say which they are in
 * {@code toString()}, which Bouncer logs at start-up; give an authorizer of your own a readable
 * {@code toString()} too.
 *
 * <p>An authorizer must be thread-safe. Anything it throws denies the request (500, logged): it
 * never lets a request through.
 */
@FunctionalInterface
public interface Authorizer {

  /**
   * Whether {@code caller} holds {@code required}.
   *
   * @param caller the request's security context; its user principal is not null
   * @param required the permission the endpoint requires
   * @return true to let the request through, false to answer 403
   */
  boolean permits(SecurityContext caller, Permission required);

  /**
   * The authorizer used when the application supplies none: a caller holds a permission when
   * {@code caller.isUserInRole(required.toString())}. Roles have no wildcard semantics: a caller in
   * role {@code orders:*} does not hold {@code orders:read}. Use {@link #fromGrants(Function)} for
   * wildcard grants. A permission that is not {@linkplain Permission#isPlain() plain} (a template
   * filled with a value such as {@code a:b} or {@code *}) is never granted by a role, since its
   * text could name another role.
   *
   * @return the role-based authorizer
   */
  static Authorizer roles() {
    return NamedAuthorizer.ROLES;
  }

  /**
   * The authorizer for every check of one decision about {@code caller}: Bouncer calls this once
   * per request, before the first check (on a sub-resource path, the checks of every locator's
   * policy and of the method's own share the result), and then asks the returned authorizer each
   * check, with the same {@code caller}. An authorizer that looks something up per caller (grants from a token, a directory) can do so
   * here once instead of once per clause of an expression such as {@code orders:read:{id} &&
   * !orders:frozen}. Anything it throws, or a null result, denies the request.
   *
   * <p>The default returns this authorizer: an authorizer that only implements {@link #permits}
   * works as before.
   *
   * @param caller the request's security context; its user principal is not null
   * @return the authorizer that decides the checks of this request
   */
  default Authorizer forCaller(SecurityContext caller) {
    return this;
  }

  /**
   * An authorizer from the permission strings granted to a caller, with Shiro's wildcard semantics
   * (see {@link Permission#implies(Permission)}). The function is called once per request (through
   * {@link #forCaller}), however many permissions the endpoint's policy checks, and once per call
   * of {@link #permits}. Grant strings are parsed once and cached. A grant collection that cannot
   * change ({@code List.of}, {@code Set.of}, {@code Stream.toList()}, Guava's {@code Immutable*})
   * is indexed once and the index reused while the function returns the same instance, so a check
   * costs the same with 4 grants or 200; any other collection is read as it is on each check. A
   * grant that does not parse grants nothing; a null collection grants nothing.
   *
   * @param grants the permission strings granted to a caller, for example {@code ["orders:*"]}
   * @return an authorizer that permits when some grant implies the required permission
   */
  static Authorizer fromGrants(Function<? super SecurityContext, ? extends Collection<String>> grants) {
    Objects.requireNonNull(grants, "grants");
    return new GrantsAuthorizer(
        "Authorizer.fromGrants(" + NamedAuthorizer.describe(grants) + ")", grants);
  }
}
