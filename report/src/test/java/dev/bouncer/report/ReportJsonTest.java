package dev.bouncer.report;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The codec on real reports (the processor's golden files) and on reports of a newer processor:
 * what it reads, it writes back byte for byte.
 */
class ReportJsonTest {
  static String golden(String name) {
    try (InputStream in = ReportJsonTest.class.getResourceAsStream("/golden/report/" + name)) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void goldenReport_readAndWrittenAgain_isTheSameBytes() {
    String json = golden("policy-report.json");
    Report report = ReportJson.read(json);
    assertThat(report.endpoints()).hasSize(15);
    assertThat(report.sourcePositions()).isTrue();
    assertThat(ReportJson.write(report)).isEqualTo(json);
    // Reading from a parsed tree (what a tool with its own JSON library does) is the same.
    assertThat(ReportJson.read(Json.parse(json))).isEqualTo(report);
  }

  @Test
  void goldenReport_kindsAreEnums() {
    Report report = ReportJson.read(golden("policy-report.json"));
    assertThat(report.endpoints().stream().map(e -> e.policy().kind()).distinct().toList())
        .containsExactlyElementsIn(PolicyKind.KNOWN);
    assertThat(
            report.endpoints().stream()
                .flatMap(e -> e.policy().templates().stream())
                .map(Report.Template::source)
                .distinct()
                .toList())
        .containsExactly(TemplateSource.PATH, TemplateSource.QUERY);
    assertThat(
            report.endpoints().stream()
                .map(e -> e.policy().origin().kind())
                .filter(k -> k == OriginKind.UNKNOWN)
                .toList())
        .isEmpty();
  }

  @Test
  void version1_isRead_withItsBareOrigin() {
    Report r = ReportJson.read(golden("policy-report-v1.json"));
    assertThat(r.formatVersion()).isEqualTo(1);
    assertThat(r.endpoints().get(0).policy().origin())
        .isEqualTo(new Report.Origin(OriginKind.METHOD, null));
  }

  /** A report of a newer processor, with a policy kind, origin, template source and locator kind unknown here. */
  private static final String NEWER =
      """
      {
        "formatVersion": 2,
        "generator": "bouncer-processor",
        "endpoints": [
          {
            "httpMethods": ["GET"],
            "path": "/",
            "rootResource": false,
            "locator": false,
            "resourceClass": "com.acme.B",
            "resourceMethod": "get()",
            "policy": {
              "kind": "NONE",
              "origin": {"kind": "NONE"}
            },
            "locatorChains": [
              {
                "fullPath": "/b",
                "locators": [
                  {"resourceClass": "com.acme.R", "resourceMethod": "b()", "path": "/b", "policyKind": "UNKNOWN"}
                ]
              }
            ]
          },
          {
            "httpMethods": ["GET"],
            "path": "/a/{id}",
            "rootResource": true,
            "locator": false,
            "resourceClass": "com.acme.A",
            "resourceMethod": "get(java.lang.String)",
            "policy": {
              "kind": "SCOPES",
              "expression": "orders:read:{id}",
              "normalized": "orders:read:{id}",
              "permissions": ["orders:read:{id}"],
              "templates": [
                {"name": "id", "source": "COOKIE", "key": "session"}
              ],
              "roles": ["ops"],
              "origin": {"kind": "PACKAGE", "declaredOn": "com.acme"}
            }
          }
        ]
      }
      """;

  @Test
  void unknownKinds_readAsUnknown_andAreWrittenBackAsTheyWere() {
    Report r = ReportJson.read(NEWER);
    Report.Policy p = r.endpoints().get(1).policy();
    assertThat(p.kind()).isEqualTo(PolicyKind.UNKNOWN);
    assertThat(p.kindName()).isEqualTo("SCOPES");
    assertThat(p.origin().kind()).isEqualTo(OriginKind.UNKNOWN);
    assertThat(p.origin().kindName()).isEqualTo("PACKAGE");
    assertThat(p.templates().get(0).source()).isEqualTo(TemplateSource.UNKNOWN);
    assertThat(p.templates().get(0).sourceName()).isEqualTo("COOKIE");
    Report.Step step = r.endpoints().get(0).locatorChains().get(0).locators().get(0);
    assertThat(step.policyKind()).isEqualTo(PolicyKind.UNKNOWN);
    assertThat(step.policyKindName()).isEqualTo("UNKNOWN");

    assertThat(ReportJson.write(r)).isEqualTo(NEWER);
  }

  @Test
  void unknownKinds_failClosedInEveryDecision() {
    Report r = ReportJson.read(NEWER);
    Report.Endpoint scoped = r.endpoints().get(1);
    // Not counted as open: neither unprotected nor a loosening when added.
    assertThat(scoped.policy().open()).isFalse();
    assertThat(scoped.unprotected()).isFalse();
    assertThat(scoped.policy().summary()).isEqualTo("SCOPES");
    // A locator of an unknown kind does not guard what is beneath it.
    assertThat(r.endpoints().get(0).unprotected()).isTrue();
  }

  @Test
  void noSourcePositions_isWrittenOnlyWhenFalse_andReadBack() {
    Report without =
        new Report(Report.FORMAT_VERSION, "bouncer-processor", List.of(), List.of(), false);
    String json = ReportJson.write(without);
    assertThat(json)
        .isEqualTo(
            "{\n  \"formatVersion\": 2,\n  \"generator\": \"bouncer-processor\",\n"
                + "  \"sourcePositions\": false,\n  \"endpoints\": []\n}\n");
    assertThat(ReportJson.read(json).sourcePositions()).isFalse();
    assertThat(ReportJson.write(new Report(2, "g", List.of(), List.of())))
        .doesNotContain("sourcePositions");
  }

  @Test
  void kindsAndSpellings_mustAgree() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new Report.Origin(OriginKind.METHOD, null, List.of(), "CLASS"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Report.Origin(OriginKind.UNKNOWN, null, List.of(), "CLASS"));
    assertThrows(
        IllegalArgumentException.class,
        () -> new Report.Template("id", TemplateSource.UNKNOWN, "id"));
    assertThat(new Report.Step("a.R", "r()", "/r", PolicyKind.ROLES).policyKindName())
        .isEqualTo("ROLES");
  }

  @Test
  void reader_rejectsNewerFormats_andMissingFields() {
    IllegalArgumentException newer =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReportJson.read("{\"formatVersion\": 3, \"endpoints\": []}"));
    assertThat(newer).hasMessageThat().contains("formatVersion 3 is not supported");
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReportJson.read("{\"formatVersion\": 2, \"endpoints\": [{\"path\": \"/x\"}]}"));
    assertThat(missing).hasMessageThat().contains("endpoint 0");
  }
}
