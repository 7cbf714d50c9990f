package dev.bouncer.it.app;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Authentication for tests: {@code X-Test-User} names the caller, {@code X-Test-Grants} lists its
 * grants separated by spaces; grants double as roles. No {@code X-Test-User}: no identity.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public final class TestAuthenticationFilter implements ContainerRequestFilter {
  public static final String USER = "X-Test-User";
  public static final String GRANTS = "X-Test-Grants";

  /** How often a security context set here answered {@code isUserInRole}: tests count checks. */
  public static final java.util.concurrent.atomic.AtomicInteger ROLE_CHECKS =
      new java.util.concurrent.atomic.AtomicInteger();

  @Override
  public void filter(ContainerRequestContext request) {
    String user = request.getHeaderString(USER);
    if (user == null || user.isBlank()) {
      return;
    }
    String grantsHeader = request.getHeaderString(GRANTS);
    Set<String> grants =
        grantsHeader == null || grantsHeader.isBlank()
            ? Set.of()
            : new LinkedHashSet<>(Arrays.asList(grantsHeader.trim().split("\\s+")));
    TestPrincipal principal = new TestPrincipal(user, Set.copyOf(grants));
    boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
    request.setSecurityContext(
        new SecurityContext() {
          @Override
          public Principal getUserPrincipal() {
            return principal;
          }

          @Override
          public boolean isUserInRole(String role) {
            ROLE_CHECKS.incrementAndGet();
            return principal.grants().contains(role);
          }

          @Override
          public boolean isSecure() {
            return secure;
          }

          @Override
          public String getAuthenticationScheme() {
            return "X-Test";
          }
        });
  }

  /** The grants of the caller, for {@code Authorizer.fromGrants}. */
  public static Set<String> grantsOf(SecurityContext caller) {
    return caller.getUserPrincipal() instanceof TestPrincipal p ? p.grants() : Set.of();
  }
}
