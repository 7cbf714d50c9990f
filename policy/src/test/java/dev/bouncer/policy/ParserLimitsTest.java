package dev.bouncer.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import org.junit.jupiter.api.Test;

/** The nesting limit: exactly where it lies, where its error points, and that it does not leak. */
class ParserLimitsTest {

  private static final int MAX = Parser.MAX_DEPTH;

  private static Expr parse(String source) {
    try {
      return Parser.parse(source);
    } catch (SyntaxError e) {
      throw new AssertionError(source, e);
    }
  }

  private static SyntaxError fails(String source) {
    SyntaxError e = assertThrows(SyntaxError.class, () -> Parser.parse(source));
    assertEquals(SyntaxError.Kind.SYNTAX, e.kind(), e.detail());
    return e;
  }

  private static int depthOfNots(Expr e) {
    int n = 0;
    while (e instanceof Expr.Not not) {
      n++;
      e = not.operand();
    }
    return n;
  }

  @Test
  void notsUpToTheLimitParse() {
    assertEquals(MAX - 1, depthOfNots(parse("!".repeat(MAX - 1) + "a")));
  }

  @Test
  void oneNotTooManyIsReportedAtThePermission() {
    assertEquals(MAX, fails("!".repeat(MAX) + "a").offset());
  }

  @Test
  void aLongerRunOfNotsIsReportedAtTheFirstNotPastTheLimit() {
    assertEquals(MAX, fails("!".repeat(MAX + 1) + "a").offset());
    assertEquals(MAX, fails("!".repeat(MAX + 50) + "a").offset());
  }

  @Test
  void parenthesesUpToTheLimitParse() {
    int k = MAX - 1;
    assertEquals(parse("a"), parse("(".repeat(k) + "a" + ")".repeat(k)));
  }

  @Test
  void oneParenthesisTooManyFails() {
    int k = MAX;
    fails("(".repeat(k) + "a" + ")".repeat(k));
  }

  @Test
  void depthIsGivenBackAfterEachOperand() {
    String manyNegated = String.join(" && ", Collections.nCopies(3 * MAX, "!!a"));
    String manyAtoms = String.join(" || ", Collections.nCopies(3 * MAX, "a"));
    String manyGroups = String.join(" && ", Collections.nCopies(3 * MAX, "(a || !b)"));

    assertEquals(3 * MAX, parse(manyNegated).operands().size());
    assertEquals(3 * MAX, parse(manyAtoms).operands().size());
    assertEquals(3 * MAX, parse(manyGroups).operands().size());
  }
}
