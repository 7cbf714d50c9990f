package dev.bouncer.dropwizard;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.server.model.Invocable;
import org.glassfish.jersey.server.model.ResourceMethod;

/**
 * Runs the application's authentication filter for a request that went through a sub-resource
 * locator Bouncer enforces a policy on: the locator's policy guards the sub-resource, whose own
 * methods may carry none. Which locators ran is Jersey's record of the request ({@link
 * ExtendedUriInfo#getMatchedResourceLocators()}); whether each one is protected is read once per
 * locator. A request whose locators cannot be told is authenticated.
 */
final class LocatorAuthentication implements ContainerRequestFilter {
  private final ContainerRequestFilter authFilter;
  private final Map<Key, Boolean> enforced = new ConcurrentHashMap<>();

  private record Key(Class<?> type, Method method) {}

  LocatorAuthentication(ContainerRequestFilter authFilter) {
    this.authFilter = authFilter;
  }

  @Override
  public void filter(ContainerRequestContext request) throws IOException {
    if (throughProtectedLocator(request.getUriInfo())) {
      authFilter.filter(request);
    }
  }

  private boolean throughProtectedLocator(UriInfo uriInfo) {
    if (!(uriInfo instanceof ExtendedUriInfo extended)) {
      return true; // not Jersey's record: cannot tell, so authenticate
    }
    for (ResourceMethod locator : extended.getMatchedResourceLocators()) {
      if (enforced(locator)) {
        return true;
      }
    }
    return false;
  }

  private boolean enforced(ResourceMethod locator) {
    Invocable invocable = locator.getInvocable();
    Method method = invocable == null ? null : invocable.getHandlingMethod();
    if (method == null) {
      return true;
    }
    Class<?> type =
        invocable.getHandler() == null ? null : invocable.getHandler().getHandlerClass();
    Class<?> resourceClass = type == null ? method.getDeclaringClass() : type;
    return enforced.computeIfAbsent(
        new Key(resourceClass, method),
        key -> BouncerAuthDynamicFeature.enforced(key.type(), key.method()));
  }

  @Override
  public String toString() {
    return "LocatorAuthentication[" + authFilter + "]";
  }
}
