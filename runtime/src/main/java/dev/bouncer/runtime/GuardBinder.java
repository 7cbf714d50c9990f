package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Enforcer;
import dev.bouncer.runtime.spi.GeneratedGuards;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finds the generated filter of a resource method and registers it; everything here runs at
 * start-up, once per resource method. When in doubt it binds a filter that denies.
 */
final class GuardBinder {
  private static final Logger LOG = Logger.getLogger("dev.bouncer");

  private final Enforcer enforcer;
  private final Map<Class<?>, Optional<GeneratedGuards>> generated = new ConcurrentHashMap<>();

  GuardBinder(Enforcer enforcer) {
    this.enforcer = enforcer;
  }

  void bind(ResourceInfo resourceInfo, FeatureContext context) {
    Class<?> resourceClass = resourceInfo.getResourceClass();
    Method method = resourceInfo.getResourceMethod();
    if (resourceClass == null || method == null) {
      return;
    }
    ContainerRequestFilter filter;
    try {
      filter = filterFor(resourceClass, method);
    } catch (RuntimeException | LinkageError e) {
      LOG.log(
          Level.SEVERE,
          "Bouncer could not load the generated policy of "
              + describe(resourceClass, method)
              + "; every request to it will be denied with 500",
          e);
      filter = new MissingPolicyGuard(enforcer, describe(resourceClass, method));
    }
    if (filter != null) {
      context.register(filter, Priorities.AUTHORIZATION);
    }
  }

  /** The filter to bind, or null when the method's policy needs no check. */
  ContainerRequestFilter filterFor(Class<?> resourceClass, Method method) {
    boolean seenByProcessor = false;
    for (Class<?> c = resourceClass; c != null && c != Object.class; c = c.getSuperclass()) {
      Optional<GeneratedGuards> guards = generated.computeIfAbsent(c, GuardBinder::load);
      if (guards.isPresent()) {
        ContainerRequestFilter filter =
            guards.get().guardFor(method.getName(), method.getParameterTypes(), enforcer);
        if (filter == GeneratedGuards.PERMIT_ALL) {
          return null;
        }
        if (filter == GeneratedGuards.NO_POLICY) {
          seenByProcessor = true;
          break; // but check below for annotations the processor could not see
        }
        if (filter != null) {
          return filter;
        }
      }
    }
    String annotation = PolicyAnnotations.find(resourceClass, method);
    if (annotation == null) {
      return null;
    }
    String endpoint = describe(resourceClass, method);
    String cause =
        seenByProcessor
            ? ". The processor found no policy on the method or its class, so the annotation sits"
                + " on a supertype, which this version of Bouncer does not carry over: put the"
                + " policy on the resource class or method."
            : ". The bouncer-processor most likely did not run when this class was compiled: add"
                + " dev.bouncer:bouncer-processor to the compiler's annotationProcessorPaths"
                + " (Maven) or the annotationProcessor configuration (Gradle), and rebuild.";
    LOG.severe(
        "Bouncer found no generated policy for "
            + endpoint
            + ", which carries "
            + annotation
            + cause
            + " Until then every request to this endpoint is denied with 500.");
    return new MissingPolicyGuard(enforcer, endpoint);
  }

  static String generatedName(Class<?> resourceClass) {
    String name = resourceClass.getName();
    int dot = name.lastIndexOf('.');
    String pkg = dot < 0 ? "" : name.substring(0, dot + 1);
    return pkg + name.substring(dot + 1).replace('$', '_') + GeneratedGuards.SUFFIX;
  }

  private static Optional<GeneratedGuards> load(Class<?> resourceClass) {
    Class<?> type;
    try {
      type = Class.forName(generatedName(resourceClass), true, resourceClass.getClassLoader());
    } catch (ClassNotFoundException e) {
      return Optional.empty();
    }
    // It exists, so the processor saw this class: failing to use it must deny, not open.
    try {
      return Optional.of(
          (GeneratedGuards) type.getDeclaredConstructor().newInstance());
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException("cannot instantiate " + type.getName(), e);
    }
  }

  private static String describe(Class<?> resourceClass, Method method) {
    StringBuilder sb = new StringBuilder(resourceClass.getName()).append('.');
    sb.append(method.getName()).append('(');
    Class<?>[] params = method.getParameterTypes();
    for (int i = 0; i < params.length; i++) {
      sb.append(i == 0 ? "" : ", ").append(params[i].getSimpleName());
    }
    return sb.append(')').toString();
  }
}
