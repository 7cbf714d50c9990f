package dev.bouncer.report;

import static com.google.common.truth.Truth.assertThat;

import dev.bouncer.report.diff.DiffReport;
import dev.bouncer.report.diff.ReportDiff;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Markdown for a pull-request comment fits in one: GitHub refuses more than 65,536 characters.
 * A large application (2,000 endpoints, which render to far more) still gets a comment that leads
 * with what a reviewer must see.
 */
class MarkdownBoundTest {
  /**
   * {@code count} endpoints under long paths, every {@code openEvery}-th one without a policy, the
   * others of each kind in turn.
   */
  static Report large(int count, int openEvery, String tag) {
    List<Report.Endpoint> endpoints = new ArrayList<>();
    PolicyKind[] kinds = {
      PolicyKind.PERMISSION, PolicyKind.ROLES, PolicyKind.AUTHENTICATED, PolicyKind.PERMIT_ALL
    };
    for (int i = 0; i < count; i++) {
      Report.Policy policy;
      if (i % openEvery == 0) {
        policy = Fixtures.kind(PolicyKind.NONE);
      } else {
        policy =
            switch (kinds[i % kinds.length]) {
              case PERMISSION ->
                  Fixtures.permission(
                      "inventory:items:" + tag + i + ":read && !inventory:frozen || admin:*");
              case ROLES -> Fixtures.roles("warehouse-manager", "auditor");
              default -> Fixtures.kind(kinds[i % kinds.length]);
            };
      }
      endpoints.add(
          Fixtures.endpoint(
              i % 3 == 0 ? "POST" : "GET",
              String.format("/api/v1/warehouses/{warehouse}/inventory/items-%04d/{item}", i),
              policy));
    }
    return Fixtures.report(endpoints.toArray(Report.Endpoint[]::new));
  }

  private static void assertFitsInAComment(String md) {
    assertThat(MarkdownReport.length(md)).isAtMost(MarkdownReport.DEFAULT_LIMIT);
    assertThat(md.length()).isLessThan(MarkdownReport.GITHUB_COMMENT_LIMIT);
    assertThat(md.codePointCount(0, md.length())).isLessThan(MarkdownReport.GITHUB_COMMENT_LIMIT);
  }

  @Test
  void smallReport_isWhole() {
    Report small = large(30, 10, "s");
    String md = new MarkdownReport().render(Map.of("", small));
    assertThat(md).doesNotContain("[!NOTE]");
    assertThat(md).contains("<details><summary>All 30 endpoints</summary>");
    assertThat(md.lines().filter(l -> l.startsWith("| GET") || l.startsWith("| POST")).count())
        .isEqualTo(30);
  }

  @Test
  void twoThousandEndpoints_fitInOneComment_leadingWithWhatAReviewerMustSee() {
    Report report = large(2_000, 10, "x");
    String whole = new MarkdownReport(Integer.MAX_VALUE, "anywhere").render(Map.of("", report));
    assertThat(whole.length()).isGreaterThan(MarkdownReport.GITHUB_COMMENT_LIMIT);

    String md = new MarkdownReport().render(Map.of("", report));

    assertFitsInAComment(md);
    int counts = md.indexOf("**2000 endpoints**: 200 unprotected");
    int warning = md.indexOf("> **200 endpoints have no policy**");
    int note = md.indexOf("> [!NOTE]");
    int table = md.indexOf("| Method | Path |");
    assertThat(counts).isGreaterThan(0);
    assertThat(warning).isGreaterThan(counts);
    assertThat(note).isGreaterThan(warning);
    assertThat(table).isGreaterThan(note);
    // Every unprotected endpoint is named, before the table.
    for (int i = 0; i < 2_000; i += 10) {
      String path = String.format("/api/v1/warehouses/{warehouse}/inventory/items-%04d/{item}", i);
      assertThat(md.indexOf("> - `" + (i % 3 == 0 ? "POST " : "GET ") + path + "`"))
          .isIn(com.google.common.collect.Range.open(warning, note));
    }
    // The note says what is left out and where the rest is; the rows shown are the first ones.
    assertThat(md).contains("it shows every unprotected endpoint above, and the first ");
    assertThat(md).contains("The full report is the HTML report beside this file, policy-report.html.");
    long rows = md.substring(table).lines().filter(l -> l.matches("\\| (GET|POST) \\|.*")).count();
    assertThat(rows).isGreaterThan(50L);
    assertThat(md).contains("the first " + rows + " rows of the table");
    assertThat(md).contains("<details><summary>The first " + rows + " of 2000 endpoints</summary>");
    assertThat(md).contains("items-" + String.format("%04d", rows - 1) + "/");
    assertThat(md.substring(table)).doesNotContain("items-" + String.format("%04d", rows) + "/");
    assertThat(md).endsWith("\n</details>\n");
  }

  @Test
  void moreUnprotectedEndpointsThanFit_areCountedNotDropped() {
    Report report = large(2_000, 1, "y"); // every endpoint unprotected
    String md = new MarkdownReport().render(Map.of("", report));

    assertFitsInAComment(md);
    assertThat(md).contains("> **2000 endpoints have no policy**");
    int listed = (int) md.lines().filter(l -> l.startsWith("> - `")).count();
    assertThat(listed).isLessThan(2_000);
    assertThat(listed).isGreaterThan(100);
    assertThat(md).contains("> - … and " + (2_000 - listed) + " more, in the full report");
    assertThat(md).contains("it shows " + listed + " of the 2000 unprotected endpoints above");
  }

  @Test
  void theLimitIsTheCallers() {
    Report report = large(500, 10, "z");
    String md = new MarkdownReport(10_000, "in the build's artifacts").render(Map.of("", report));
    assertThat(MarkdownReport.length(md)).isAtMost(10_000);
    assertThat(md).contains("The full report is in the build's artifacts.");
  }

  @Test
  void aLongDiff_fitsInOneComment_loosenedChangesFirst() {
    Report before = large(2_000, 1_000_000, "a");
    List<Report.Endpoint> after = new ArrayList<>(before.endpoints());
    // An endpoint far down in key order loosens; an open endpoint is added at the end.
    Report.Endpoint last = after.remove(1996);
    assertThat(last.policy().kind()).isEqualTo(PolicyKind.PERMISSION);
    after.add(
        new Report.Endpoint(
            last.httpMethods(), last.path(), true, false, last.resourceClass(),
            last.resourceMethod(), List.of(), List.of(), null, Fixtures.kind(PolicyKind.PERMIT_ALL),
            List.of()));
    after.add(Fixtures.endpoint("DELETE", "/zzz/everything", Fixtures.kind(PolicyKind.NONE)));
    // Everything else is reworded or tightened.
    List<Report.Endpoint> changed = new ArrayList<>();
    for (Report.Endpoint e : after) {
      changed.add(
          e.policy().kind() == PolicyKind.PERMISSION
              ? new Report.Endpoint(
                  e.httpMethods(), e.path(), true, false, e.resourceClass(), e.resourceMethod(),
                  List.of(), List.of(), null,
                  Fixtures.permission(e.policy().normalized() + " && !inventory:archived"),
                  List.of())
              : e);
    }
    List<ReportDiff.Change> changes =
        ReportDiff.between(before, Fixtures.report(changed.toArray(Report.Endpoint[]::new)));
    assertThat(DiffReport.markdown(changes, Integer.MAX_VALUE).length())
        .isGreaterThan(MarkdownReport.GITHUB_COMMENT_LIMIT);

    String md = DiffReport.markdown(changes);

    assertFitsInAComment(md);
    int caution = md.indexOf("> [!CAUTION]\n> 2 changes let more callers in");
    int note = md.indexOf("> [!NOTE]\n> " + changes.size() + " changes are too many");
    int table = md.indexOf("| Change | Endpoint |");
    int loosened = md.indexOf("| **LOOSENED** | `GET /api/v1/warehouses/{warehouse}/inventory/items-1996/{item}`");
    int added = md.indexOf("| **ADDED (open)** | `DELETE /zzz/everything`");
    int firstTightened = md.indexOf("| **TIGHTENED** |");
    assertThat(caution).isAtLeast(0);
    assertThat(note).isGreaterThan(caution);
    assertThat(table).isGreaterThan(note);
    assertThat(loosened).isGreaterThan(table);
    assertThat(added).isGreaterThan(table);
    assertThat(firstTightened).isGreaterThan(Math.max(loosened, added));
  }
}
