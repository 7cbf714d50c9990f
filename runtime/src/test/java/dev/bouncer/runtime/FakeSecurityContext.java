package dev.bouncer.runtime;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** A security context with a fixed principal and roles that records the roles asked about. */
public final class FakeSecurityContext implements SecurityContext {
  private final Principal principal;
  private final Set<String> roles;
  private final List<String> asked = new ArrayList<>();

  private FakeSecurityContext(Principal principal, Set<String> roles) {
    this.principal = principal;
    this.roles = roles;
  }

  /** A caller named {@code name} in {@code roles}. */
  public static FakeSecurityContext user(String name, String... roles) {
    return new FakeSecurityContext(() -> name, Set.of(roles));
  }

  /** A context without a user principal: no identity. */
  public static FakeSecurityContext anonymous() {
    return new FakeSecurityContext(null, Set.of());
  }

  /** The roles passed to {@link #isUserInRole}, in order. */
  public List<String> askedRoles() {
    return asked;
  }

  @Override
  public Principal getUserPrincipal() {
    return principal;
  }

  @Override
  public boolean isUserInRole(String role) {
    asked.add(role);
    return roles.contains(role);
  }

  @Override
  public boolean isSecure() {
    return true;
  }

  @Override
  public String getAuthenticationScheme() {
    return "TEST";
  }
}
