package dev.bouncer.cli;

import dev.bouncer.processor.report.Report;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine;

/** The rules {@code check} applies; each can be switched on or off. */
enum Rule {
  UNPROTECTED(
      "unprotected",
      true,
      "an endpoint with no policy at all (locators excluded: their sub-resources are checked;"
          + " a sub-resource method behind guarded locators on every chain is protected)") {
    @Override
    boolean broken(Report.Endpoint e) {
      return !e.locator() && e.unprotected();
    }
  },
  PERMIT_ALL_UNSAFE(
      "permit-all-unsafe", true, "@PermitAll on an HTTP method other than GET, HEAD or OPTIONS") {
    @Override
    boolean broken(Report.Endpoint e) {
      return !e.locator()
          && e.policy().kind().equals("PERMIT_ALL")
          && !SAFE.containsAll(e.httpMethods());
    }
  },
  PERMIT_ALL("permit-all", false, "any @PermitAll endpoint (locators excluded)") {
    @Override
    boolean broken(Report.Endpoint e) {
      return !e.locator() && e.policy().kind().equals("PERMIT_ALL");
    }
  },
  ROLES_ALLOWED(
      "roles-allowed", false, "@RolesAllowed, for teams that use permissions only") {
    @Override
    boolean broken(Report.Endpoint e) {
      return e.policy().kind().equals("ROLES");
    }
  },
  UNREACHED(
      "unreached-sub-resource",
      false,
      "a sub-resource method that no locator compiled with it returns (its full path is not in"
          + " the report)") {
    @Override
    boolean broken(Report.Endpoint e) {
      return e.unreached();
    }
  };

  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

  final String id;
  final boolean defaultOn;
  final String description;

  Rule(String id, boolean defaultOn, String description) {
    this.id = id;
    this.defaultOn = defaultOn;
    this.description = description;
  }

  abstract boolean broken(Report.Endpoint e);

  static String ids() {
    return Arrays.stream(values()).map(r -> r.id).collect(Collectors.joining(", "));
  }

  /** Converts {@code --enable unprotected} and friends; an unknown name is a usage error. */
  static final class Converter implements CommandLine.ITypeConverter<Rule> {
    @Override
    public Rule convert(String value) {
      for (Rule r : values()) {
        if (r.id.equalsIgnoreCase(value.strip())) {
          return r;
        }
      }
      throw new CommandLine.TypeConversionException(
          "unknown rule '" + value + "'; the rules are " + ids());
    }
  }

  static List<Rule> defaults() {
    return Arrays.stream(values()).filter(r -> r.defaultOn).toList();
  }
}
