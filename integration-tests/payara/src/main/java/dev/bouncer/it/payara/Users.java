package dev.bouncer.it.payara;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.util.Map;
import java.util.Set;

/**
 * Identity from Jakarta Security: each user's password is its name, and its groups are the
 * permissions and roles of the core rows. With the default authorizer a permission is a role, and
 * Payara maps groups to roles of the same name.
 */
@ApplicationScoped
public class Users implements IdentityStore {
  private static final Map<String, Set<String>> GROUPS =
      Map.of(
          "reader", Set.of("orders:read", "orders:read:7", "vault:open"),
          "clerk", Set.of("staff", "orders:write"),
          "nobody", Set.of());

  @Override
  public CredentialValidationResult validate(Credential credential) {
    if (credential instanceof UsernamePasswordCredential login) {
      Set<String> groups = GROUPS.get(login.getCaller());
      if (groups != null && login.compareTo(login.getCaller(), login.getCaller())) {
        return new CredentialValidationResult(login.getCaller(), groups);
      }
      return CredentialValidationResult.INVALID_RESULT;
    }
    return CredentialValidationResult.NOT_VALIDATED_RESULT;
  }
}
