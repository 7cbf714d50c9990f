package dev.bouncer.bench.decision;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An identified caller as an authentication filter would leave it: a principal, its roles (exact
 * strings, for {@code isUserInRole}) and its wildcard grants (for Bouncer's {@code
 * Authorizer.fromGrants} and Shiro). Immutable.
 */
public final class Caller implements SecurityContext {
  /** Allowed by every policy: roles hold each required string exactly; grants hold them by wildcard. */
  public static final Caller ALICE =
      new Caller(
          "alice",
          Set.of("invoices:read", "customers:read", "orders:read", "orders:read:42", "region:eu"),
          List.of("invoices:read", "customers:read:*", "orders:read:*", "region:eu"));

  /** Denied by every policy: may write orders, not read them. */
  public static final Caller BOB =
      new Caller("bob", Set.of("orders:write"), List.of("orders:write"));

  /** Alice, but the orders are frozen: only the three-clause policy denies her. */
  public static final Caller FROZEN =
      new Caller(
          "frank",
          Set.of("orders:read", "orders:read:42", "region:eu", "orders:frozen"),
          List.of("orders:read:*", "region:eu", "orders:frozen"));

  /** No identity, as a server presents an unauthenticated request: a context without principal. */
  public static final Caller ANONYMOUS = new Caller(null, Set.of(), List.of());

  /** How many grants {@link #manyGrantsOf} hands out per caller. */
  public static final int MANY = 200;

  private final Principal principal;
  private final Set<String> roles;
  private final List<String> grants;
  private final List<String> manyGrants;

  private Caller(String name, Set<String> roles, List<String> grants) {
    this.principal = name == null ? null : () -> name;
    // Copies, as if parsed from a token: no string here is the same instance as a literal in a
    // filter, so no filter gets String.equals's identity shortcut that real requests never give.
    this.roles = roles.stream().map(String::new).collect(Collectors.toUnmodifiableSet());
    this.grants = grants.stream().map(String::new).toList();
    // The same grants after unrelated ones (wildcards, lists, other resources, some sharing the
    // first part "orders"), up to MANY: the caller's own grants come last, the worst place for a
    // scan. None of the unrelated ones implies anything a policy here requires.
    List<String> many = new java.util.ArrayList<>();
    for (int i = 0; many.size() < MANY - grants.size(); i++) {
      many.add(
          new String(
              switch (i % 4) {
                case 0 -> "res" + i + ":read:" + i;
                case 1 -> "res" + i + ":*";
                case 2 -> "orders:archive" + i + ":read,write";
                default -> "tenant" + i + ":orders:read:*";
              }));
    }
    many.addAll(this.grants);
    this.manyGrants = List.copyOf(many);
  }

  /** The caller's wildcard grants, in the order an identity provider listed them. */
  public List<String> grants() {
    return grants;
  }

  /** The caller's name. */
  public String name() {
    return principal == null ? null : principal.getName();
  }

  @Override
  public Principal getUserPrincipal() {
    return principal;
  }

  @Override
  public boolean isUserInRole(String role) {
    return roles.contains(role);
  }

  @Override
  public boolean isSecure() {
    return true;
  }

  @Override
  public String getAuthenticationScheme() {
    return "Bearer";
  }

  /** {@link #grantsOf} after unrelated grants, {@link #MANY} in all (an immutable list, kept). */
  public static List<String> manyGrantsOf(SecurityContext context) {
    return context instanceof Caller caller ? caller.manyGrants : List.of();
  }

  /** The grants of the caller behind {@code context}, for {@code Authorizer.fromGrants}. */
  public static List<String> grantsOf(SecurityContext context) {
    return context instanceof Caller caller ? caller.grants : List.of();
  }
}
