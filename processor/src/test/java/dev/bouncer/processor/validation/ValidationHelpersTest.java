package dev.bouncer.processor.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bouncer.policy.Expr;
import dev.bouncer.policy.Parser;
import dev.bouncer.policy.SyntaxError;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pure helpers of validation: path variables, template names, edit distance, messages. */
class ValidationHelpersTest {

  @Nested
  class PathVariables {

    @Test
    void namesInOrderWithoutRegexesOrRepeats() {
      assertEquals(List.of("id"), List.copyOf(TemplateResolver.pathVariables("/orders/{id}")));
      assertEquals(
          List.of("a", "b"), List.copyOf(TemplateResolver.pathVariables("{a}/{b: [0-9]{3}}/x")));
      assertEquals(List.of("id"), List.copyOf(TemplateResolver.pathVariables("{ id : \\d+ }")));
      assertEquals(List.of("a"), List.copyOf(TemplateResolver.pathVariables("{a}/{a}")));
      assertEquals(Set.of(), TemplateResolver.pathVariables("/orders"));
      assertEquals(Set.of(), TemplateResolver.pathVariables(""));
    }

    @Test
    void anUnclosedVariableStillNamesItself() {
      assertEquals(List.of("id"), List.copyOf(TemplateResolver.pathVariables("/x/{id")));
    }

    @Test
    void variablesAfterARegexWithBracesAreFound() {
      assertEquals(
          List.of("a", "b", "c"),
          List.copyOf(TemplateResolver.pathVariables("{a: x{2}}/{b}-{c: (y|z){1,3}}")));
    }
  }

  @Nested
  class Distance {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(
        delimiter = '|',
        emptyValue = "",
        textBlock =
            """
            abc     | abc     | 0
            ''      | abc     | 3
            abc     | ''      | 3
            kitten  | sitting | 3
            flaw    | lawn    | 2
            id      | orderId | 6
            orderid | orderId | 1
            a       | b       | 1
            ab      | ba      | 2
            """)
    void levenshtein(String a, String b, int expected) {
      assertEquals(expected, TemplateResolver.distance(a, b));
      assertEquals(expected, TemplateResolver.distance(b, a));
    }
  }

  @Test
  void templatesInOrderOfAppearanceRepeatsIncluded() throws SyntaxError {
    Expr expr = Parser.parse("a:{x} && !b:{y},{z} || c:{x}:*");

    assertEquals(
        List.of("x", "y", "z", "x"),
        TemplateResolver.templates(expr).stream().map(Expr.Sub::text).toList());
    assertEquals(List.of(), TemplateResolver.templates(Parser.parse("a:b || !c:*")));
  }

  @Nested
  class Excerpts {

    @Test
    void aCaretUnderTheOffset() {
      assertEquals("    a && \n         ^", PolicyReader.excerpt("a && ", 5));
      assertEquals("    abc\n    ^", PolicyReader.excerpt("abc", 0));
      assertEquals("    abc\n      ^", PolicyReader.excerpt("abc", 2));
    }

    @Test
    void controlCharactersBecomeSpacesSoTheCaretLinesUp() {
      assertEquals("    a b c d\n          ^", PolicyReader.excerpt("a\nb\rc\td", 6));
    }

    @Test
    void theOffsetIsKeptWithinTheLine() {
      assertEquals("    ab\n      ^", PolicyReader.excerpt("ab", 9));
      assertEquals("    ab\n    ^", PolicyReader.excerpt("ab", -3));
    }

    @Test
    void aSyntaxErrorIsDescribedWithItsColumn() {
      SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse("a && (b"));

      assertEquals(
          "invalid permission expression \"a && (b\": "
              + e.detail()
              + " (at column "
              + (e.offset() + 1)
              + ").\n"
              + PolicyReader.excerpt("a && (b", e.offset()),
          PolicyReader.describe(e, "a && (b"));
    }
  }

  @Test
  void simpleNamesOfAnnotations() {
    assertEquals("@RolesAllowed", PolicyReader.simple("jakarta.annotation.security.RolesAllowed"));
    assertEquals("@Local", PolicyReader.simple("Local"));
  }

  @Test
  void messagesCarryTheirKeyInFront() {
    assertEquals("BouncerSyntax", Message.SYNTAX.key());
    assertEquals(
        "[BouncerReport] could not write report.json: disk full",
        Message.REPORT.format("report.json", "disk full"));
  }
}
