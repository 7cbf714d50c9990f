package dev.bouncer.report.check;

import static com.google.common.truth.Truth.assertThat;
import static dev.bouncer.report.Fixtures.endpoint;
import static dev.bouncer.report.Fixtures.kind;
import static dev.bouncer.report.Fixtures.permission;
import static dev.bouncer.report.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bouncer.report.OriginKind;
import dev.bouncer.report.PolicyKind;
import dev.bouncer.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check}'s logic without the command line: rules, exemptions, unused allow-list lines. */
class CheckTest {
  @TempDir Path dir;

  @Test
  void defaultRules_flagUnprotectedAndUnsafePermitAll_inRowOrder() {
    Report r =
        report(
            endpoint("GET", "/a", kind(PolicyKind.NONE)),
            endpoint("POST", "/b", kind(PolicyKind.PERMIT_ALL)),
            endpoint("GET", "/c", kind(PolicyKind.PERMIT_ALL)),
            endpoint("GET", "/d", permission("d")),
            endpoint("LOCATOR", "/e", kind(PolicyKind.NONE)));
    Check.Result result =
        Check.run(Map.of("", r), EnumSet.copyOf(Rule.defaults()), AllowList.empty());
    assertThat(result.rows()).hasSize(5);
    assertThat(result.violations().stream().map(Check.Violation::message).toList())
        .containsExactly(
            "[unprotected] GET /a  com.acme.Api#get_a() (com/acme/Api.java:12): no policy:"
                + " annotate it or its class, or use @PermitAll to serve it open on purpose",
            "[permit-all-unsafe] POST /b  com.acme.Api#post_b() (com/acme/Api.java:12): @PermitAll"
                + " lets anyone change state here")
        .inOrder();
  }

  @Test
  void allowList_exemptsFromEveryRule_andReportsLinesThatExemptNothing() throws IOException {
    Path file = dir.resolve("allow.txt");
    Files.writeString(file, "# probes\nget /a   # health\n* /nowhere\n");
    AllowList allowed = AllowList.read(file);
    Report r = report(endpoint("GET", "/a", kind(PolicyKind.NONE)));
    Check.Result result = Check.run(Map.of("", r), EnumSet.allOf(Rule.class), allowed);
    assertThat(result.violations()).isEmpty();
    assertThat(result.unused()).containsExactly(new AllowList.Entry("*", "/nowhere", 3));
  }

  @Test
  void aKindThisVersionDoesNotKnow_isNotUnprotected_butDoesNotGuardASubResource() {
    Report.Policy newer =
        new Report.Policy(
            PolicyKind.UNKNOWN, null, null, List.of(), List.of(), List.of(),
            new Report.Origin(OriginKind.METHOD, null), "SCOPES");
    Report.Endpoint scoped = endpoint("GET", "/s", newer);
    Report.Endpoint sub =
        new Report.Endpoint(
            List.of("GET"), "/", false, false, "com.acme.Sub", "get()", List.of(), List.of(), null,
            kind(PolicyKind.NONE),
            List.of(
                new Report.LocatorChain(
                    "/s/sub",
                    List.of(
                        new Report.Step("com.acme.Api", "sub()", "/s/sub", PolicyKind.UNKNOWN, "SCOPES")))));
    Check.Result result =
        Check.run(Map.of("", report(scoped, sub)), EnumSet.of(Rule.UNPROTECTED), AllowList.empty());
    assertThat(result.violations()).hasSize(1);
    assertThat(result.violations().get(0).row().path()).isEqualTo("/s/sub");
  }

  @Test
  void rulesByIdIgnoreCase_andAnUnknownOneNamesThemAll() {
    assertThat(Rule.byId(" Permit-All ")).isEqualTo(Rule.PERMIT_ALL);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rule.byId("x"));
    assertThat(e).hasMessageThat().isEqualTo(
        "unknown rule 'x'; the rules are unprotected, permit-all-unsafe, permit-all, roles-allowed,"
            + " unreached-sub-resource");
  }
}
