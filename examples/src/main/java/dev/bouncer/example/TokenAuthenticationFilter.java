package dev.bouncer.example;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Map;

/**
 * The application's own authentication, as Bouncer expects it: turn a credential into an identity
 * at {@link Priorities#AUTHENTICATION}. Here a fixed table of demo bearer tokens; a real service
 * would validate a JWT or a session. An unknown or missing token leaves the caller anonymous, and
 * Bouncer answers 401 where an identity is needed.
 */
@Priority(Priorities.AUTHENTICATION)
public final class TokenAuthenticationFilter implements ContainerRequestFilter {

  /** A demo user and the permissions granted to it. */
  public record User(String name, List<String> grants) implements Principal {
    @Override
    public String getName() {
      return name;
    }
  }

  /** Token -> user. */
  public static final Map<String, User> USERS =
      Map.of(
          "alice-token", new User("alice", List.of("orders:read", "orders:write", "orders:cancel")),
          "bob-token", new User("bob", List.of("orders:read")),
          "carol-token", new User("carol", List.of("admin:*", "orders:*")));

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return;
    }
    User user = USERS.get(header.substring(7).strip());
    if (user == null) {
      return;
    }
    boolean secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
    request.setSecurityContext(
        new SecurityContext() {
          @Override
          public Principal getUserPrincipal() {
            return user;
          }

          @Override
          public boolean isUserInRole(String role) {
            return false;
          }

          @Override
          public boolean isSecure() {
            return secure;
          }

          @Override
          public String getAuthenticationScheme() {
            return "Bearer";
          }
        });
  }

  /** The grants of a caller, for Bouncer's authorizer. */
  static List<String> grantsOf(SecurityContext caller) {
    return caller.getUserPrincipal() instanceof User user ? user.grants() : List.of();
  }
}
