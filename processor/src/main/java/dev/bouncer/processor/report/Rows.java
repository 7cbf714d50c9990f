package dev.bouncer.processor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of the human reports: one per endpoint and full path (a sub-resource method reached
 * through two locators is two rows), from one or several reports, sorted by path, then methods.
 */
public final class Rows {
  /** The policy kinds, from open to closed, as the reports list them. */
  public static final List<String> KINDS =
      List.of("NONE", "PERMIT_ALL", "AUTHENTICATED", "ROLES", "PERMISSION", "DENY_ALL");

  private Rows() {}

  /**
   * One row.
   *
   * @param label the report it came from (a file name); empty when there is only one report
   * @param methods the HTTP methods joined with commas, or {@code LOCATOR}
   * @param path the full path, or the relative path when no locator in the reports reaches it
   * @param endpoint the endpoint
   */
  public record Row(String label, String methods, String path, Report.Endpoint endpoint) {
    /** Whether the endpoint has no policy at all. */
    public boolean unprotected() {
      return endpoint.policy().kind().equals("NONE");
    }
  }

  /** The rows of these reports; labels are shown only when there are several reports. */
  public static List<Row> of(Map<String, Report> reports) {
    boolean labelled = reports.size() > 1;
    List<Row> rows = new ArrayList<>();
    reports.forEach(
        (label, report) -> {
          for (Report.Endpoint e : report.endpoints()) {
            String methods = e.locator() ? "LOCATOR" : String.join(",", e.httpMethods());
            for (String path : e.fullPaths()) {
              rows.add(new Row(labelled ? label : "", methods, path, e));
            }
          }
        });
    rows.sort(
        Comparator.comparing(Row::path)
            .thenComparing(Row::methods)
            .thenComparing(r -> r.endpoint().signature())
            .thenComparing(Row::label));
    return rows;
  }

  /** How many rows of each kind, in {@link #KINDS} order, unknown kinds last; zero counts kept. */
  public static Map<String, Integer> countByKind(List<Row> rows) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    KINDS.forEach(k -> counts.put(k, 0));
    for (Row r : rows) {
      counts.merge(r.endpoint().policy().kind(), 1, Integer::sum);
    }
    return counts;
  }

  /** A kind as people say it. */
  public static String kindLabel(String kind) {
    return switch (kind) {
      case "NONE" -> "unprotected";
      case "PERMIT_ALL" -> "@PermitAll";
      case "AUTHENTICATED" -> "@Authenticated";
      case "ROLES" -> "@RolesAllowed";
      case "PERMISSION" -> "@RequiresPermission";
      case "DENY_ALL" -> "@DenyAll";
      default -> kind;
    };
  }

  /** The first segment of a path, {@code /orders} for {@code /orders/{id}}; "/" for the root. */
  static String group(String path) {
    int next = path.indexOf('/', 1);
    String g = next < 0 ? path : path.substring(0, next);
    return g.isEmpty() ? "/" : g;
  }

  /** {@code Type#method(...)} with the package left out, for narrow columns. */
  static String shortSignature(Report.Endpoint e) {
    String type = e.resourceClass();
    return type.substring(type.lastIndexOf('.') + 1) + "#" + e.resourceMethod();
  }

  /**
   * The origin as a short phrase: {@code method} or {@code class} when the policy is on the
   * endpoint's own method or class, else the kind and where, {@code interface Api#get()}.
   */
  static String origin(Report.Endpoint e) {
    Report.Origin origin = e.policy().origin();
    String kind = origin.kind().toLowerCase(java.util.Locale.ROOT);
    String on = origin.declaredOn();
    if (on == null || on.equals(e.signature()) || on.equals(e.resourceClass())) {
      return kind;
    }
    int hash = on.indexOf('#');
    String type = hash < 0 ? on : on.substring(0, hash);
    String simple = type.substring(type.lastIndexOf('.') + 1);
    return kind + " " + (hash < 0 ? simple : simple + on.substring(hash));
  }
}
