package dev.bouncer.it.dropwizard;

import io.dropwizard.auth.Authenticator;
import io.dropwizard.auth.Authorizer;
import io.dropwizard.auth.basic.BasicCredentials;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The users every stack sets up (password = user name), as dropwizard-auth's {@link Authenticator}
 * and {@link Authorizer}.
 */
public final class Users implements Authenticator<BasicCredentials, User>, Authorizer<User> {
  private static final Map<String, Set<String>> ROLES =
      Map.of(
          "reader", Set.of("orders:read", "orders:read:7", "vault:open"),
          "clerk", Set.of("staff", "orders:write"),
          "nobody", Set.of());

  @Override
  public Optional<User> authenticate(BasicCredentials credentials) {
    Set<String> roles = ROLES.get(credentials.getUsername());
    if (roles == null || !credentials.getUsername().equals(credentials.getPassword())) {
      return Optional.empty();
    }
    return Optional.of(new User(credentials.getUsername(), roles));
  }

  @Override
  public boolean authorize(User user, String role, ContainerRequestContext requestContext) {
    return user.roles().contains(role);
  }
}
