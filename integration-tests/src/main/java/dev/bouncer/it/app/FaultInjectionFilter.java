package dev.bouncer.it.app;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Breaks the identity after {@link TestAuthenticationFilter} has set it, as the {@code
 * X-Test-Fault} header asks: {@code null-context} removes the security context, {@code
 * flipping-principal} answers another user from the second call on, {@code vanishing-principal}
 * answers no user from the second call on.
 */
@Priority(Priorities.AUTHENTICATION + 1)
public final class FaultInjectionFilter implements ContainerRequestFilter {
  public static final String FAULT = "X-Test-Fault";

  @Override
  public void filter(ContainerRequestContext request) {
    String fault = request.getHeaderString(FAULT);
    if (fault == null) {
      return;
    }
    SecurityContext real = request.getSecurityContext();
    switch (fault) {
      case "null-context" -> request.setSecurityContext(null);
      case "flipping-principal" -> request.setSecurityContext(
          changing(real, new TestPrincipal("mallory", java.util.Set.of("orders:*", "admin:*"))));
      case "vanishing-principal" -> request.setSecurityContext(changing(real, null));
      default -> throw new IllegalArgumentException("unknown fault " + fault);
    }
  }

  /** A context whose principal is the real one on the first call and {@code later} after. */
  private static SecurityContext changing(SecurityContext real, Principal later) {
    AtomicInteger calls = new AtomicInteger();
    return new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return calls.getAndIncrement() == 0 ? real.getUserPrincipal() : later;
      }

      @Override
      public boolean isUserInRole(String role) {
        return real.isUserInRole(role);
      }

      @Override
      public boolean isSecure() {
        return real.isSecure();
      }

      @Override
      public String getAuthenticationScheme() {
        return real.getAuthenticationScheme();
      }
    };
  }
}
