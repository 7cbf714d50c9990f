package dev.bouncer.report.check;

import dev.bouncer.report.PolicyKind;
import dev.bouncer.report.Report;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The rules {@code check} applies; each can be switched on or off. */
public enum Rule {
  /** An endpoint with no policy at all. */
  UNPROTECTED(
      "unprotected",
      true,
      "an endpoint with no policy at all (locators excluded: their sub-resources are checked;"
          + " a sub-resource method behind guarded locators on every chain is protected)",
      "no policy: annotate it or its class, or use @PermitAll to serve it open on purpose") {
    @Override
    public boolean broken(Report.Endpoint e) {
      return !e.locator() && e.unprotected();
    }
  },
  /** {@code @PermitAll} on a method that changes state. */
  PERMIT_ALL_UNSAFE(
      "permit-all-unsafe",
      true,
      "@PermitAll on an HTTP method other than GET, HEAD or OPTIONS",
      "@PermitAll lets anyone change state here") {
    @Override
    public boolean broken(Report.Endpoint e) {
      return !e.locator()
          && e.policy().kind() == PolicyKind.PERMIT_ALL
          && !SAFE.containsAll(e.httpMethods());
    }
  },
  /** Any {@code @PermitAll} endpoint. */
  PERMIT_ALL(
      "permit-all",
      false,
      "any @PermitAll endpoint (locators excluded)",
      "@PermitAll: anyone may call it") {
    @Override
    public boolean broken(Report.Endpoint e) {
      return !e.locator() && e.policy().kind() == PolicyKind.PERMIT_ALL;
    }
  },
  /** {@code @RolesAllowed}, for teams that use permissions only. */
  ROLES_ALLOWED(
      "roles-allowed",
      false,
      "@RolesAllowed, for teams that use permissions only",
      "@RolesAllowed: use @RequiresPermission") {
    @Override
    public boolean broken(Report.Endpoint e) {
      return e.policy().kind() == PolicyKind.ROLES;
    }
  },
  /** A sub-resource method whose full path is not in the report. */
  UNREACHED(
      "unreached-sub-resource",
      false,
      "a sub-resource method that no locator compiled with it returns (its full path is not in"
          + " the report)",
      "no locator compiled with this sub-resource returns it, so its full path is unknown") {
    @Override
    public boolean broken(Report.Endpoint e) {
      return e.unreached();
    }
  };

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  private final String id;
  private final boolean defaultOn;
  private final String description;
  private final String fix;

  Rule(String id, boolean defaultOn, String description, String fix) {
    this.id = id;
    this.defaultOn = defaultOn;
    this.description = description;
    this.fix = fix;
  }

  /** Whether the endpoint breaks this rule. */
  public abstract boolean broken(Report.Endpoint e);

  /** The rule's name on the command line, {@code permit-all-unsafe} for example. */
  public String id() {
    return id;
  }

  /** Whether {@code check} applies it unless told otherwise. */
  public boolean defaultOn() {
    return defaultOn;
  }

  /** What breaks it. */
  public String description() {
    return description;
  }

  /** What a violation message says about it: the problem, and the way out. */
  public String fix() {
    return fix;
  }

  /** Every rule's id, comma-separated. */
  public static String ids() {
    return Arrays.stream(values()).map(r -> r.id).collect(Collectors.joining(", "));
  }

  /**
   * The rule with this id, ignoring case and surrounding blanks.
   *
   * @throws IllegalArgumentException naming the rules, for an unknown id
   */
  public static Rule byId(String id) {
    for (Rule r : values()) {
      if (r.id.equalsIgnoreCase(id.strip())) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown rule '" + id + "'; the rules are " + ids());
  }

  /** The rules on by default. */
  public static List<Rule> defaults() {
    return Arrays.stream(values()).filter(r -> r.defaultOn).toList();
  }
}
