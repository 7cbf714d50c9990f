package dev.bouncer.report.diff;

import dev.bouncer.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The differences between two reports, endpoint by endpoint. An endpoint is identified by its
 * HTTP methods and full path (a sub-resource method once per locator chain that reaches it), so
 * renaming or moving a Java method is not a change, while a path that moves is one removal and
 * one addition. If two endpoints share methods and path, their signatures tell them apart.
 */
public final class ReportDiff {
  /** What happened to one endpoint. */
  public enum Kind {
    /** In the new report only. */
    ADDED,
    /** In the old report only. */
    REMOVED,
    /** In both, with policies written differently. */
    CHANGED
  }

  /**
   * One difference.
   *
   * @param kind added, removed or changed
   * @param key {@code METHODS /full/path}
   * @param before the old endpoint; null if added
   * @param after the new endpoint; null if removed
   * @param comparison for CHANGED: the verdict and example callers
   * @param note why the verdict could not be computed exactly, or null
   */
  public record Change(
      Kind kind,
      String key,
      Report.Endpoint before,
      Report.Endpoint after,
      Comparison comparison,
      String note) {

    /**
     * Whether this change lets someone in who was not let in before: a LOOSENED policy, or a new
     * endpoint that anyone may call. (A new open locator is not counted: the methods of its
     * sub-resource are endpoints of their own.)
     */
    public boolean loosens() {
      return switch (kind) {
        case ADDED -> after.policy().open() && !after.locator();
        case REMOVED -> false;
        case CHANGED -> comparison.verdict() == Verdict.LOOSENED;
      };
    }

    /** Whether this is a change whose verdict is INCOMPARABLE. */
    public boolean incomparable() {
      return kind == Kind.CHANGED && comparison.verdict() == Verdict.INCOMPARABLE;
    }
  }

  private ReportDiff() {}

  /** Added, removed and policy-changed endpoints, sorted by key; unchanged ones are left out. */
  public static List<Change> between(Report before, Report after) {
    Map<String, Report.Endpoint> old = index(before);
    Map<String, Report.Endpoint> now = index(after);
    List<Change> changes = new ArrayList<>();
    TreeMap<String, Boolean> keys = new TreeMap<>();
    old.keySet().forEach(k -> keys.put(k, true));
    now.keySet().forEach(k -> keys.put(k, true));
    for (String key : keys.keySet()) {
      Report.Endpoint was = old.get(key);
      Report.Endpoint is = now.get(key);
      if (was == null) {
        changes.add(new Change(Kind.ADDED, key, null, is, null, null));
      } else if (is == null) {
        changes.add(new Change(Kind.REMOVED, key, was, null, null, null));
      } else if (!samePolicy(was.policy(), is.policy())) {
        Comparison comparison;
        String note = null;
        try {
          comparison = Comparison.of(was.policy(), is.policy());
        } catch (IllegalArgumentException e) {
          // Cannot decide: report it as possibly loosening, so that a person looks at it.
          comparison = new Comparison(Verdict.INCOMPARABLE, null, null);
          note = e.getMessage();
        }
        changes.add(new Change(Kind.CHANGED, key, was, is, comparison, note));
      }
    }
    return changes;
  }

  /** Whether two policies are written the same (kind, expression, roles, template sources). */
  static boolean samePolicy(Report.Policy a, Report.Policy b) {
    return a.kindName().equals(b.kindName())
        && Objects.equals(a.normalized(), b.normalized())
        && a.roles().equals(b.roles())
        && a.templates().equals(b.templates());
  }

  private static Map<String, Report.Endpoint> index(Report report) {
    Map<String, List<Report.Endpoint>> byKey = new TreeMap<>();
    for (Report.Endpoint e : report.endpoints()) {
      String methods = e.locator() ? "LOCATOR" : String.join(",", e.httpMethods());
      for (String path : e.fullPaths()) {
        String key = methods + " " + (e.unreached() ? e.resourceClass() + ":" + path : path);
        byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
      }
    }
    Map<String, Report.Endpoint> index = new TreeMap<>();
    byKey.forEach(
        (key, list) -> {
          if (list.size() == 1) {
            index.put(key, list.get(0));
          } else {
            for (Report.Endpoint e : list) {
              index.put(key + " [" + e.signature() + "]", e);
            }
          }
        });
    return index;
  }
}
