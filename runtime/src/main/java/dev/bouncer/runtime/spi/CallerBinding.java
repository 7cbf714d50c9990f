package dev.bouncer.runtime.spi;

import dev.bouncer.runtime.Authorizer;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The authorizer bound to one request's caller ({@link Authorizer#forCaller}), shared by the
 * checks that decide the same request: a request that went through sub-resource locators is
 * decided by each locator's policy and then the method's own, and with this the application's
 * grants are looked up once for all of them, not once per policy. The first check that needs the
 * caller bound fills it; the others reuse it for the same security context and the same
 * authorizer.
 *
 * <p>One binding is kept per thread and lent to one request at a time ({@link #forRequest} to
 * {@link #release}), so that the sub-resource path allocates nothing per request. It is emptied
 * both when it is lent and when it is given back: a binding never carries a caller from one
 * request to the next, and a thread holds no caller between requests. If a check on this thread
 * starts another request while the binding is lent (an in-process call from an authorizer), that
 * request gets a binding of its own.
 */
public final class CallerBinding {
  private static final ThreadLocal<CallerBinding> PER_THREAD =
      ThreadLocal.withInitial(CallerBinding::new);

  SecurityContext caller;
  Authorizer authorizer;
  Authorizer bound;
  private boolean lent;

  private CallerBinding() {}

  /**
   * An empty binding for the checks of one request, to be given back with {@link #release}.
   *
   * @param enforcer the configuration the checks enforce
   * @return a binding to fill; null when there is nothing to share because the enforcer's
   *     authorizer binds nothing per caller (it does not override {@link Authorizer#forCaller},
   *     as {@code Authorizer.roles()})
   */
  public static CallerBinding forRequest(Enforcer enforcer) {
    if (!enforcer.bindsPerCaller()) {
      return null;
    }
    CallerBinding binding = PER_THREAD.get();
    if (binding.lent) {
      binding = new CallerBinding(); // a request started from inside another one's checks
    }
    binding.clear();
    binding.lent = true;
    return binding;
  }

  /**
   * Ends the request this binding was lent to: forgets its caller and makes it available to the
   * thread's next request.
   *
   * @param binding what {@link #forRequest} returned; null is allowed and ignored
   */
  public static void release(CallerBinding binding) {
    if (binding != null) {
      binding.clear();
      binding.lent = false;
    }
  }

  private void clear() {
    caller = null;
    authorizer = null;
    bound = null;
  }
}
