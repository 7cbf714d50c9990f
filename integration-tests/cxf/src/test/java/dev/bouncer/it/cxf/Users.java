package dev.bouncer.it.cxf;

import java.security.Principal;
import java.util.List;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.Configuration;

/**
 * The core rows' users as a JAAS configuration: {@link UsersLoginModule} checks the password (the
 * user's name) and gives the subject one principal for the user and one per role; CXF's security
 * context then says {@code isUserInRole} for each of those roles, which Bouncer's default
 * authorizer ({@code Authorizer.roles()}) reads as the user's permissions.
 */
final class Users {
  /** The JAAS context name the authentication filter asks for. */
  static final String CONTEXT = "bouncer-it";

  /** Each user's roles: its permissions and roles. */
  static final Map<String, List<String>> ROLES =
      Map.of(
          "reader", List.of("orders:read", "orders:read:7", "vault:open"),
          "clerk", List.of("staff", "orders:write"),
          "nobody", List.of());

  private Users() {}

  /** A JAAS configuration with the one login module, for the filter's {@code setLoginConfig}. */
  static Configuration configuration() {
    return new Configuration() {
      @Override
      public AppConfigurationEntry[] getAppConfigurationEntry(String name) {
        return CONTEXT.equals(name)
            ? new AppConfigurationEntry[] {
              new AppConfigurationEntry(
                  UsersLoginModule.class.getName(),
                  AppConfigurationEntry.LoginModuleControlFlag.REQUIRED,
                  Map.of())
            }
            : null;
      }
    };
  }

  /** The user's principal. */
  record User(String getName) implements Principal {}

  /** One role of the user. */
  record Role(String getName) implements Principal {}
}
