package dev.bouncer.cli;

import static dev.bouncer.report.Fixtures.endpoint;
import static dev.bouncer.report.Fixtures.kind;
import static dev.bouncer.report.Fixtures.permission;
import static dev.bouncer.report.Fixtures.report;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.report.Json;
import dev.bouncer.report.PolicyKind;
import dev.bouncer.report.Report;
import dev.bouncer.report.ReportJson;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CLI reads with Jackson what the processor writes with bouncer-report's own writer: the same
 * tree, the same report, and the same strictness as bouncer-report's reader.
 */
class JsonTextTest {
  @Test
  void aWrittenReport_parsesToTheSameTree_andTheSameReport() {
    Report r =
        report(
            endpoint("GET", "/orders/{id}", permission("orders:read:{id} || admin:*")),
            endpoint("PUT", "/x/\"quoted\"\\/\u2028", kind(PolicyKind.NONE)));
    String json = ReportJson.write(r);
    assertEquals(Json.parse(json), JsonText.parse(json));
    assertEquals(r, ReportJson.read(JsonText.parse(json)));
  }

  @Property(tries = 300)
  void anyString_parsesAsBothReadersParseIt(@ForAll String s) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(s, List.of(s, 7L, true, 2.5));
    String json = Json.write(map);
    assertEquals(map, JsonText.parse(json));
    assertEquals(Json.parse(json), JsonText.parse(json));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"a\": 1,}",
        "[1, 2,]",
        "{\"a\": 1, \"a\": 2}",
        "{\"a\" 1}",
        "\"unterminated",
        "\"bad \\x escape\"",
        "01",
        "1.",
        "-",
        "tru",
        "{} {}",
        "\"raw\ncontrol\"",
        "",
        "// comment\n{}",
        "{'a': 1}",
        "NaN"
      })
  void malformedInput_isRejectedByBoth(String text) {
    assertThrows(IllegalArgumentException.class, () -> JsonText.parse(text));
    assertThrows(IllegalArgumentException.class, () -> Json.parse(text));
  }

  @Test
  void deepNesting_isRejected() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> JsonText.parse(deep));
    assertTrue(e.getMessage().startsWith("invalid JSON"), e.getMessage());
  }
}
