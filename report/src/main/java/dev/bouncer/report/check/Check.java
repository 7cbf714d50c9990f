package dev.bouncer.report.check;

import dev.bouncer.report.Report;
import dev.bouncer.report.Rows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code check}'s logic: the rows of the reports that break a rule and are not exempt, and the
 * allow-list entries that exempted nothing.
 */
public final class Check {
  private Check() {}

  /**
   * One broken rule.
   *
   * @param rule the rule
   * @param row the row that breaks it
   */
  public record Violation(Rule rule, Rows.Row row) {
    /**
     * The line {@code check} prints: {@code [rule] METHODS /path  Class#method(..) (File.java:12):
     * what to do}, and the report's label when there are several.
     */
    public String message() {
      Report.Endpoint e = row.endpoint();
      String where =
          e.source() == null
              ? e.signature()
              : e.signature()
                  + " ("
                  + e.source().file()
                  + (e.source().line() > 0 ? ":" + e.source().line() : "")
                  + ")";
      return "["
          + rule.id()
          + "] "
          + row.methods()
          + " "
          + row.path()
          + "  "
          + where
          + ": "
          + rule.fix()
          + (row.label().isEmpty() ? "" : "  [" + row.label() + "]");
    }
  }

  /**
   * What {@code check} found.
   *
   * @param rows every row checked
   * @param violations the violations, in row order, then rule order
   * @param unused the allow-list entries that exempted nothing, in file order
   */
  public record Result(List<Rows.Row> rows, List<Violation> violations, List<AllowList.Entry> unused) {
    /** Copies the lists. */
    public Result {
      rows = List.copyOf(rows);
      violations = List.copyOf(violations);
      unused = List.copyOf(unused);
    }
  }

  /**
   * Applies {@code rules} (in their declaration order) to every row of {@code reports}; a row the
   * allow-list names is exempt from all of them.
   */
  public static Result run(Map<String, Report> reports, Set<Rule> rules, AllowList allowed) {
    List<Rows.Row> rows = Rows.of(reports);
    List<Violation> violations = new ArrayList<>();
    Set<AllowList.Entry> used = new HashSet<>();
    List<Rule> ordered = java.util.Arrays.stream(Rule.values()).filter(rules::contains).toList();
    for (Rows.Row row : rows) {
      AllowList.Entry exempt = allowed.find(row.methods(), row.path());
      for (Rule rule : ordered) {
        if (!rule.broken(row.endpoint())) {
          continue;
        }
        if (exempt != null) {
          used.add(exempt);
          continue;
        }
        violations.add(new Violation(rule, row));
      }
    }
    List<AllowList.Entry> unused =
        allowed.entries().stream().filter(e -> !used.contains(e)).toList();
    return new Result(rows, violations, unused);
  }
}
