package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Check;
import dev.bouncer.runtime.spi.Enforcer;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

/**
 * Bound to an endpoint whose policy could not be found or loaded: every request gets 500 and the
 * resource method never runs. The cause was logged once at start-up.
 */
final class MissingPolicyGuard implements Check {
  private final Enforcer enforcer;
  private final String endpoint;

  MissingPolicyGuard(Enforcer enforcer, String endpoint) {
    this.enforcer = enforcer;
    this.endpoint = endpoint;
  }

  @Override
  public Response denial(ContainerRequestContext request) {
    return enforcer.failure();
  }

  @Override
  public String toString() {
    return "MissingPolicyGuard[" + endpoint + "]";
  }
}
