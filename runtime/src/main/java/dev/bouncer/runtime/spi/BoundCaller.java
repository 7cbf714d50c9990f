package dev.bouncer.runtime.spi;

import dev.bouncer.runtime.Authorizer;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The caller of one decision together with the authorizer bound to it ({@link
 * Authorizer#forCaller}), handed to a generated guard's {@code permits} so that each of its checks
 * reaches the same per-request authorizer. Everything else is the server's security context's.
 */
final class BoundCaller implements SecurityContext {
  final SecurityContext context;
  final Authorizer authorizer;

  BoundCaller(SecurityContext context, Authorizer authorizer) {
    this.context = context;
    this.authorizer = authorizer;
  }

  @Override
  public Principal getUserPrincipal() {
    return context.getUserPrincipal();
  }

  @Override
  public boolean isUserInRole(String role) {
    return context.isUserInRole(role);
  }

  @Override
  public boolean isSecure() {
    return context.isSecure();
  }

  @Override
  public String getAuthenticationScheme() {
    return context.getAuthenticationScheme();
  }

  @Override
  public String toString() {
    return context.toString();
  }
}
