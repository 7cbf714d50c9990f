package dev.bouncer.report;

/**
 * The kind of an endpoint's effective policy ({@code policy.kind} in the report). A report written
 * by a newer processor may carry a kind this version does not know: it reads as {@link #UNKNOWN},
 * and the record that holds it keeps the spelling, so that writing the report again gives it back.
 * No decision trusts an unknown kind: it is not counted as unprotected or open (it is neither
 * {@link #NONE} nor {@link #PERMIT_ALL}), a locator of that kind is not taken to guard what is
 * beneath it, and {@code diff} cannot compare it (the change is INCOMPARABLE, for a person to look
 * at).
 */
public enum PolicyKind {
  /** No policy at all: anyone may call the endpoint; reported as unprotected. */
  NONE,
  /** {@code @PermitAll}: open on purpose. */
  PERMIT_ALL,
  /** {@code @DenyAll}: nobody. */
  DENY_ALL,
  /** {@code @Authenticated}: any identified caller. */
  AUTHENTICATED,
  /** {@code @RolesAllowed}: an identified caller with one of the roles. */
  ROLES,
  /** {@code @RequiresPermission}: an identified caller whose grants satisfy the expression. */
  PERMISSION,
  /** A kind this version of Bouncer does not know (written by a newer one). */
  UNKNOWN;

  /** The kinds that exist, in the order the human reports list them, from open to closed. */
  public static final java.util.List<PolicyKind> KNOWN =
      java.util.List.of(NONE, PERMIT_ALL, AUTHENTICATED, ROLES, PERMISSION, DENY_ALL);

  /** The kind spelled {@code name}, or {@link #UNKNOWN}. */
  public static PolicyKind of(String name) {
    for (PolicyKind k : KNOWN) {
      if (k.name().equals(name)) {
        return k;
      }
    }
    return UNKNOWN;
  }

  /** Whether anyone, even an anonymous caller, may call an endpoint of this kind. */
  public boolean open() {
    return this == NONE || this == PERMIT_ALL;
  }

  /** Whether a locator of this kind guards everything beneath it. */
  public boolean guards() {
    return this == AUTHENTICATED || this == ROLES || this == PERMISSION || this == DENY_ALL;
  }
}
