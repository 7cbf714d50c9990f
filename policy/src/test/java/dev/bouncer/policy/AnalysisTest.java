package dev.bouncer.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncer.policy.Analysis.Finding;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AnalysisTest {

  private static Expr parse(String source) {
    try {
      return Parser.parse(source);
    } catch (SyntaxError e) {
      throw new AssertionError(source, e);
    }
  }

  private static List<Finding> analyse(String source) {
    return Analysis.analyse(parse(source));
  }

  private static List<Analysis.Kind> kinds(String source) {
    return analyse(source).stream().map(Finding::kind).toList();
  }

  private static Expr.Atom atom(String source) {
    return (Expr.Atom) parse(source);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "orders:read",
        "a && b",
        "a || b",
        "!a",
        "a && (a || b)",
        "(a && b) || (b && a)",
        "orders:read && !orders:*",
        "orders:{id}",
        "orders:{id}:*",
        "orders:read:{id} || admin:*",
        // a wildcard and what it implies, held or lacked together
        "orders:* && orders:read",
        "!orders:* && !orders:read",
        "orders:read && orders:*"
      })
  void anOrdinaryExpressionHasNoFinding(String source) {
    assertEquals(List.of(), analyse(source));
  }

  @Nested
  class Duplicates {

    @Test
    void aClauseRepeatedInAnAndGroup() {
      assertEquals(
          List.of(
              new Finding(
                  Analysis.Kind.DUPLICATE_CLAUSE,
                  "'a' appears more than once in the same && group; remove the repetition",
                  5)),
          analyse("a && a"));
    }

    @Test
    void aClauseRepeatedInAnOrGroupPointsAtTheRepetition() {
      assertEquals(
          List.of(
              new Finding(
                  Analysis.Kind.DUPLICATE_CLAUSE,
                  "'a' appears more than once in the same || group; remove the repetition",
                  10)),
          analyse("a || b || a"));
    }

    @Test
    void aRepeatedGroupPointsAtItsFirstPermission() {
      List<Finding> findings = analyse("(a && b) || (a && b)");

      assertEquals(1, findings.size());
      assertEquals(Analysis.Kind.DUPLICATE_CLAUSE, findings.get(0).kind());
      assertEquals(13, findings.get(0).offset());
      assertEquals(
          "'a && b' appears more than once in the same || group; remove the repetition",
          findings.get(0).text());
    }

    @Test
    void repetitionsInsideNestedGroupsAreFound() {
      assertEquals(List.of(Analysis.Kind.DUPLICATE_CLAUSE), kinds("x || !(a && a)"));
      assertEquals(List.of(Analysis.Kind.DUPLICATE_CLAUSE), kinds("x && (b || c || b)"));
    }

    @Test
    void eachRepetitionIsReported() {
      assertEquals(
          List.of(Analysis.Kind.DUPLICATE_CLAUSE, Analysis.Kind.DUPLICATE_CLAUSE), kinds("a && a && a"));
    }
  }

  @Nested
  class MeaninglessTemplates {

    @Test
    void aTemplateBesideAWildcardInOnePart() {
      List<Finding> findings = analyse("orders:*,{id}");

      assertEquals(1, findings.size());
      Finding f = findings.get(0);
      assertEquals(Analysis.Kind.MEANINGLESS_TEMPLATE, f.kind());
      assertEquals(
          "{id} shares a part with '*', which already stands for any value, so the template"
              + " changes nothing; remove one of them",
          f.text());
      assertEquals(parse("orders:*,{id}").atoms().get(0).parts().get(1).get(1).offset(), f.offset());
    }

    @Test
    void whicheverComesFirst() {
      assertEquals(List.of(Analysis.Kind.MEANINGLESS_TEMPLATE), kinds("orders:{id},*"));
    }

    @Test
    void insideAnyOperator() {
      assertEquals(List.of(Analysis.Kind.MEANINGLESS_TEMPLATE), kinds("a && !orders:{id},*"));
      assertEquals(
          List.of(Analysis.Kind.MEANINGLESS_TEMPLATE, Analysis.Kind.MEANINGLESS_TEMPLATE),
          kinds("t:{a},* || u:*,{b}"));
    }
  }

  @Nested
  class TruthTable {

    @Test
    void aContradictionNeverHolds() {
      assertEquals(
          List.of(
              new Finding(
                  Analysis.Kind.NEVER_HOLDS,
                  "no caller can ever satisfy 'a && !a', so every identified caller gets 403;"
                      + " use @DenyAll if that is what you mean",
                  0)),
          analyse("a && !a"));
    }

    @Test
    void aTautologyAlwaysHolds() {
      assertEquals(
          List.of(
              new Finding(
                  Analysis.Kind.ALWAYS_HOLDS,
                  "every identified caller satisfies 'a || !a', so it checks nothing beyond"
                      + " identity; use @Authenticated if that is what you mean",
                  0)),
          analyse("a || !a"));
    }

    @Test
    void theOffsetIsThatOfTheFirstPermission() {
      assertEquals(2, analyse("!(a && !a)").stream().findFirst().orElseThrow().offset());
      assertEquals(3, analyse("((!a || a))").get(0).offset());
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = ';',
        textBlock =
            """
            orders:* && !orders:read             ; NEVER_HOLDS
            orders:read,write && !orders:write    ; NEVER_HOLDS
            orders && !orders:read:42             ; NEVER_HOLDS
            orders:*:* && !orders                 ; NEVER_HOLDS
            orders:read || !orders:*              ; ALWAYS_HOLDS
            !orders:* || orders:read:x            ; ALWAYS_HOLDS
            """)
    void wildcardImplicationIsHonoured(String source, Analysis.Kind expected) {
      assertEquals(List.of(expected), kinds(source));
    }

    @Test
    void templatesAreUnknownValuesThatOnlyAWildcardOrTheSameTemplateCovers() {
      assertEquals(List.of(Analysis.Kind.NEVER_HOLDS), kinds("orders:{id} && !orders:{id}"));
      assertEquals(List.of(), kinds("orders:{id} && !orders:{other}"));
      assertEquals(List.of(), kinds("orders:read:7 && !orders:read:{id}"));
      assertEquals(List.of(), kinds("orders:{id} && !orders:*"));
    }

    @Test
    void aWildcardCoversEveryTemplate_asTheRuntimeAndTheRelationsHoldIt() {
      // Was silent: the lint never compared templates, though orders:* holds orders:{id} for
      // every id at run time and in every relation.
      assertEquals(List.of(Analysis.Kind.NEVER_HOLDS), kinds("orders:* && !orders:{id}"));
      assertEquals(List.of(Analysis.Kind.ALWAYS_HOLDS), kinds("orders:read:{id} || !orders:*"));
      assertEquals(List.of(Analysis.Kind.NEVER_HOLDS), kinds("orders && !orders:read:{id}"));
    }

    @Test
    void upToMaxAtomsAreEnumerated() {
      String atMost = "p0 && !p0 && " + conjunction(1, Cases.MAX_ATOMS);
      String tooMany = "p0 && !p0 && " + conjunction(1, Cases.MAX_ATOMS + 1);

      assertEquals(List.of(Analysis.Kind.NEVER_HOLDS), kinds(atMost));
      // Past the one limit: one clear finding, not silence.
      List<Finding> findings = analyse(tooMany);
      assertEquals(List.of(Analysis.Kind.TOO_MANY_ATOMS), kinds(tooMany));
      assertEquals(
          "'" + parse(tooMany) + "' names 21 distinct permissions; Bouncer decides whether an"
              + " expression can hold, and whether a change loosens it, for at most 20, so it"
              + " checked neither here; split the requirement or name fewer permissions",
          findings.get(0).text());
    }

    private String conjunction(int from, int to) {
      return IntStream.range(from, to).mapToObj(i -> "p" + i).collect(Collectors.joining(" && "));
    }
  }

  @Test
  void findingsComeInOrderDuplicatesTemplatesTruth() {
    assertEquals(
        List.of(Analysis.Kind.DUPLICATE_CLAUSE, Analysis.Kind.MEANINGLESS_TEMPLATE, Analysis.Kind.NEVER_HOLDS),
        kinds("a && a && x:*,{v} && !a"));
  }

  @Nested
  class Implies {

    @ParameterizedTest(name = "{0} implies {1}: {2}")
    @CsvSource(
        delimiter = ';',
        textBlock =
            """
            orders:read       ; orders:read       ; true
            orders:read       ; orders:write      ; false
            orders            ; orders:read       ; true
            orders            ; orders:read:42    ; true
            orders:read       ; orders            ; false
            orders:read:*     ; orders:read       ; true
            orders:*:*        ; orders            ; true
            orders:*:x        ; orders            ; false
            orders:*          ; orders:read,write ; true
            *                 ; a:b:c             ; true
            orders:read,write ; orders:write      ; true
            orders:read,write ; orders:read,del   ; false
            orders:read       ; orders:read,write ; false
            orders:read       ; orders:*          ; false
            orders:{id}       ; orders:{id}       ; true
            orders:{id}       ; orders:{other}    ; false
            orders:*          ; orders:{id}       ; true
            orders:{id}       ; orders:*          ; false
            orders:{id}       ; orders:7          ; false
            orders:7          ; orders:{id}       ; false
            """)
    void theOneAtomModel(String granted, String required, boolean implied) {
      assertEquals(implied, atom(granted).implies(atom(required)));
    }
  }
}
