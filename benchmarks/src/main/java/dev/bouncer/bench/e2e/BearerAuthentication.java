package dev.bouncer.bench.e2e;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.BouncerFeature;
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
 * The benchmark services' authentication: a fixed token table, run on every request to every
 * endpoint (protected or not), so that the only difference between endpoints is authorization.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BearerAuthentication implements ContainerRequestFilter {
  /** A caller and its wildcard grants. */
  public record User(String name, List<String> grants) implements Principal {
    @Override
    public String getName() {
      return name;
    }
  }

  private static final Map<String, User> TOKENS =
      Map.of(
          "alice", new User("alice", List.of("invoices:read", "orders:read:*")),
          "root", new User("root", List.of("*")),
          "bob", new User("bob", List.of("orders:write")));

  @Override
  public void filter(ContainerRequestContext request) {
    String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.startsWith("Bearer ")) {
      return;
    }
    User user = TOKENS.get(header.substring(7));
    if (user == null) {
      return;
    }
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
            return false;
          }

          @Override
          public String getAuthenticationScheme() {
            return "Bearer";
          }
        });
  }

  /** Bouncer configured to decide with the callers' grants. */
  public static BouncerFeature bouncer() {
    return BouncerFeature.builder()
        .authorizer(
            Authorizer.fromGrants(
                caller ->
                    caller.getUserPrincipal() instanceof User user ? user.grants() : List.of()))
        .build();
  }
}
