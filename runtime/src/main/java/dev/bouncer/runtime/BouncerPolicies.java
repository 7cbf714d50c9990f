package dev.bouncer.runtime;

import java.lang.reflect.Method;
import java.util.Objects;

/**
 * Tells integrations which resource methods Bouncer enforces a policy on, so that they can
 * authenticate exactly those requests (Bouncer decides only callers that arrive with an identity,
 * and answers 401 to the others).
 *
 * <p>The answer is read from the annotations, as Bouncer's own start-up check reads them: {@code
 * @Authenticated}, {@code @RequiresPermission}, {@code @RolesAllowed} or {@code @DenyAll} on the
 * method, its class, a method it overrides or any supertype, written or composed (an annotation that
 * carries one of them as a meta-annotation); a method-level {@code @PermitAll} opens the method.
 * It does not depend on whether the processor ran: a method of a class compiled without it is still
 * enforced (denied). Start-up use only: it reflects over the type hierarchy, so cache the answer.
 */
public final class BouncerPolicies {
  private BouncerPolicies() {}

  /**
   * Whether Bouncer enforces a policy on {@code method} when served by {@code resourceClass}: a
   * request to it needs an identity (or is denied whatever the caller).
   *
   * @param resourceClass the resource class the server reports (may be the method's declaring class
   *     or a subclass)
   * @param method the resource method or sub-resource locator
   * @return true if a policy annotation applies and the method is not opened by {@code @PermitAll}
   */
  public static boolean enforced(Class<?> resourceClass, Method method) {
    Objects.requireNonNull(resourceClass, "resourceClass");
    Objects.requireNonNull(method, "method");
    return PolicyAnnotations.find(resourceClass, method) != null;
  }
}
