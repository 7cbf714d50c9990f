package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.runtime.LocatorCandidates.Candidate;
import dev.bouncer.runtime.spi.Check;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Ruling out candidate locators by the server's own record: a candidate is dropped only when no
 * reading of that record could fit it, so a rule-out can never make a request need less than the
 * locator the server really matched.
 */
class LocatorCandidatesTest {
  /** A check known by its name; LocatorCandidates only hands checks out, it never runs them. */
  private record Named(String name) implements Check {
    @Override
    public Response denial(ContainerRequestContext request) {
      throw new AssertionError("LocatorCandidates must not run checks");
    }
  }

  private static final Check ADMIN = new Named("admin");
  private static final Check ITEM = new Named("item");
  private static final Check SPACE = new Named("space");

  private static LocatorCandidates of(Candidate... candidates) {
    return new LocatorCandidates(List.of(candidates));
  }

  @Nested
  class ByWhatALocatorConsumed {
    private final LocatorCandidates people =
        of(new Candidate("admin", ADMIN), new Candidate("{name}", null));

    @Test
    void aPlainOtherNameRulesTheLiteralOut() {
      assertEquals(List.of(), people.checksFor(null, "bob"));
      assertEquals(List.of(), people.checksFor(null, "/bob/"));
    }

    @Test
    void aConsumedTextThatSpellsALiteralIsThatLiteral() {
      // The matching algorithm ranks the literal first: "{name}" cannot have matched "admin".
      assertEquals(List.of(ADMIN), people.checksFor(null, "admin"));
      LocatorCandidates tenants =
          of(new Candidate("{tenant}", ITEM), new Candidate("guest", null));
      assertEquals(List.of(), tenants.checksFor(null, "guest"));
      assertEquals(List.of(ITEM), tenants.checksFor(null, "guests"));
      // Not when encoded or with matrix parameters: then both may have matched.
      assertEquals(List.of(ITEM), tenants.checksFor(null, "gu%65st"));
      assertEquals(List.of(ITEM), tenants.checksFor(null, "guest;m=1"));
      assertEquals(List.of(ITEM), tenants.checksFor(null, "GUEST"));
    }

    @Test
    void matrixParametersNeverRuleTheLiteralOut() {
      for (String consumed : List.of("admin;x=1", "admin;", "admin;x", "admin;x=1;y=2")) {
        assertEquals(List.of(ADMIN), people.checksFor(null, consumed), consumed);
      }
    }

    @Test
    void percentEncodingNeverRulesTheLiteralOut() {
      for (String consumed : List.of("%61dmin", "adm%69n", "%61%64%6D%69%6E", "%41DMIN")) {
        assertEquals(List.of(ADMIN), people.checksFor(null, consumed), consumed);
      }
    }

    @Test
    void anotherLetterCaseIsAnotherName() {
      // Matching is case-sensitive on every server: "ADMIN" can only be "{name}".
      assertEquals(List.of(), people.checksFor(null, "ADMIN"));
      assertEquals(List.of(), people.checksFor(null, "Admin"));
    }

    @Test
    void aRegularExpressionOutranksAPlainVariable() {
      LocatorCandidates vault =
          of(new Candidate("{name}", ITEM), new Candidate("{id: [0-9]+}", null));

      assertEquals(List.of(), vault.checksFor(null, "42"));
      assertEquals(List.of(ITEM), vault.checksFor(null, "abc"));
    }

    @Test
    void candidatesTiedAtTheTopAllHold() {
      LocatorCandidates tied = of(new Candidate("{a}", ADMIN), new Candidate("{b}", ITEM));

      assertEquals(List.of(ADMIN, ITEM), tied.checksFor(null, "x"));
    }

    @Test
    void anEncodedSlashKeepsTheOneSegmentTemplate() {
      LocatorCandidates store = of(new Candidate("a/b", null), new Candidate("{x}", ITEM));

      assertEquals(List.of(ITEM), store.checksFor(null, "a%2Fb"));
      assertEquals(List.of(ITEM), store.checksFor(null, "a%2fb"));
      assertEquals(List.of(), store.checksFor(null, "a/b"));
    }

    @Test
    void aRegularExpressionIsReadDecodedToo() {
      LocatorCandidates vault =
          of(new Candidate("{name}", ITEM), new Candidate("{id: [0-9]+}", null));

      assertEquals(List.of(ITEM), vault.checksFor(null, "4%32"));
      assertEquals(List.of(ITEM), vault.checksFor(null, "%34%32"));
    }

    @Test
    void anEncodedCharacterInsideAPathValueMatchesBothWays() {
      LocatorCandidates store = of(new Candidate("sp%20ace", SPACE), new Candidate("public", null));

      assertEquals(List.of(SPACE), store.checksFor(null, "sp%20ace"));
      assertEquals(List.of(SPACE), store.checksFor(null, "sp ace"));
      assertEquals(List.of(), store.checksFor(null, "public"));
    }

    @Test
    void whenNothingFitsEveryCandidateHolds() {
      LocatorCandidates two = of(new Candidate("admin", ADMIN), new Candidate("items", ITEM));

      assertEquals(List.of(ADMIN, ITEM), two.checksFor(null, "neither"));
      assertEquals(List.of(ADMIN, ITEM), two.checksFor(null, null));
    }

    @Test
    void aLocatorOnTheEmptyPathIsNeverRuledOut() {
      LocatorCandidates empty = of(new Candidate("/", ADMIN), new Candidate("items", ITEM));

      assertEquals(List.of(ADMIN), empty.checksFor(null, "other"));
      assertEquals(List.of(ADMIN, ITEM), empty.checksFor(null, "item%73"));
      // "items" spelled exactly: the literal outranks the empty path.
      assertEquals(List.of(ITEM), empty.checksFor(null, "items"));
    }

    @Test
    void anUnreadableTemplateIsNeverRuledOut() {
      LocatorCandidates broken = of(new Candidate("{x: [}", ADMIN), new Candidate("items", ITEM));

      assertEquals(List.of(ADMIN), broken.checksFor(null, "other"));
    }
  }

  @Nested
  class ByTheMatchedTemplate {
    private final LocatorCandidates people =
        of(new Candidate("admin", ADMIN), new Candidate("{name}", null));

    @Test
    void onlyCandidatesThatOccurAsWholeSegmentsHold() {
      assertEquals(List.of(ADMIN), people.checksFor("/lx/people/admin", "bob"));
      assertEquals(List.of(), people.checksFor("/lx/people/{name}", "admin"));
      assertEquals(List.of(), people.checksFor("/lx/people/{name}/leaf", null));
    }

    @Test
    void aTemplateThatContainsBothKeepsBoth() {
      assertEquals(List.of(ADMIN), people.checksFor("/lx/{name}/admin", null));
    }

    @Test
    void whiteSpaceInsideATemplateDoesNotMatter() {
      LocatorCandidates vault =
          of(new Candidate("{name}", ITEM), new Candidate("{id: [0-9]+}", null));

      assertEquals(List.of(), vault.checksFor("/lx/vault/{id:[0-9]+}", null));
      assertEquals(List.of(ITEM), vault.checksFor("/lx/vault/{name}", null));
    }

    @Test
    void aTemplateNamingNoCandidateFallsBackToTheConsumedPathThenToAll() {
      assertEquals(List.of(), people.checksFor("/elsewhere", "bob"));
      assertEquals(List.of(ADMIN), people.checksFor("/elsewhere", null));
    }

    @Test
    void whatATemplateDecidesIsRemembered_butNeverForAnotherTemplateOrConsumedText() {
      // Asked in turns, as requests come: each answer is the same as the first time.
      for (int i = 0; i < 3; i++) {
        assertEquals(List.of(ADMIN), people.checksFor("/lx/people/admin", "bob"));
        assertEquals(List.of(), people.checksFor("/lx/people/{name}", "admin"));
        assertEquals(List.of(), people.checksFor("/elsewhere", "bob"));
        assertEquals(List.of(ADMIN), people.checksFor("/elsewhere", null));
        assertEquals(List.of(ADMIN), people.checksFor("/elsewhere", "admin"));
      }
    }
  }

  @Test
  void readingsCoverEncodedDecodedAndBareForms() {
    assertEquals(
        List.of("a%3Bb;m=1", "a;b;m=1", "a%3Bb", "a;b", "a"), LocatorCandidates.readings("/a%3Bb;m=1/"));
    assertEquals("é/x y", LocatorCandidates.decode("%C3%A9%2Fx%20y"));
    assertEquals("%zz%4", LocatorCandidates.decode("%zz%4"));
    assertEquals("a/b", LocatorCandidates.normalize("//a//b/ "));
  }

  @Test
  void aSingleCandidateOrNoGuardedOneIsNotAmbiguous() {
    assertFalse(of(new Candidate("admin", ADMIN)).ambiguous());
    assertFalse(of(new Candidate("a", null), new Candidate("b", null)).ambiguous());
    assertTrue(of(new Candidate("a", null), new Candidate("b", ADMIN)).ambiguous());
    assertEquals(List.of(ADMIN), LocatorCandidates.always(List.of(ADMIN)).checksFor(null, "x"));
  }
}
