package dev.bouncer.policy;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.Range;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ParserTest {

  // ---------------------------------------------------------------------------------------------
  // Valid expressions: the tree, and its normalised toString.
  // ---------------------------------------------------------------------------------------------

  static Stream<Arguments> validExpressions() {
    return Stream.of(
        // permissions: parts, sub-parts, wildcards, templates
        arguments("orders", atom("orders"), "orders"),
        arguments("orders:read", atom("orders:read"), "orders:read"),
        arguments("orders:read,write", atom("orders:read,write"), "orders:read,write"),
        arguments("orders:read,write:*", atom("orders:read,write:*"), "orders:read,write:*"),
        arguments("*", atom("*"), "*"),
        arguments("admin:*", atom("admin:*"), "admin:*"),
        arguments("*:read", atom("*:read"), "*:read"),
        arguments("a.b-c_D9:x", atom("a.b-c_D9:x"), "a.b-c_D9:x"),
        arguments("orders:read:{id}", atom("orders:read:{id}"), "orders:read:{id}"),
        arguments("tenant:{t},*:member", atom("tenant:{t},*:member"), "tenant:{t},*:member"),
        // operators and whitespace around them
        arguments("a&&b", and(atom("a"), atom("b")), "a && b"),
        arguments("  a  ||\tb\n", or(atom("a"), atom("b")), "a || b"),
        arguments("!a", not(atom("a")), "!a"),
        arguments("! a", not(atom("a")), "!a"),
        arguments("!!a", not(not(atom("a"))), "!!a"),
        arguments("a && b && c", and(atom("a"), atom("b"), atom("c")), "a && b && c"),
        arguments("a || b || c", or(atom("a"), atom("b"), atom("c")), "a || b || c"),
        // precedence: ! binds tighter than &&, which binds tighter than ||
        arguments("a || b && c", or(atom("a"), and(atom("b"), atom("c"))), "a || b && c"),
        arguments("a && b || c", or(and(atom("a"), atom("b")), atom("c")), "a && b || c"),
        arguments(
            "a && b || c && d",
            or(and(atom("a"), atom("b")), and(atom("c"), atom("d"))),
            "a && b || c && d"),
        arguments("!a && b", and(not(atom("a")), atom("b")), "!a && b"),
        arguments("!a || b", or(not(atom("a")), atom("b")), "!a || b"),
        arguments(
            "orders:write && !orders:frozen || admin:*",
            or(and(atom("orders:write"), not(atom("orders:frozen"))), atom("admin:*")),
            "orders:write && !orders:frozen || admin:*"),
        // parentheses
        arguments("(a)", atom("a"), "a"),
        arguments("((a))", atom("a"), "a"),
        arguments("( a || b ) && c", and(or(atom("a"), atom("b")), atom("c")), "(a || b) && c"),
        arguments("a && (b || c)", and(atom("a"), or(atom("b"), atom("c"))), "a && (b || c)"),
        arguments("!(a || b)", not(or(atom("a"), atom("b"))), "!(a || b)"),
        arguments("!(a && b)", not(and(atom("a"), atom("b"))), "!(a && b)"),
        arguments("(a && b) || c", or(and(atom("a"), atom("b")), atom("c")), "a && b || c"),
        arguments(
            "(reports:export || admin:*) && tenant:{tenant}:member",
            and(or(atom("reports:export"), atom("admin:*")), atom("tenant:{tenant}:member")),
            "(reports:export || admin:*) && tenant:{tenant}:member"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("validExpressions")
  void parse_validExpression_givesTreeAndNormalisedForm(
      String source, Expr expected, String normalised) throws SyntaxError {
    Expr parsed = Parser.parse(source);

    assertThat(parsed).isEqualTo(expected);
    assertThat(parsed.toString()).isEqualTo(normalised);
  }

  @Test
  void parse_recordsOffsetsOfPermissionsAndSubParts() throws SyntaxError {
    Expr.And and = (Expr.And) Parser.parse("  a:{id} && !bb,*");

    Expr.Atom first = (Expr.Atom) and.operands().get(0);
    assertThat(first.start()).isEqualTo(2);
    assertThat(first.end()).isEqualTo(8);
    assertThat(first.parts().get(1).get(0).offset()).isEqualTo(4);
    assertThat(first.parts().get(1).get(0).kind()).isEqualTo(Expr.Sub.Kind.TEMPLATE);
    assertThat(first.parts().get(1).get(0).text()).isEqualTo("id");
    Expr.Atom second = (Expr.Atom) ((Expr.Not) and.operands().get(1)).operand();
    assertThat(second.start()).isEqualTo(13);
    assertThat(second.end()).isEqualTo(17);
    assertThat(second.parts().get(0).get(1).kind()).isEqualTo(Expr.Sub.Kind.WILDCARD);
    assertThat(second.parts().get(0).get(1).offset()).isEqualTo(16);
  }

  @Test
  void atom_hasTemplates() throws SyntaxError {
    assertThat(((Expr.Atom) Parser.parse("orders:{id}")).hasTemplates()).isTrue();
    assertThat(((Expr.Atom) Parser.parse("orders:*")).hasTemplates()).isFalse();
  }

  // ---------------------------------------------------------------------------------------------
  // Round trip: toString is the normalised form and parses back to an equal tree.
  // ---------------------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(
      strings = {
        "orders:read",
        "orders:read,write:*",
        "*",
        "orders:{id}:member",
        "a && b",
        "a || b",
        "!a",
        "!!a",
        "!(a && b)",
        "!(a || b)",
        "a || b && c",
        "(a || b) && c",
        "a && (b || c) && !d",
        "!(a || b) && (c || !(d && e))",
        "orders:write && !orders:frozen || admin:*",
        "(reports:export || admin:*) && tenant:{tenant}:member",
        "((a || b) && (c || d)) || !(e && f)",
      })
  void parse_roundTripsThroughToString(String source) throws SyntaxError {
    Expr parsed = Parser.parse(source);

    assertThat(Parser.parse(parsed.toString())).isEqualTo(parsed);
  }

  /**
   * Expr's Javadoc promises that toString "parses back to an equal tree". An operand grouped with
   * parentheses under the same operator, {@code a && (b && c)}, parses to a nested And, but prints
   * as {@code a && b && c}, which parses to a flat And.
   */
  @ParameterizedTest
  @ValueSource(strings = {"a && (b && c)", "(a && b) && c", "a || (b || c)", "(a || b) || c"})
  void parse_roundTripsThroughToString_sameOperatorGrouped(String source) throws SyntaxError {
    Expr parsed = Parser.parse(source);

    assertThat(Parser.parse(parsed.toString())).isEqualTo(parsed);
  }

  // ---------------------------------------------------------------------------------------------
  // Errors: kind and 0-based offset.
  // ---------------------------------------------------------------------------------------------

  /** Bad inputs: the rule each breaks and the 0-based offset the error points at. */
  static Stream<Arguments> invalidExpressions() {
    return Stream.of(
        bad("", SyntaxError.Kind.EMPTY_EXPRESSION, 0),
        bad("   ", SyntaxError.Kind.EMPTY_EXPRESSION, 0),
        bad("orders:re@d", SyntaxError.Kind.SYNTAX, 9),
        bad("orders read", SyntaxError.Kind.SYNTAX, 7),
        bad("orders: read", SyntaxError.Kind.SYNTAX, 7),
        bad("orders :read", SyntaxError.Kind.SYNTAX, 6),
        bad("orders:read ,write", SyntaxError.Kind.SYNTAX, 11),
        bad("orders:read, write", SyntaxError.Kind.SYNTAX, 12),
        bad("orders:read & orders:write", SyntaxError.Kind.SYNTAX, 12),
        bad("a & b", SyntaxError.Kind.SYNTAX, 2),
        bad("a || b &", SyntaxError.Kind.SYNTAX, 7),
        bad("a |b", SyntaxError.Kind.SYNTAX, 2),
        bad("a !b", SyntaxError.Kind.SYNTAX, 2),
        bad("a*", SyntaxError.Kind.SYNTAX, 1),
        bad(":read", SyntaxError.Kind.SYNTAX, 0),
        bad(",read", SyntaxError.Kind.SYNTAX, 0),
        bad("{id", SyntaxError.Kind.SYNTAX, 3),
        bad("{}", SyntaxError.Kind.SYNTAX, 1),
        bad("{ id}", SyntaxError.Kind.SYNTAX, 2),
        bad("a:{id }", SyntaxError.Kind.SYNTAX, 6),
        bad("a:{id:x}", SyntaxError.Kind.SYNTAX, 5),
        bad("(a b)", SyntaxError.Kind.SYNTAX, 3),
        bad("\u00e9", SyntaxError.Kind.SYNTAX, 0),
        bad("orders:read &&", SyntaxError.Kind.EMPTY_OPERAND, 14),
        bad("&& a", SyntaxError.Kind.EMPTY_OPERAND, 0),
        bad("|| a", SyntaxError.Kind.EMPTY_OPERAND, 0),
        bad("a && || b", SyntaxError.Kind.EMPTY_OPERAND, 5),
        bad("a || && b", SyntaxError.Kind.EMPTY_OPERAND, 5),
        bad("!", SyntaxError.Kind.EMPTY_OPERAND, 1),
        bad("!!", SyntaxError.Kind.EMPTY_OPERAND, 2),
        bad("()", SyntaxError.Kind.EMPTY_OPERAND, 1),
        bad("a && ()", SyntaxError.Kind.EMPTY_OPERAND, 6),
        bad("orders::read", SyntaxError.Kind.EMPTY_PART, 7),
        bad("orders:read,", SyntaxError.Kind.EMPTY_PART, 12),
        bad("orders:", SyntaxError.Kind.EMPTY_PART, 7),
        bad("orders:read,,write", SyntaxError.Kind.EMPTY_PART, 12),
        bad("a:&&b", SyntaxError.Kind.EMPTY_PART, 2),
        bad("(orders:read", SyntaxError.Kind.UNBALANCED, 0),
        bad("((a)", SyntaxError.Kind.UNBALANCED, 0),
        bad("(a || (b)", SyntaxError.Kind.UNBALANCED, 0),
        bad("orders:read)", SyntaxError.Kind.UNBALANCED, 11),
        bad("(a))", SyntaxError.Kind.UNBALANCED, 3));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" -> {1} at {2}")
  @MethodSource("invalidExpressions")
  void parse_invalidExpression_reportsKindAndOffset(String source, SyntaxError.Kind kind, int offset) {
    SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse(source));

    assertWithMessage("kind of %s (%s)", quote(source), e.detail()).that(e.kind()).isEqualTo(kind);
    assertWithMessage("offset of %s (%s)", quote(source), e.detail())
        .that(e.offset())
        .isEqualTo(offset);
  }

  @Test
  void parse_null_isEmptyExpression() {
    SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse(null));

    assertThat(e.kind()).isEqualTo(SyntaxError.Kind.EMPTY_EXPRESSION);
    assertThat(e.offset()).isEqualTo(0);
  }

  static Stream<Arguments> explainedErrors() {
    return Stream.of(
        Arguments.of(
            "orders:re@d",
            "unexpected character '@'; a permission word may contain only letters, digits, '_',"
                + " '.' and '-'"),
        Arguments.of("a & b", "'&' must be doubled: write '&&'"),
        Arguments.of("a | b", "'|' must be doubled: write '||'"),
        Arguments.of("orders: read", "whitespace is not allowed inside a permission"),
        Arguments.of("(a", "'(' is never closed"),
        Arguments.of("a)", "')' has no matching '('"),
        Arguments.of("a:", "empty part: a word, '*' or '{name}' must follow ':'"),
        Arguments.of("a,", "empty sub-part: a word, '*' or '{name}' must follow ','"),
        Arguments.of(
            "a &&", "expected a permission, '!' or '(' but found the end of the expression"),
        Arguments.of("a b", "expected '&&', '||' or the end of the expression but found 'b'"),
        Arguments.of(
            "a:{id",
            "expected '}' to close the template {id but found the end of the expression"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\"")
  @MethodSource("explainedErrors")
  void parse_invalidExpression_explainsTheProblem(String source, String detail) {
    SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse(source));

    assertThat(e.detail()).isEqualTo(detail);
  }

  @Test
  void parse_controlCharacter_isPrintedEscaped() {
    SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse("a\u0000b"));

    assertThat(e.kind()).isEqualTo(SyntaxError.Kind.SYNTAX);
    assertThat(e.offset()).isEqualTo(1);
    assertThat(e.detail()).contains("'\\u0000'");
  }

  // ---------------------------------------------------------------------------------------------
  // Robustness: nothing but SyntaxError, ever.
  // ---------------------------------------------------------------------------------------------

  private static final char[] ALPHABET = "a:,*{}()!&| b_.-\t@\u00e9".toCharArray();

  @Test
  void parse_randomInput_throwsNothingButSyntaxError() {
    Random random = new Random(20240607L);
    int parsed = 0;
    int rejected = 0;
    for (int i = 0; i < 2000; i++) {
      String source = randomString(random, random.nextInt(25));
      Expr expr;
      try {
        expr = Parser.parse(source);
      } catch (SyntaxError e) {
        rejected++;
        assertWithMessage("kind of %s", quote(source)).that(e.kind()).isNotNull();
        assertWithMessage("detail of %s", quote(source)).that(e.detail()).isNotEmpty();
        assertWithMessage("offset of %s", quote(source))
            .that(e.offset())
            .isIn(Range.closed(0, source.length()));
        continue;
      } catch (Throwable t) {
        throw new AssertionError("Parser.parse(" + quote(source) + ") threw " + t, t);
      }
      parsed++;
      // Whatever parses has a normal form that parses and is stable.
      String normal = expr.toString();
      try {
        assertWithMessage("normal form of %s", quote(source))
            .that(Parser.parse(normal).toString())
            .isEqualTo(normal);
      } catch (SyntaxError e) {
        fail("normal form " + quote(normal) + " of " + quote(source) + " does not parse: " + e);
      }
    }
    // The alphabet must exercise both outcomes, or the test proves little.
    assertThat(parsed).isGreaterThan(20);
    assertThat(rejected).isGreaterThan(1000);
  }

  @Test
  void parse_nestingOfModerateDepth_parses() throws SyntaxError {
    int depth = 90;
    int nots = 100;
    String source = "(".repeat(depth) + "!".repeat(nots) + "a" + ")".repeat(depth);

    Expr expr = Parser.parse(source);

    assertThat(expr.toString()).isEqualTo("!".repeat(nots) + "a");
  }

  @Test
  void parse_veryDeepNesting_throwsNothingButSyntaxError() {
    String source = "(!".repeat(20_000) + "a" + ")".repeat(20_000);
    try {
      Parser.parse(source);
    } catch (SyntaxError e) {
      // acceptable: a limit on nesting depth
    } catch (Throwable t) {
      throw new AssertionError("Parser.parse threw " + t, t);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers
  // ---------------------------------------------------------------------------------------------

  private static String randomString(Random random, int length) {
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(ALPHABET[random.nextInt(ALPHABET.length)]);
    }
    return sb.toString();
  }

  private static Arguments arguments(String source, Expr expected, String normalised) {
    return Arguments.of(source, expected, normalised);
  }

  private static Arguments bad(String source, SyntaxError.Kind kind, int offset) {
    return Arguments.of(source, kind, offset);
  }

  /** A permission from its text; offsets do not take part in equality. */
  private static Expr.Atom atom(String text) {
    List<List<Expr.Sub>> parts = new ArrayList<>();
    for (String part : text.split(":", -1)) {
      List<Expr.Sub> subs = new ArrayList<>();
      for (String sub : part.split(",", -1)) {
        if (sub.equals("*")) {
          subs.add(new Expr.Sub(Expr.Sub.Kind.WILDCARD, "*", 0));
        } else if (sub.startsWith("{")) {
          subs.add(new Expr.Sub(Expr.Sub.Kind.TEMPLATE, sub.substring(1, sub.length() - 1), 0));
        } else {
          subs.add(new Expr.Sub(Expr.Sub.Kind.WORD, sub, 0));
        }
      }
      parts.add(subs);
    }
    return new Expr.Atom(parts, 0, 0);
  }

  private static Expr not(Expr operand) {
    return new Expr.Not(operand);
  }

  private static Expr and(Expr... operands) {
    return new Expr.And(Arrays.asList(operands));
  }

  private static Expr or(Expr... operands) {
    return new Expr.Or(Arrays.asList(operands));
  }

  private static String quote(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
  }
}
