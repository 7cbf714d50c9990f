package dev.bouncer.quarkus;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.Permission;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The application's {@code Authorizer} bean, created on first use (when the application starts)
 * rather than when the REST layer binds Bouncer's filters during static initialization. If it
 * cannot be created, every check throws, which Bouncer answers with 500: never a request let
 * through.
 */
final class BeanAuthorizer implements Authorizer {
  private final Instance<Authorizer> beans;
  private volatile Authorizer delegate;

  BeanAuthorizer(Instance<Authorizer> beans) {
    this.beans = beans;
  }

  Authorizer delegate() {
    Authorizer current = delegate;
    if (current == null) {
      synchronized (this) {
        current = delegate;
        if (current == null) {
          current = beans.get();
          if (current == null) {
            throw new IllegalStateException("the application's Authorizer bean is null");
          }
          delegate = current;
        }
      }
    }
    return current;
  }

  @Override
  public boolean permits(SecurityContext caller, Permission required) {
    return delegate().permits(caller, required);
  }

  /** The bean's own per-request authorizer (for example fromGrants asking for grants once). */
  @Override
  public Authorizer forCaller(SecurityContext caller) {
    Authorizer current = delegate();
    Authorizer bound = current.forCaller(caller);
    return bound == current ? this : bound;
  }

  /** Names the bean's authorizer once created, as Bouncer's start-up line does. */
  @Override
  public String toString() {
    Authorizer current = delegate;
    return "the application's Authorizer bean" + (current == null ? "" : " " + current);
  }
}
