package dev.bouncer.runtime;

import jakarta.ws.rs.core.SecurityContext;

/**
 * An {@link Authorizer} of Bouncer's own with a {@code toString()} that says which it is, for the
 * start-up summary and for error messages that name a configuration.
 */
final class NamedAuthorizer implements Authorizer {
  /** {@link Authorizer#roles()}: one instance, so that two default configurations are equal. */
  static final NamedAuthorizer ROLES =
      new NamedAuthorizer(
          "Authorizer.roles()",
          (caller, required) -> required.isPlain() && caller.isUserInRole(required.toString()));

  private final String name;
  private final Authorizer delegate;

  NamedAuthorizer(String name, Authorizer delegate) {
    this.name = name;
    this.delegate = delegate;
  }

  @Override
  public boolean permits(SecurityContext caller, Permission required) {
    return delegate.permits(caller, required);
  }

  /** A function's {@code toString()}, or for a lambda the class that wrote it. */
  static String describe(Object function) {
    String name = function.getClass().getName();
    int lambda = name.indexOf("$$Lambda");
    return lambda < 0 ? String.valueOf(function) : "a lambda of " + name.substring(0, lambda);
  }

  @Override
  public String toString() {
    return name;
  }
}
