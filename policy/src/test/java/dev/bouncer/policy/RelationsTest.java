package dev.bouncer.policy;

import static dev.bouncer.policy.Relations.Relation.EQUIVALENT;
import static dev.bouncer.policy.Relations.Relation.INCOMPARABLE;
import static dev.bouncer.policy.Relations.Relation.STRONGER;
import static dev.bouncer.policy.Relations.Relation.WEAKER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.policy.Relations.Relation;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The relations between expressions, moved here with the processor's former Semantics. */
class RelationsTest {

  private static Expr parse(String source) {
    try {
      return Parser.parse(source);
    } catch (SyntaxError e) {
      throw new AssertionError(source, e);
    }
  }

  private static Optional<Relation> compare(String original, String changed) {
    try {
      return Optional.of(Relations.compare(parse(original), parse(changed)).relation());
    } catch (TooManyAtomsException e) {
      return Optional.empty();
    }
  }

  @Nested
  class Implies {

    @ParameterizedTest(name = "{0} implies {1}: {2}")
    @CsvSource(
        delimiter = '|',
        textBlock =
            """
            orders:read          | orders:read          | true
            orders:read          | orders:write         | false
            orders:read          | Orders:read          | false
            orders               | orders:read          | true
            orders               | orders:read:42       | true
            orders:read          | orders               | false
            orders:read:*        | orders:read          | true
            orders:*:*           | orders               | true
            orders:*:x           | orders               | false
            orders:*             | orders:read          | true
            orders:*             | orders:read,write    | true
            *                    | orders:read          | true
            *:read               | orders:read          | true
            *:read               | orders:write         | false
            orders:read,write    | orders:read          | true
            orders:read,write    | orders:write,read    | true
            orders:read,write    | orders:read,delete   | false
            orders:read          | orders:read,write    | false
            orders:read          | orders:*             | false
            orders:*             | orders:*             | true
            orders:{id}          | orders:{id}          | true
            orders:{id}          | orders:{other}       | false
            orders:{id}          | orders:42            | false
            orders:42            | orders:{id}          | false
            orders:*             | orders:{id}          | true
            orders:{id},*        | orders:{id}          | true
            orders:read:{id}     | orders:read          | false
            """)
    void shiroWildcardRules(String granted, String required, boolean implied) {
      assertEquals(implied, ((Expr.Atom) parse(granted)).implies((Expr.Atom) parse(required)));
    }
  }

  @Nested
  class Compare {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource(
        delimiter = ';',
        textBlock =
            """
            a                            ; a                                ; EQUIVALENT
            a && b                       ; b && a                           ; EQUIVALENT
            a || b                       ; b || a                           ; EQUIVALENT
            !(a || b)                    ; !a && !b                         ; EQUIVALENT
            !(a && b)                    ; !a || !b                         ; EQUIVALENT
            a && (b || c)                ; a && b || a && c                 ; EQUIVALENT
            !!a                          ; a                                ; EQUIVALENT
            orders:* || orders:read      ; orders:*                         ; STRONGER
            orders:*                     ; orders:* || orders:read          ; WEAKER
            orders:* && orders:read      ; orders:*                         ; EQUIVALENT
            a                            ; a:*                              ; EQUIVALENT
            orders:read,write            ; orders:write,read                ; EQUIVALENT
            orders:read,write            ; orders:read && orders:write      ; WEAKER
            a                            ; a && b                           ; STRONGER
            a && b                       ; a                                ; WEAKER
            a || b                       ; a                                ; STRONGER
            a                            ; a || b                           ; WEAKER
            a                            ; a && !b                          ; STRONGER
            !a                           ; !a || b                          ; WEAKER
            !a                           ; !a && !b                         ; STRONGER
            a                            ; b                                ; INCOMPARABLE
            a                            ; !a                               ; INCOMPARABLE
            a && !b                      ; b && !a                          ; INCOMPARABLE
            orders:read                  ; orders:*                         ; STRONGER
            orders:*                     ; orders:read                      ; WEAKER
            orders:read                  ; orders                           ; STRONGER
            orders:{id}                  ; orders:*                         ; STRONGER
            orders:*                     ; orders:{id}                      ; WEAKER
            orders:{id}                  ; orders:{other}                   ; INCOMPARABLE
            orders:read:{id}             ; orders:read:{id} || admin        ; WEAKER
            orders:* && !orders:read     ; orders:* && !orders:write        ; EQUIVALENT
            orders:* && !orders:read     ; a                                ; WEAKER
            a || !a                      ; b || !b                          ; EQUIVALENT
            a && !a                      ; b                                ; WEAKER
            """)
    void relations(String original, String changed, Relation expected) {
      assertEquals(Optional.of(expected), compare(original, changed));
    }

    @Test
    void holdingAWildcardHoldsEveryAtomItImpliesWhateverTheirOrder() {
      // The wildcard comes after the atoms it implies, and between two of them.
      assertEquals(
          Optional.of(EQUIVALENT),
          compare("orders:read && orders:write", "orders:read && orders:* && orders:write"
              + " || orders:read && orders:write"));
      assertEquals(
          Optional.of(STRONGER), compare("orders:read && orders:write", "orders:*"));
      assertEquals(Optional.of(WEAKER), compare("orders:*", "orders:read && orders:write"));
    }

    @Test
    void upToMaxAtomsIsDecided() {
      String sixteen = disjunction(0, Cases.MAX_ATOMS);

      assertEquals(Optional.of(EQUIVALENT), compare(sixteen, sixteen));
      assertEquals(
          Optional.of(WEAKER), compare(disjunction(0, Cases.MAX_ATOMS - 1), sixteen));
      assertEquals(
          Optional.of(STRONGER), compare(sixteen, disjunction(0, Cases.MAX_ATOMS - 1)));
    }

    @Test
    void moreDistinctAtomsThanMaxAreNotCompared() {
      assertEquals(
          Optional.empty(), compare(disjunction(0, 9), disjunction(9, Cases.MAX_ATOMS + 1)));
      assertEquals(
          Optional.empty(),
          compare(
              disjunction(0, Cases.MAX_ATOMS + 1), disjunction(0, Cases.MAX_ATOMS + 1)));
      assertTrue(compare(disjunction(0, 9), disjunction(9, Cases.MAX_ATOMS)).isPresent());
    }

    @Test
    void theRelationIsNotSymmetric() {
      assertEquals(Optional.of(STRONGER), compare("a", "a && b"));
      assertEquals(Optional.of(WEAKER), compare("a && b", "a"));
      assertFalse(compare("a", "b").filter(r -> r != INCOMPARABLE).isPresent());
    }

    /** p{from} || ... || p{to - 1}. */
    private String disjunction(int from, int to) {
      return IntStream.range(from, to).mapToObj(i -> "p" + i).collect(Collectors.joining(" || "));
    }
  }
}
