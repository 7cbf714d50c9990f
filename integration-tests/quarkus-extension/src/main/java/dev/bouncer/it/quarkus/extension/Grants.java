package dev.bouncer.it.quarkus.extension;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.Permission;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * The application's authorizer, which the extension finds as a bean: a caller's Quarkus roles are
 * the permissions it was granted. A role written with a wildcard ({@code orders:*}) is a grant with
 * Shiro's semantics, decided by {@link Authorizer#fromGrants}; any other role holds exactly the
 * permission of its name, as with {@link Authorizer#roles()} (so {@code orders:read} does not also
 * open {@code orders:read:8}, which the core rows require).
 */
@Singleton
public class Grants {
  @Inject SecurityIdentity identity;

  /**
   * The bean the extension configures Bouncer with.
   *
   * @return the authorizer
   */
  @Produces
  @Singleton
  Authorizer authorizer() {
    Authorizer exact = Authorizer.roles();
    Authorizer wildcards =
        Authorizer.fromGrants(
            caller -> identity.getRoles().stream().filter(role -> role.contains("*")).toList());
    return new Authorizer() {
      @Override
      public boolean permits(SecurityContext caller, Permission required) {
        return exact.permits(caller, required) || wildcards.permits(caller, required);
      }

      @Override
      public String toString() {
        return "Grants[" + String.join(" or ", List.of(exact.toString(), wildcards.toString())) + "]";
      }
    };
  }
}
