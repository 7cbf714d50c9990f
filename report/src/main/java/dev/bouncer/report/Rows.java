package dev.bouncer.report;

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
  private Rows() {}

  /**
   * One row.
   *
   * @param label the report it came from (a file name); empty when there is only one report
   * @param methods the HTTP methods joined with commas, or {@code LOCATOR}
   * @param path the full path, or the relative path when no locator in the reports reaches it
   * @param endpoint the endpoint
   * @param group the path's first segment after the application path, for the path filter
   */
  public record Row(
      String label, String methods, String path, Report.Endpoint endpoint, String group) {
    /** Whether nothing guards the endpoint: see {@link Report.Endpoint#unprotected()}. */
    public boolean unprotected() {
      return endpoint.unprotected();
    }
  }

  /** The rows of these reports; labels are shown only when there are several reports. */
  public static List<Row> of(Map<String, Report> reports) {
    boolean labelled = reports.size() > 1;
    List<Row> rows = new ArrayList<>();
    reports.forEach(
        (label, report) -> {
          List<String> apps =
              report.applications().stream().map(Report.Application::path).distinct().toList();
          String prefix = apps.size() == 1 && !apps.get(0).equals("/") ? apps.get(0) : "";
          for (Report.Endpoint e : report.endpoints()) {
            String methods = e.locator() ? "LOCATOR" : String.join(",", e.httpMethods());
            for (String path : e.fullPaths()) {
              rows.add(new Row(labelled ? label : "", methods, path, e, group(path, prefix)));
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

  /**
   * How many rows of each kind, keyed by the kind's spelling: the known kinds in {@link
   * PolicyKind#KNOWN} order with zero counts kept, then each unknown spelling in order of
   * appearance.
   */
  public static Map<String, Integer> countByKind(List<Row> rows) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    PolicyKind.KNOWN.forEach(k -> counts.put(k.name(), 0));
    for (Row r : rows) {
      counts.merge(r.endpoint().policy().kindName(), 1, Integer::sum);
    }
    return counts;
  }

  /** A kind, given by its spelling in the report, as people say it. */
  public static String kindLabel(String kindName) {
    return switch (PolicyKind.of(kindName)) {
      case NONE -> "unprotected";
      case PERMIT_ALL -> "@PermitAll";
      case AUTHENTICATED -> "@Authenticated";
      case ROLES -> "@RolesAllowed";
      case PERMISSION -> "@RequiresPermission";
      case DENY_ALL -> "@DenyAll";
      case UNKNOWN -> kindName;
    };
  }

  /**
   * The first segment of a path after the application path: {@code /orders} for {@code
   * /orders/{id}}, {@code /api/orders} for {@code /api/orders/{id}} under {@code /api}.
   */
  static String group(String path, String prefix) {
    if (!prefix.isEmpty() && path.startsWith(prefix + "/")) {
      return prefix + group(path.substring(prefix.length()), "");
    }
    int next = path.indexOf('/', 1);
    String g = next < 0 ? path : path.substring(0, next);
    return g.isEmpty() ? "/" : g;
  }

  /**
   * {@code Type#method(String, long)}: packages left out of the class and parameter types, for
   * narrow columns.
   */
  static String shortSignature(Report.Endpoint e) {
    return shortSignature(e.resourceClass(), e.resourceMethod());
  }

  static String shortSignature(String type, String method) {
    int open = method.indexOf('(');
    String params = method.substring(open + 1, method.length() - 1);
    List<String> simple = new ArrayList<>();
    if (!params.isBlank()) {
      for (String p : params.split(",")) {
        String t = p.strip();
        simple.add(t.substring(t.lastIndexOf('.') + 1));
      }
    }
    return type.substring(type.lastIndexOf('.') + 1)
        + "#"
        + method.substring(0, open)
        + "("
        + String.join(", ", simple)
        + ")";
  }

  /**
   * The origin as a short phrase: {@code method} or {@code class} when the policy is on the
   * endpoint's own method or class, else the kind and where, {@code interface Api#get()}.
   */
  static String origin(Report.Endpoint e) {
    Report.Origin origin = e.policy().origin();
    if (origin.via().isEmpty()) {
      return placed(e, origin);
    }
    List<String> via = new java.util.ArrayList<>();
    for (String type : origin.via()) {
      via.add("@" + type.substring(Math.max(type.lastIndexOf('.'), type.lastIndexOf('$')) + 1));
    }
    return placed(e, origin) + " via " + String.join(" via ", via);
  }

  private static String placed(Report.Endpoint e, Report.Origin origin) {
    String kind = origin.kindName().toLowerCase(java.util.Locale.ROOT);
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
