package dev.bouncer.it.jpms;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Set;

/**
 * Test authentication: {@code X-User} names the caller, {@code X-Grants} lists its grants separated
 * by spaces, which double as roles. No {@code X-User}: no identity.
 */
@Priority(Priorities.AUTHENTICATION)
public final class HeaderAuthentication implements ContainerRequestFilter {
  /** The caller and its grants. */
  record Caller(String getName, Set<String> grants) implements Principal {}

  /** Called by Jersey. */
  public HeaderAuthentication() {}

  @Override
  public void filter(ContainerRequestContext request) {
    String user = request.getHeaderString("X-User");
    if (user == null || user.isBlank()) {
      return;
    }
    String header = request.getHeaderString("X-Grants");
    Caller caller =
        new Caller(user, header == null || header.isBlank() ? Set.of() : Set.of(header.trim().split("\\s+")));
    request.setSecurityContext(
        new SecurityContext() {
          @Override
          public Principal getUserPrincipal() {
            return caller;
          }

          @Override
          public boolean isUserInRole(String role) {
            return caller.grants().contains(role);
          }

          @Override
          public boolean isSecure() {
            return false;
          }

          @Override
          public String getAuthenticationScheme() {
            return "X-User";
          }
        });
  }

  /** The grants of an identified caller. */
  static Set<String> grantsOf(SecurityContext context) {
    return context.getUserPrincipal() instanceof Caller c ? c.grants() : Set.of();
  }
}
