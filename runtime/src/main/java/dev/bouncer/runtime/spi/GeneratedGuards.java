package dev.bouncer.runtime.spi;

import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Implemented by the class Bouncer's processor generates for each resource class, named after it
 * with {@link #SUFFIX}: {@code com.acme.OrdersResource} gets {@code
 * com.acme.OrdersResource_BouncerGuards}, and a nested {@code Outer.Inner} gets {@code
 * Outer_Inner_BouncerGuards}. {@code BouncerFeature} finds it by that name at start-up and asks it
 * for the filter of each resource method; nothing is looked up per request.
 */
public interface GeneratedGuards {
  /** Appended to the resource class's name (nested names joined with {@code _}). */
  String SUFFIX = "_BouncerGuards";

  /**
   * Returned by {@link #guardFor} for a resource method that is {@code @PermitAll}: deliberately
   * open. It is never registered.
   */
  ContainerRequestFilter PERMIT_ALL = request -> {};

  /**
   * Returned by {@link #guardFor} for a resource method on which the processor found no policy. The
   * runtime still looks for policy annotations the processor could not see (on supertypes, say)
   * and, if it finds one, denies rather than serve the endpoint open. It is never registered.
   */
  ContainerRequestFilter NO_POLICY = request -> {};

  /**
   * Whether a method named {@code name} with erased parameter types {@code types} is the one the
   * generated code means. Called at start-up only.
   *
   * @param name the method's name
   * @param types its erased parameter types
   * @param expectedName the name the generated code expects
   * @param expectedTypes the parameter types the generated code expects, each a {@code Class}, or
   *     for a type the generated code cannot name (a private nested class) its {@link
   *     Class#getTypeName()}
   * @return true if the name and every parameter type match exactly
   */
  static boolean matches(
      String name, Class<?>[] types, String expectedName, Object... expectedTypes) {
    if (!name.equals(expectedName) || types.length != expectedTypes.length) {
      return false;
    }
    for (int i = 0; i < types.length; i++) {
      Object expected = expectedTypes[i];
      boolean same =
          expected instanceof Class<?>
              ? expected == types[i]
              : types[i].getTypeName().equals(expected);
      if (!same) {
        return false;
      }
    }
    return true;
  }

  /**
   * The filter that enforces the policy of a resource method, or of a sub-resource locator (its
   * own policy or its class's): where a server says which locator it invoked, the runtime asks for
   * exactly that one.
   *
   * @param methodName the resource method's or locator's name
   * @param parameterTypes its erased parameter types
   * @param enforcer the configuration to enforce with
   * @return a new filter for the method; {@link #PERMIT_ALL} or {@link #NO_POLICY} if its policy
   *     needs no check; or null if the processor did not see this method as a resource method of
   *     this class
   */
  ContainerRequestFilter guardFor(String methodName, Class<?>[] parameterTypes, Enforcer enforcer);

  /**
   * The sub-resource locators of this class that may have returned an instance of {@code
   * subResourceClass}, declared or inherited, in declaration order, each with the filter of its
   * policy. Called at most once per pair of classes.
   *
   * @param subResourceClass the class of the sub-resource instance a locator of this class returned
   * @param enforcer the configuration to enforce with
   * @return the locators; empty if no locator of this class can return such an instance, which
   *     the runtime treats as a sign of stale generated code and answers with 500
   */
  default List<Locator> locators(Class<?> subResourceClass, Enforcer enforcer) {
    return List.of();
  }

  /**
   * Whether {@code type} is, or extends or implements, the type named {@code typeName}: for
   * locators whose return type the generated code cannot name. Called at start-up only.
   *
   * @param type a class
   * @param typeName a {@link Class#getTypeName()}
   * @return whether {@code type} is assignable to the named type
   */
  static boolean isA(Class<?> type, String typeName) {
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Class<?> next = todo.poll();
      if (next.getTypeName().equals(typeName)) {
        return true;
      }
      if (next.getSuperclass() != null) {
        todo.add(next.getSuperclass());
      }
      todo.addAll(List.of(next.getInterfaces()));
    }
    return false;
  }
}
