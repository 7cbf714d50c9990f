package dev.bouncer.runtime.spi;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;

/**
 * A filter whose decision can be asked for without aborting the request. The runtime combines
 * several of them for a request that reached its resource method through sub-resource locators:
 * the first denial, outermost locator first, is the answer.
 */
public interface Check extends ContainerRequestFilter {
  /**
   * Decides the request. Never throws: a failure is itself a denial (500).
   *
   * @param request the request
   * @return the response that denies the request, or null to let it through
   */
  Response denial(ContainerRequestContext request);

  /**
   * Decides the request as {@link #denial(ContainerRequestContext)} does, sharing with the other
   * checks of the same request the authorizer bound to its caller.
   *
   * @param request the request
   * @param binding the binding the checks of this request share
   * @return the response that denies the request, or null to let it through
   */
  default Response denial(ContainerRequestContext request, CallerBinding binding) {
    return denial(request);
  }

  /** Aborts the request with {@link #denial} if there is one. */
  @Override
  default void filter(ContainerRequestContext request) {
    Response denial = denial(request);
    if (denial != null) {
      request.abortWith(denial);
    }
  }
}
