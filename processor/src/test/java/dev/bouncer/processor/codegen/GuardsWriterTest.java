package dev.bouncer.processor.codegen;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GuardsWriterTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "orders,               ORDERS",
    "orders:read,          ORDERS_READ",
    "Orders:Read,          ORDERS_READ",
    "admin:*,              ADMIN_ANY",
    "*,                    ANY",
    "*:read,               ANY_READ",
    "orders:*:read,        ORDERS_ANY_READ",
    "'orders:read,write',  ORDERS_READ_WRITE",
    "'orders:read,*',      ORDERS_READ_ANY",
    "a.b-c:x,              A_B_C_X",
    "a..b--c:x,            A_B_C_X",
    "snake_case:x,         SNAKE_CASE_X",
    "orders-:x,            ORDERS_X",
    "v2:read,              V2_READ",
    "2fa:verify,           P_2FA_VERIFY",
    "9,                    P_9",
    "_x,                   _X",
  })
  void constantName_isReadableUpperSnakeCase(String permission, String expected) {
    assertThat(GuardsWriter.constantName(permission)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "orders:read",
        "admin:*",
        "a.b-c:x",
        "*",
        "*:*:*",
        "0:1",
        "-:x",
        ".x",
        "x.",
        "orders:read,write:{id}",
        "A-Z_a-z.0-9",
      })
  void constantName_isAValidJavaName(String permission) {
    String name = GuardsWriter.constantName(permission);

    assertWithMessage("constantName(%s) = %s", permission, name)
        .that(SourceVersion.isName(name))
        .isTrue();
  }

  /**
   * A permission that is a single word of only {@code _ . -} (valid by the grammar: {@code word :=
   * one or more of [A-Za-z0-9_.-]}) becomes {@code _}, a keyword since Java 9; JavaPoet rejects it
   * and the processor reports [BouncerInternal].
   */
  @ParameterizedTest
  @ValueSource(strings = {"_", "-", ".", "_._"})
  void constantName_ofPunctuationOnlyWord_isAValidJavaName(String permission) {
    String name = GuardsWriter.constantName(permission);

    assertWithMessage("constantName(%s) = %s", permission, name)
        .that(SourceVersion.isName(name))
        .isTrue();
  }

  /**
   * Every chain of up to three names (top-level first) from names built to be confused: with and
   * without {@code _} at either end, local and anonymous classes' digit-led names. No two chains may
   * get the same generated name.
   */
  @Test
  void simpleName_neverGivesTwoClassesTheSameName() {
    List<String> pieces = List.of("A", "B", "A_", "_B", "A_B", "B_A", "A__B", "1", "1A", "12", "_");
    List<List<String>> chains = new ArrayList<>();
    for (String a : pieces) {
      chains.add(List.of(a));
      for (String b : pieces) {
        chains.add(List.of(a, b));
        for (String c : pieces) {
          chains.add(List.of(a, b, c));
        }
      }
    }
    Map<String, List<String>> seen = new HashMap<>();
    for (List<String> chain : chains) {
      List<String> earlier = seen.put(GuardsPlanner.simpleName(chain), chain);
      assertWithMessage("%s and %s", earlier, chain).that(earlier).isNull();
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "Orders,             Orders_BouncerGuards",
    "Orders.Items,       Orders_Items_BouncerGuards",
    "Orders_Items,       Orders_Items_BouncerGuards_12",
    "Orders.Items_,      Orders_Items__BouncerGuards_6_6",
    "Orders.1,           Orders_1_BouncerGuards_6_1",
    "Orders.1Local,      Orders_1Local_BouncerGuards_6_6",
  })
  void simpleName_isTheJoinedNames_withLengthsWhereAmbiguous(String chain, String expected) {
    assertThat(GuardsPlanner.simpleName(List.of(chain.split("\\.")))).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "ADMIN", "Permission", "RequestValues", "String", "caller", "request", "dev", "var",
        "yield", "record", "sealed", "permits", "class", "int", "null", "_", "__", "a.b", "a-b",
        "1st", "$x", "_id"
      })
  void localName_ofAHostileTemplate_isAPlainLowerCaseName(String template) {
    String local = GuardsWriter.localName(template, List.of());

    assertThat(local).matches("[a-z][A-Za-z0-9_]*");
    assertThat(SourceVersion.isName(local)).isTrue();
    assertThat(List.of("caller", "request", "dev", "var", "yield", "record")).doesNotContain(local);
  }

  @Test
  void localName_keepsAReadableTemplateName_andNumbersTakenOnes() {
    assertThat(GuardsWriter.localName("orderId", List.of())).isEqualTo("orderId");
    assertThat(GuardsWriter.localName("ADMIN", List.of("value"))).isEqualTo("value2");
    assertThat(GuardsWriter.localName("value", List.of("value", "value2"))).isEqualTo("value3");
  }
}
