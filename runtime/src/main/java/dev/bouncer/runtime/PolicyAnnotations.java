package dev.bouncer.runtime;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Start-up reflection only: does a resource method carry a policy annotation that Bouncer must
 * enforce, on itself, its class, or a supertype method it overrides or that type? Compared by name
 * so that the runtime needs no annotation API on the class path.
 */
final class PolicyAnnotations {
  private static final Set<String> ENFORCED =
      Set.of(
          "dev.bouncer.Authenticated",
          "dev.bouncer.RequiresPermission",
          "jakarta.annotation.security.RolesAllowed",
          "jakarta.annotation.security.DenyAll");

  private PolicyAnnotations() {}

  /** The first enforced annotation found, as {@code @Name}, or null if there is none. */
  static String find(Class<?> resourceClass, Method method) {
    String found = on(method.getAnnotations());
    if (found != null) {
      return found;
    }
    Deque<Class<?>> todo = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    todo.add(resourceClass);
    todo.add(method.getDeclaringClass());
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      if (type == Object.class || !seen.add(type)) {
        continue;
      }
      found = on(type.getAnnotations());
      if (found != null) {
        return found;
      }
      try {
        Method same = type.getDeclaredMethod(method.getName(), method.getParameterTypes());
        found = on(same.getAnnotations());
        if (found != null) {
          return found;
        }
      } catch (NoSuchMethodException e) {
        // not declared here
      }
      if (type.getSuperclass() != null) {
        todo.add(type.getSuperclass());
      }
      for (Class<?> iface : type.getInterfaces()) {
        todo.add(iface);
      }
    }
    return null;
  }

  private static String on(Annotation[] annotations) {
    for (Annotation a : annotations) {
      String name = a.annotationType().getName();
      if (ENFORCED.contains(name)) {
        return "@" + a.annotationType().getSimpleName();
      }
    }
    return null;
  }
}
