package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Check;
import dev.bouncer.runtime.spi.Enforcer;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * A check like the generated ones, for the hand-written guards of the sub-resource tests: 401
 * without identity, 403 unless the caller is in {@code role}.
 */
record RoleCheck(Enforcer enforcer, String role) implements Check {
  @Override
  public Response denial(ContainerRequestContext request) {
    SecurityContext security = request.getSecurityContext();
    if (security == null || security.getUserPrincipal() == null) {
      return enforcer.unauthorized();
    }
    return security.isUserInRole(role) ? null : enforcer.forbidden(role);
  }
}
