package dev.bouncer.processor.model;

/** What a resource method's effective policy requires. */
public enum PolicyKind {
  /** No policy annotation applies: the endpoint is open, and reported as unprotected. */
  NONE,
  /** {@code @PermitAll}: deliberately open. */
  PERMIT_ALL,
  /** {@code @DenyAll}: 403 to everyone. */
  DENY_ALL,
  /** {@code @Authenticated}: any identified caller. */
  AUTHENTICATED,
  /** {@code @RolesAllowed}: an identified caller in one of the roles. */
  ROLES,
  /** {@code @RequiresPermission}: an identified caller whose permissions satisfy the expression. */
  PERMISSION;

  /** Whether a filter must run for this policy. */
  public boolean guarded() {
    return this != NONE && this != PERMIT_ALL;
  }
}
