package dev.bouncer.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Word characters at the edges of their ranges, operators cut short, and tree equality. */
class LexerTest {

  @ParameterizedTest
  @ValueSource(chars = {'a', 'z', 'A', 'Z', '0', '9', '_', '.', '-'})
  void wordCharacters(char c) {
    assertTrue(Lexer.isWordChar(c), String.valueOf(c));
  }

  @ParameterizedTest
  @ValueSource(chars = {'`', '{', '@', '[', '/', ':', ',', '*', ' ', '\u00e9', '\u0000'})
  void notWordCharacters(char c) {
    assertFalse(Lexer.isWordChar(c), String.valueOf(c));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a &", "a |", "&", "|"})
  void aSingleOperatorCharacterAtTheEndIsASyntaxError(String source) {
    SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse(source));

    char c = source.charAt(source.length() - 1);
    assertEquals("'" + c + "' must be doubled: write '" + c + c + "'", e.detail());
    assertEquals(source.length() - 1, e.offset());
  }

  @Test
  void permissionsAreEqualByTheirPartsWhereverTheyStand() throws SyntaxError {
    Expr a = Parser.parse("orders:read");
    Expr spaced = Parser.parse("   orders:read");

    assertEquals(a, spaced);
    assertEquals(a.hashCode(), spaced.hashCode());
    assertNotEquals(a, Parser.parse("orders:write"));
    assertNotEquals(a, Parser.parse("orders"));
    assertNotEquals(Parser.parse("orders:{x}"), Parser.parse("orders:x"));
    assertNotEquals(Parser.parse("a && b"), Parser.parse("a && c"));
  }
}
