package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Check;
import dev.bouncer.runtime.spi.Enforcer;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides every request that reached its resource method through sub-resource locators, on every
 * server alike: the policy of each locator on the way, outermost first, and then the resource
 * method's own. Registered for the whole application, after matching and before the per-method
 * filters, so it does not depend on whether a server hands sub-resource methods to dynamic
 * features (Jersey and RESTEasy differ, and so do their versions).
 *
 * <p>The servers invoke a locator while they match the request, before any filter runs: a locator
 * method itself runs for a denied request, the sub-resource's methods never do. Requests to root
 * resource methods pass through untouched: their filters are bound at start-up.
 */
final class SubResourceGate implements ContainerRequestFilter {
  @Context private ResourceInfo resourceInfo;

  private final GuardBinder binder;

  SubResourceGate(GuardBinder binder) {
    this.binder = binder;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Enforcer enforcer = binder.enforcer();
    if (request.getProperty(Enforcer.DECIDED) == enforcer) {
      return; // registered twice with the same configuration: decided already
    }
    try {
      List<Object> matched = request.getUriInfo().getMatchedResources();
      if (matched.size() < 2) {
        return;
      }
      List<String> forward = matchOrder(request.getUriInfo().getMatchedURIs());
      // Matched resources come innermost first; each one was returned by a locator of the next.
      for (int i = matched.size() - 1, level = 0; i >= 1; i--, level++) {
        Class<?> parent = matched.get(i).getClass();
        Class<?> child = matched.get(i - 1).getClass();
        for (Check check : binder.locatorChecksFor(parent, child).checksFor(consumed(forward, level))) {
          Response denial = check.denial(request);
          if (denial != null) {
            request.abortWith(denial);
            return;
          }
        }
      }
      Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
      if (method == null) {
        throw new IllegalStateException(
            "the server did not provide the matched resource method (ResourceInfo)");
      }
      Optional<Check> own = binder.checkFor(matched.get(0).getClass(), method);
      if (own.isPresent()) {
        Response denial = own.get().denial(request);
        if (denial != null) {
          request.abortWith(denial);
          return;
        }
      }
      request.setProperty(Enforcer.DECIDED, enforcer);
    } catch (RuntimeException | LinkageError e) {
      enforcer.logFailure(
          "the sub-resource path " + request.getUriInfo().getRequestUri().getRawPath(), e);
      request.abortWith(enforcer.failure());
    }
  }

  /**
   * The matched URIs in matching order, consecutive repeats dropped: the root resource's, then one
   * more for each locator on the way (and maybe one for the resource method's own path). Jersey
   * and RESTEasy both list them innermost first, as the specification's example shows.
   */
  private static List<String> matchOrder(List<String> innermostFirst) {
    List<String> forward = new ArrayList<>(innermostFirst.size());
    for (int i = innermostFirst.size() - 1; i >= 0; i--) {
      String uri = LocatorChoice.strip(innermostFirst.get(i));
      if (forward.isEmpty() || !forward.get(forward.size() - 1).equals(uri)) {
        forward.add(uri);
      }
    }
    return forward;
  }

  /** What the locator at {@code level} (0: the root resource's) consumed, or null if unknown. */
  private static String consumed(List<String> forward, int level) {
    if (level + 1 >= forward.size()) {
      return null;
    }
    String before = forward.get(level);
    String after = forward.get(level + 1);
    if (!after.startsWith(before)) {
      return null;
    }
    return LocatorChoice.strip(after.substring(before.length()));
  }

  @Override
  public String toString() {
    return "SubResourceGate";
  }
}
