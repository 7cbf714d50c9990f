package dev.bouncer.runtime.spi;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Objects;

/**
 * The filter of a {@code @DenyAll} endpoint: 403 to everyone, identified or not, since no
 * credentials would help.
 */
public final class DenyAllGuard implements Check {
  private final Enforcer enforcer;
  private final String endpoint;

  /**
   * Creates the guard.
   *
   * @param enforcer the configuration to answer with
   * @param endpoint the endpoint, for logs, for example {@code DELETE /orders/{id}}
   */
  public DenyAllGuard(Enforcer enforcer, String endpoint) {
    this.enforcer = Objects.requireNonNull(enforcer, "enforcer");
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
  }

  @Override
  public Response denial(ContainerRequestContext request) {
    return enforcer.deniedToAll();
  }

  @Override
  public String toString() {
    return "DenyAllGuard[" + endpoint + "]";
  }
}
