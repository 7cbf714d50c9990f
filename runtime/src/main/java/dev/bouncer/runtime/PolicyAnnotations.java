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
    if (hasPermitAll(method)) {
      // Method-level @PermitAll replaces every class-level policy: deliberately open.
      return null;
    }
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
      for (Method candidate : type.getDeclaredMethods()) {
        if (mayBeOverriddenBy(candidate, method)) {
          found = on(candidate.getAnnotations());
          if (found != null) {
            return found;
          }
        }
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

  /**
   * The first enforced annotation on {@code type} or any of its supertypes, on the type or any of
   * its declared methods; null if there is none.
   */
  static String anyIn(Class<?> type) {
    return declaredBetween(type, Object.class);
  }

  /**
   * The first enforced annotation declared on {@code sub}, or a superclass of it below {@code
   * sup}, or an interface any of those implement, on the type itself or any of its declared
   * methods; null if there is none.
   */
  static String declaredBetween(Class<?> sub, Class<?> sup) {
    Deque<Class<?>> todo = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    for (Class<?> c = sub; c != null && c != sup && c != Object.class; c = c.getSuperclass()) {
      todo.add(c);
    }
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      if (!seen.add(type)) {
        continue;
      }
      String found = on(type.getAnnotations());
      if (found != null) {
        return found;
      }
      for (Method candidate : type.getDeclaredMethods()) {
        found = on(candidate.getAnnotations());
        if (found != null) {
          return found;
        }
      }
      todo.addAll(java.util.List.of(type.getInterfaces()));
    }
    return null;
  }

  /**
   * Whether {@code method} and {@code candidate} may be the same resource method seen from two
   * types: same name, same number of parameters, and each pair of parameter types related one way
   * or the other. That covers generic supertypes ({@code put(T)} erases to {@code put(Object)}),
   * whichever of the two the server reports; it may also match an unrelated overload, which can
   * only make Bouncer deny more, never less.
   */
  private static boolean mayBeOverriddenBy(Method candidate, Method method) {
    if (!candidate.getName().equals(method.getName())
        || candidate.getParameterCount() != method.getParameterCount()) {
      return false;
    }
    Class<?>[] declared = candidate.getParameterTypes();
    Class<?>[] actual = method.getParameterTypes();
    for (int i = 0; i < declared.length; i++) {
      if (!declared[i].isAssignableFrom(actual[i]) && !actual[i].isAssignableFrom(declared[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasPermitAll(Method method) {
    for (Annotation a : method.getAnnotations()) {
      if (a.annotationType().getName().equals("jakarta.annotation.security.PermitAll")) {
        return true;
      }
    }
    return false;
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
