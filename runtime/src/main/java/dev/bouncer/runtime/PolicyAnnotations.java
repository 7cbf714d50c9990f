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
 * so that the runtime needs no annotation API on the class path. A composed annotation (one
 * annotated, at any depth, with a policy annotation, such as {@code @AdminOnly} annotated
 * {@code @RequiresPermission("admin")}) counts as the policy annotation it carries, as it does for
 * the processor.
 */
final class PolicyAnnotations {
  private static final Set<String> ENFORCED =
      Set.of(
          "dev.bouncer.Authenticated",
          "dev.bouncer.RequiresPermission",
          "jakarta.annotation.security.RolesAllowed",
          "jakarta.annotation.security.DenyAll");

  private static final String PERMIT_ALL = "jakarta.annotation.security.PermitAll";

  /**
   * Per annotation type, the policy annotation it carries as a meta-annotation, as {@code
   * "@AdminOnly (meta: @RequiresPermission)"}, or "" if none; computed once per type.
   */
  private static final ClassValue<Meta> COMPOSED =
      new ClassValue<>() {
        @Override
        protected Meta computeValue(Class<?> annotationType) {
          return composed(annotationType);
        }
      };

  /** What an annotation type carries: nothing (text ""), {@code @PermitAll}, or an enforced one. */
  private record Meta(String text, boolean permitAll) {
    static final Meta NONE = new Meta("", false);

    boolean enforced() {
      return !text.isEmpty() && !permitAll;
    }
  }

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
      for (Method candidate : inStableOrder(type.getDeclaredMethods())) {
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
      for (Method candidate : inStableOrder(type.getDeclaredMethods())) {
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

  /** Whether the method itself carries {@code @PermitAll}, written or composed. */
  private static boolean hasPermitAll(Method method) {
    for (Annotation a : method.getAnnotations()) {
      String name = a.annotationType().getName();
      if (name.equals(PERMIT_ALL) || COMPOSED.get(a.annotationType()).permitAll()) {
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
      Meta composed = COMPOSED.get(a.annotationType());
      if (composed.enforced()) {
        return composed.text();
      }
    }
    return null;
  }

  /**
   * The enforced policy annotation (or else {@code @PermitAll}) that {@code annotationType} carries
   * as a meta-annotation at any depth, described; "" if none. An enforced one wins over {@code
   * PermitAll}: the processor rejects an annotation that carries two, and if its class was
   * compiled without the processor, denying is the safe reading.
   */
  private static Meta composed(Class<?> annotationType) {
    Meta permitAll = Meta.NONE;
    Deque<Class<?>> todo = new ArrayDeque<>();
    java.util.Map<Class<?>, java.util.List<String>> chains = new java.util.HashMap<>();
    todo.add(annotationType);
    chains.put(annotationType, java.util.List.of(annotationType.getSimpleName()));
    while (!todo.isEmpty()) {
      Class<?> type = todo.poll();
      java.util.List<String> chain = chains.get(type);
      for (Annotation meta : type.getAnnotations()) {
        Class<? extends Annotation> metaType = meta.annotationType();
        String name = metaType.getName();
        if (ENFORCED.contains(name)) {
          return new Meta(describe(chain, metaType.getSimpleName()), false);
        }
        if (name.equals(PERMIT_ALL)) {
          if (permitAll == Meta.NONE) {
            permitAll = new Meta(describe(chain, metaType.getSimpleName()), true);
          }
          continue;
        }
        if (name.startsWith("java.lang.annotation.") || chains.containsKey(metaType)) {
          continue; // @Retention, @Target, ...; or seen (a cycle, a diamond)
        }
        java.util.List<String> longer = new java.util.ArrayList<>(chain);
        longer.add(metaType.getSimpleName());
        chains.put(metaType, longer);
        todo.add(metaType);
      }
    }
    return permitAll;
  }

  /** {@code @A (meta: @B (meta: @RequiresPermission))}. */
  private static String describe(java.util.List<String> chain, String policy) {
    String text = "@" + policy;
    for (int i = chain.size() - 1; i >= 0; i--) {
      text = "@" + chain.get(i) + " (meta: " + text + ")";
    }
    return text;
  }


  /**
   * The JVM lists declared methods in no specified order, and it differs between JDK builds; the
   * annotation this class names in a start-up message must not. Sorted by name, then by the full
   * signature.
   */
  private static Method[] inStableOrder(Method[] methods) {
    Method[] sorted = methods.clone();
    java.util.Arrays.sort(
        sorted,
        java.util.Comparator.comparing(Method::getName).thenComparing(Method::toGenericString));
    return sorted;
  }
}
