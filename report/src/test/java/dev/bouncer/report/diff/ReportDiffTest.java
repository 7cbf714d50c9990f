package dev.bouncer.report.diff;

import static dev.bouncer.report.Fixtures.endpoint;
import dev.bouncer.report.OriginKind;
import dev.bouncer.report.PolicyKind;
import static dev.bouncer.report.Fixtures.kind;
import static dev.bouncer.report.Fixtures.permission;
import static dev.bouncer.report.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportDiffTest {
  @Test
  void endpointsAreMatchedByMethodAndFullPath_notByJavaName() {
    Report.Endpoint before = endpoint("GET", "/a", permission("a"));
    Report.Endpoint renamed =
        new Report.Endpoint(
            before.httpMethods(), before.path(), true, false, "com.acme.Other", "renamed()",
            List.of(), List.of(), null, before.policy(), List.of());
    assertEquals(List.of(), ReportDiff.between(report(before), report(renamed)));
  }

  @Test
  void sameMeaningDifferentText_isReportedAsUnchanged() {
    List<ReportDiff.Change> changes =
        ReportDiff.between(
            report(endpoint("GET", "/a", permission("a && b"))),
            report(endpoint("GET", "/a", permission("b && a"))));
    assertEquals(1, changes.size());
    assertEquals(Verdict.UNCHANGED, changes.get(0).comparison().verdict());
    assertFalse(changes.get(0).loosens());
  }

  @Test
  void subResourceMethods_areKeyedByEachChainsFullPath() {
    Report.Endpoint sub =
        new Report.Endpoint(
            List.of("GET"), "/", false, false, "com.acme.Items", "all()", List.of(), List.of(), null,
            permission("items:read"),
            List.of(
                new Report.LocatorChain("/orders/{id}/items", List.of()),
                new Report.LocatorChain("/carts/{id}/items", List.of())));
    Report.Endpoint opened =
        new Report.Endpoint(
            sub.httpMethods(), sub.path(), false, false, sub.resourceClass(), sub.resourceMethod(),
            List.of(), List.of(), null, kind(PolicyKind.NONE), sub.locatorChains());
    List<ReportDiff.Change> changes = ReportDiff.between(report(sub), report(opened));
    assertEquals(
        List.of("GET /carts/{id}/items", "GET /orders/{id}/items"),
        changes.stream().map(ReportDiff.Change::key).toList());
    assertTrue(changes.stream().allMatch(ReportDiff.Change::loosens));
  }

  @Test
  void anAddedOpenLocator_isNotALoosening_itsMethodsAre() {
    List<ReportDiff.Change> changes =
        ReportDiff.between(report(), report(endpoint("LOCATOR", "/x", kind(PolicyKind.PERMIT_ALL))));
    assertEquals(ReportDiff.Kind.ADDED, changes.get(0).kind());
    assertFalse(changes.get(0).loosens());
  }

  @Test
  void aPolicyThatCannotBeCompared_isIncomparable_soAPersonLooks() {
    Report.Policy unknown =
        new Report.Policy(
            PolicyKind.UNKNOWN, null, null, List.of(), List.of(), List.of(),
            new Report.Origin(OriginKind.METHOD, null), "SOMETHING_NEW");
    List<ReportDiff.Change> changes =
        ReportDiff.between(
            report(endpoint("GET", "/a", permission("a"))), report(endpoint("GET", "/a", unknown)));
    assertTrue(changes.get(0).incomparable());
    assertTrue(changes.get(0).note().contains("unknown policy kind SOMETHING_NEW"));
  }
}
