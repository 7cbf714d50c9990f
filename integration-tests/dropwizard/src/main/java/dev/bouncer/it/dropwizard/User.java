package dev.bouncer.it.dropwizard;

import java.security.Principal;
import java.util.Set;

/**
 * A user of the test application: its roles are its permissions and roles together, so Bouncer's
 * default authorizer (a permission is a role) decides through {@code SecurityContext.isUserInRole},
 * which dropwizard-auth's {@link io.dropwizard.auth.Authorizer} answers.
 *
 * @param name the user name (also the password)
 * @param roles permissions and roles
 */
public record User(String name, Set<String> roles) implements Principal {
  @Override
  public String getName() {
    return name;
  }
}
