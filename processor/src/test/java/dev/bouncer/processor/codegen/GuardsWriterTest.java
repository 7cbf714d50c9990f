package dev.bouncer.processor.codegen;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import javax.lang.model.SourceVersion;
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
}
