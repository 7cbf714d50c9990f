package dev.bouncer.report;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** bouncer-report's own JSON reader and writer: strict, and a faithful round trip. */
class JsonTest {
  @Property(tries = 500)
  void anyString_survivesWriteAndParse(@ForAll String s) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put(s, List.of(s, 7L, true));
    assertThat(Json.parse(Json.write(map))).isEqualTo(map);
  }

  @Property(tries = 200)
  void writtenText_hasNoRawControlOrLineSeparatorCharacters(@ForAll String s) {
    String json = Json.write(s).stripTrailing();
    assertThat(json.chars().filter(c -> c < 0x20 || c == 0x2028 || c == 0x2029).count())
        .isEqualTo(0);
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
        "\"raw\ncontrol\""
      })
  void malformedInput_isRejected(String text) {
    assertThrows(IllegalArgumentException.class, () -> Json.parse(text));
  }

  @org.junit.jupiter.api.Test
  void deepNesting_isRejectedWithoutOverflowingTheStack() {
    String deep = "[".repeat(100_000) + "]".repeat(100_000);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Json.parse(deep));
    assertThat(e).hasMessageThat().contains("nested too deeply");
  }

  @org.junit.jupiter.api.Test
  void writer_putsShortScalarContainersOnOneLine_andKeepsKeyOrder() {
    Map<String, Object> inner = new LinkedHashMap<>();
    inner.put("z", "last?");
    inner.put("a", 1L);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("list", List.of("x", "y"));
    root.put("inner", inner);
    root.put("nested", List.of(inner));
    assertThat(Json.write(root))
        .isEqualTo(
            "{\n"
                + "  \"list\": [\"x\", \"y\"],\n"
                + "  \"inner\": {\"z\": \"last?\", \"a\": 1},\n"
                + "  \"nested\": [\n"
                + "    {\"z\": \"last?\", \"a\": 1}\n"
                + "  ]\n"
                + "}\n");
  }
}
