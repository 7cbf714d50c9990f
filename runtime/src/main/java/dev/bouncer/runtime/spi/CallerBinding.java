package dev.bouncer.runtime.spi;

import dev.bouncer.runtime.Authorizer;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The authorizer bound to one request's caller ({@link Authorizer#forCaller}), shared by the
 * checks that decide the same request: a request that went through sub-resource locators is
 * decided by each locator's policy and then the method's own, and with this the application's
 * grants are looked up once for all of them, not once per policy. The first check that needs the
 * caller bound fills it; the others reuse it for the same security context and the same
 * authorizer. Mutable, for one request on one thread.
 */
public final class CallerBinding {
  SecurityContext caller;
  Authorizer authorizer;
  Authorizer bound;

  private CallerBinding() {}

  /**
   * An empty binding for the checks of one request.
   *
   * @param enforcer the configuration the checks enforce
   * @return a binding to fill; null when there is nothing to share because the enforcer's
   *     authorizer binds nothing per caller (it does not override {@link Authorizer#forCaller},
   *     as {@code Authorizer.roles()}), so that this path allocates nothing
   */
  public static CallerBinding forRequest(Enforcer enforcer) {
    return enforcer.bindsPerCaller() ? new CallerBinding() : null;
  }
}
