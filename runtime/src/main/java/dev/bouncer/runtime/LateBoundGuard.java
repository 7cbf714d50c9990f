package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Check;
import dev.bouncer.runtime.spi.Enforcer;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bound when a server names an interface or abstract class as the resource class (RESTEasy does
 * when {@code @Path} sits on the interface): the policies live in the generated code of the
 * implementing class, which only the request knows. Each request looks up the check of the
 * matched instance's class; the lookup is cached, so only the first request per class pays for it.
 */
final class LateBoundGuard implements ContainerRequestFilter {
  private final GuardBinder binder;
  private final Method method;
  /** The check per implementing class, so that a request allocates nothing to find it. */
  private final Map<Class<?>, Optional<Check>> checks = new ConcurrentHashMap<>();

  LateBoundGuard(GuardBinder binder, Method method) {
    this.binder = binder;
    this.method = method;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    Enforcer enforcer = binder.enforcer();
    if (request.getProperty(Enforcer.DECIDED) == enforcer) {
      return;
    }
    try {
      List<Object> matched = request.getUriInfo().getMatchedResources();
      if (matched.isEmpty()) {
        throw new IllegalStateException("the server did not provide the matched resource");
      }
      // Apache CXF lists matched resources as classes: see SubResourceGate.resourceClass.
      Class<?> type = SubResourceGate.resourceClass(matched.get(0));
      Optional<Check> check = checks.get(type);
      if (check == null) {
        check = binder.checkFor(type, method);
        checks.put(type, check);
      }
      if (check.isPresent()) {
        Response denial = check.get().denial(request);
        if (denial != null) {
          request.abortWith(denial);
        }
      }
    } catch (RuntimeException | LinkageError e) {
      enforcer.logFailure(method.toString(), e);
      request.abortWith(enforcer.failure());
    }
  }

  @Override
  public String toString() {
    return "LateBoundGuard[" + method + "]";
  }
}
