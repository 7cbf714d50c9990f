package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.CallerBinding;
import dev.bouncer.runtime.spi.Check;
import dev.bouncer.runtime.spi.Enforcer;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides every request that reached its resource method through sub-resource locators, on every
 * server alike: the policy of each locator the server invoked, outermost first, and then the
 * resource method's own. Registered for the whole application, after matching and before the
 * per-method filters, so it does not depend on whether a server hands sub-resource methods to
 * dynamic features (Jersey and RESTEasy differ, and so do their versions).
 *
 * <p>Which locators ran is asked of the server ({@link MatchedLocators}), never re-derived from the
 * request's path. Where a server cannot say, every locator of the parent that could have returned
 * the matched sub-resource must allow the request.
 *
 * <p>The servers invoke a locator while they match the request, before any filter runs: a locator
 * method itself runs for a denied request, the sub-resource's methods never do. An {@code OPTIONS}
 * request the server answers itself (no method of the application matched) is not checked: it
 * runs no application code beyond the locators and tells only which methods exist, and browsers
 * send CORS preflights without credentials. Requests to root resource methods pass through
 * untouched: their filters are bound at start-up.
 */
final class SubResourceGate implements ContainerRequestFilter {
  @Context private ResourceInfo resourceInfo;

  private final GuardBinder binder;
  private final java.util.Map<Method, Boolean> serversOwn =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The server adapter, or null to ask the {@link UriInfo} of each request which server it is. */
  private final MatchedLocators server;

  SubResourceGate(GuardBinder binder) {
    this(binder, (MatchedLocators) null);
  }

  /**
   * A gate that asks {@code resourceInfo} for the matched method, for a filter that delegates to it
   * (the server injects that filter, not this gate).
   */
  SubResourceGate(GuardBinder binder, ResourceInfo resourceInfo) {
    this(binder, (MatchedLocators) null);
    this.resourceInfo = resourceInfo;
  }

  /** For tests: a gate that takes every request as coming from {@code server}. */
  SubResourceGate(GuardBinder binder, MatchedLocators server) {
    this.binder = binder;
    this.server = server;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Enforcer enforcer = binder.enforcer();
    if (request.getProperty(Enforcer.DECIDED) == enforcer) {
      return; // registered twice with the same configuration: decided already
    }
    try {
      UriInfo uriInfo = request.getUriInfo();
      List<Object> matched = uriInfo.getMatchedResources();
      MatchedLocators server = this.server != null ? this.server : MatchedLocators.of(uriInfo);
      List<?> invoked = server.invoked(uriInfo);
      if (invoked != null ? invoked.isEmpty() : matched.size() < 2) {
        return; // a root resource method: its own bound filter decides
      }
      Method method = resourceInfo == null ? null : resourceInfo.getResourceMethod();
      if (method == null) {
        method = ServerResourceInfo.resourceMethod(request); // Quarkus REST injects no ResourceInfo
      }
      if (method == null) {
        throw new IllegalStateException(
            "the server did not provide the matched resource method (ResourceInfo)");
      }
      if (matched.isEmpty()) {
        throw new IllegalStateException("the server did not provide the matched resources");
      }
      if (HttpMethod.OPTIONS.equals(request.getMethod()) && serversOwn(method)) {
        return; // the server's own OPTIONS answer: no application method runs
      }
      // One binding for every check of this request: the grants are looked up once.
      CallerBinding binding = CallerBinding.forRequest(enforcer);
      Response denial;
      try {
        denial =
            invoked != null
                ? locatorsInvoked(server, invoked, request, binding)
                : everyCandidate(server, matched, request, binding);
        if (denial == null) {
          Optional<Check> own = binder.checkFor(resourceClass(matched.get(0)), method);
          if (own.isPresent()) {
            denial = own.get().denial(request, binding);
          }
        }
      } finally {
        CallerBinding.release(binding);
      }
      if (denial != null) {
        request.abortWith(denial);
        return;
      }
      request.setProperty(Enforcer.DECIDED, enforcer);
    } catch (RuntimeException | LinkageError e) {
      enforcer.logFailure(
          "the sub-resource path " + request.getUriInfo().getRequestUri().getRawPath(), e);
      request.abortWith(enforcer.failure());
    }
  }

  /**
   * Whether {@code method} is the server's own handler (Jersey answers OPTIONS with inflectors of
   * its own) rather than a resource method of the application: neither it nor a method it
   * overrides carries an HTTP method designator ({@code @GET}, {@code @OPTIONS}, ...). Worked out
   * once per method.
   */
  private boolean serversOwn(Method method) {
    Boolean own = serversOwn.get(method);
    if (own == null) {
      own = !designated(method.getDeclaringClass(), method, new java.util.HashSet<>());
      serversOwn.put(method, own);
    }
    return own;
  }

  static boolean designated(Class<?> type, Method method, java.util.Set<Class<?>> seen) {
    if (type == null || type == Object.class || !seen.add(type)) {
      return false;
    }
    for (Method candidate : type.getDeclaredMethods()) {
      if (candidate.getName().equals(method.getName())
          && candidate.getParameterCount() == method.getParameterCount()) {
        for (java.lang.annotation.Annotation a : candidate.getAnnotations()) {
          if (a.annotationType().isAnnotationPresent(HttpMethod.class)) {
            return true;
          }
        }
      }
    }
    if (designated(type.getSuperclass(), method, seen)) {
      return true;
    }
    for (Class<?> iface : type.getInterfaces()) {
      if (designated(iface, method, seen)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The first denial of the locators the server says it invoked, outermost first ({@code invoked}
   * lists them innermost first).
   */
  private Response locatorsInvoked(
      MatchedLocators server,
      List<?> invoked,
      ContainerRequestContext request,
      CallerBinding binding) {
    for (int i = invoked.size() - 1; i >= 0; i--) {
      MatchedLocators.Invoked locator = server.describe(invoked.get(i));
      Optional<Check> check = binder.checkFor(locator.resourceClass(), locator.method());
      if (check.isPresent()) {
        Response denial = check.get().denial(request, binding);
        if (denial != null) {
          return denial;
        }
      }
    }
    return null;
  }

  /**
   * For servers that cannot say which locators ran: at each level, every locator of the parent
   * that could have returned the child must allow the request, but for those the server's own
   * record rules out. Matched resources come innermost first; each one was returned by a locator
   * of the next.
   */
  private Response everyCandidate(
      MatchedLocators server,
      List<Object> matched,
      ContainerRequestContext request,
      CallerBinding binding) {
    UriInfo uriInfo = request.getUriInfo();
    boolean recordRead = false;
    String template = null;
    List<String> forward = null;
    for (int i = matched.size() - 1, level = 0; i >= 1; i--, level++) {
      LocatorCandidates candidates =
          binder.locatorCandidates(resourceClass(matched.get(i)), resourceClass(matched.get(i - 1)));
      List<Check> checks;
      if (candidates.ambiguous()) {
        if (!recordRead) {
          recordRead = true;
          template = MatchedLocators.matchedTemplate(uriInfo);
          if (template == null && server.narrowsByMatchedUris()) {
            forward = matchOrder(uriInfo.getMatchedURIs(false));
          }
        }
        checks = candidates.checksFor(template, forward == null ? null : consumed(forward, level));
      } else {
        checks = candidates.checksFor(null, null);
      }
      for (Check check : checks) {
        Response denial = check.denial(request, binding);
        if (denial != null) {
          return denial;
        }
      }
    }
    return null;
  }

  /**
   * The class of a matched resource. The specification lists resource instances; Apache CXF 4.2
   * lists their classes ({@code UriInfoImpl.getMatchedResources}), and taking the class of such an
   * entry ({@code Class}) found no locator at all: sub-resources beneath protected locators were
   * open there. A locator cannot return a {@code Class} instance as a resource (the server
   * instantiates the class it names), so an entry that is a {@code Class} is the class itself.
   */
  static Class<?> resourceClass(Object matched) {
    return matched instanceof Class<?> type ? type : matched.getClass();
  }

  /**
   * The matched URIs in matching order, consecutive repeats dropped: the root resource's, then one
   * more for each locator on the way (and maybe one for the resource method's own path). Servers
   * list them innermost first, as the specification's example shows.
   */
  private static List<String> matchOrder(List<String> innermostFirst) {
    List<String> forward = new ArrayList<>(innermostFirst.size());
    for (int i = innermostFirst.size() - 1; i >= 0; i--) {
      String uri = LocatorCandidates.normalize(innermostFirst.get(i));
      if (forward.isEmpty() || !forward.get(forward.size() - 1).equals(uri)) {
        forward.add(uri);
      }
    }
    return forward;
  }

  /**
   * What the locator at {@code level} (0: the root resource's) consumed, or null if the matched
   * URIs do not say: too few of them, or they do not nest.
   */
  private static String consumed(List<String> forward, int level) {
    if (level + 1 >= forward.size()) {
      return null;
    }
    String before = forward.get(level);
    String after = forward.get(level + 1);
    if (!after.startsWith(before) || (!before.isEmpty() && after.length() > before.length() && after.charAt(before.length()) != '/')) {
      return null;
    }
    return after.substring(before.length());
  }

  @Override
  public String toString() {
    return "SubResourceGate";
  }
}
