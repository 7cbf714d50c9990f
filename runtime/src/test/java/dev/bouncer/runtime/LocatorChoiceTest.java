package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.runtime.LocatorChoice.Candidate;
import dev.bouncer.runtime.spi.Check;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LocatorChoiceTest {

  /** A check known by its name; LocatorChoice only hands checks out, it never runs them. */
  record Named(String name) implements Check {
    @Override
    public Response denial(ContainerRequestContext request) {
      throw new AssertionError("LocatorChoice must not run checks");
    }
  }

  private static final Check TENANT = new Named("tenant");
  private static final Check ADMIN = new Named("admin");
  private static final Check NUMERIC = new Named("numeric");
  private static final Check OTHER = new Named("other");

  private static LocatorChoice choice(Candidate... candidates) {
    return new LocatorChoice(List.of(candidates));
  }

  @Nested
  class Templates {

    @Test
    void aPlainVariableMatchesOneSegment() {
      Candidate c = Candidate.of("{tenant}", TENANT);

      assertEquals(0, c.literals());
      assertEquals(1, c.variables());
      assertEquals(0, c.regexes());
      assertTrue(c.pattern().matcher("acme").matches());
      assertTrue(c.pattern().matcher("a.b-c").matches());
      assertFalse(c.pattern().matcher("acme/x").matches());
      assertFalse(c.pattern().matcher("").matches());
    }

    @Test
    void literalsAreCountedPerCharacterAndMatchedExactly() {
      Candidate c = Candidate.of("a.b", ADMIN);

      assertEquals(3, c.literals());
      assertEquals(0, c.variables());
      assertTrue(c.pattern().matcher("a.b").matches());
      assertFalse(c.pattern().matcher("axb").matches(), "a dot is a literal, not a wildcard");
      assertFalse(c.pattern().matcher("a.bc").matches());
    }

    @Test
    void aVariableWithARegexUsesTheRegexAndCountsAsBoth() {
      Candidate c = Candidate.of("projects/{project: [a-z0-9]+}", NUMERIC);

      assertEquals("projects/".length(), c.literals());
      assertEquals(1, c.variables());
      assertEquals(1, c.regexes());
      assertTrue(c.pattern().matcher("projects/p1").matches());
      assertFalse(c.pattern().matcher("projects/P1").matches());
      assertFalse(c.pattern().matcher("projects/").matches());
      assertFalse(c.pattern().matcher("project/p1").matches());
    }

    @Test
    void aRegexMayContainBracesAndSpansSlashesIfItSaysSo() {
      Candidate three = Candidate.of("{id: [0-9]{3}}", NUMERIC);
      Candidate rest = Candidate.of("files/{path: .+}", OTHER);

      assertTrue(three.pattern().matcher("123").matches());
      assertFalse(three.pattern().matcher("12").matches());
      assertFalse(three.pattern().matcher("1234").matches());
      assertEquals(0, three.literals());
      assertTrue(rest.pattern().matcher("files/a/b/c").matches());
    }

    @Test
    void aRegexAlternationStaysInsideItsVariable() {
      Candidate c = Candidate.of("x{v: a|b}y", OTHER);

      assertEquals(2, c.literals());
      assertTrue(c.pattern().matcher("xay").matches());
      assertTrue(c.pattern().matcher("xby").matches());
      assertFalse(c.pattern().matcher("xa").matches(), "the alternation must not swallow the x");
      assertFalse(c.pattern().matcher("by").matches());
    }

    @Test
    void severalVariablesAndLiteralsInOneTemplate() {
      Candidate c = Candidate.of("{a}-{b: \\d+}/{c}", OTHER);

      assertEquals(2, c.literals());
      assertEquals(3, c.variables());
      assertEquals(1, c.regexes());
      assertTrue(c.pattern().matcher("x-12/y").matches());
      assertFalse(c.pattern().matcher("x-ab/y").matches());
    }

    @Test
    void surroundingSlashesAreIgnored() {
      Candidate c = Candidate.of("//orders/", ADMIN);

      assertEquals("orders".length(), c.literals());
      assertTrue(c.pattern().matcher("orders").matches());
      assertEquals("//orders/", c.template(), "the template is kept as written");
    }

    @Test
    void unbalancedBracesAreRejected() {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> Candidate.of("a/{id", ADMIN));
      assertEquals("unbalanced braces in @Path(\"a/{id\")", e.getMessage());
      assertThrows(IllegalArgumentException.class, () -> Candidate.of("{id: [0-9]{3}", ADMIN));
    }
  }

  @Nested
  class Precedence {

    private final Candidate literal = Candidate.of("new", ADMIN);
    private final Candidate variable = Candidate.of("{id}", TENANT);
    private final Candidate regex = Candidate.of("{id: \\d+}", NUMERIC);
    private final Candidate twoVariables = Candidate.of("{a}{b}", OTHER);

    @Test
    void moreLiteralCharactersWin() {
      assertTrue(literal.outranks(variable));
      assertFalse(variable.outranks(literal));
      assertTrue(Candidate.of("ab{x}", ADMIN).outranks(Candidate.of("a{x}{y}", ADMIN)));
    }

    @Test
    void thenMoreVariables() {
      assertTrue(twoVariables.outranks(variable));
      assertFalse(variable.outranks(twoVariables));
      assertTrue(twoVariables.outranks(regex), "variables count before regexes");
    }

    @Test
    void thenMoreVariablesWithARegex() {
      assertTrue(regex.outranks(variable));
      assertFalse(variable.outranks(regex));
    }

    @Test
    void equalTemplatesTieAndNeitherOutranks() {
      Candidate other = Candidate.of("{other}", OTHER);

      assertTrue(variable.ties(other));
      assertFalse(variable.outranks(other));
      assertFalse(other.outranks(variable));
      assertFalse(variable.ties(regex));
      assertFalse(variable.ties(literal));
      assertFalse(variable.ties(twoVariables));
    }
  }

  @Nested
  class ChecksFor {

    @Test
    void aSingleCandidateHoldsWhateverWasConsumed() {
      LocatorChoice one = choice(Candidate.of("admin", ADMIN));

      assertEquals(List.of(ADMIN), one.checksFor("admin"));
      assertEquals(List.of(ADMIN), one.checksFor("something-else"));
      assertEquals(List.of(ADMIN), one.checksFor(null));
    }

    @Test
    void aSingleOpenCandidateNeedsNoCheck() {
      assertEquals(List.of(), choice(Candidate.of("open", null)).checksFor("open"));
    }

    @Test
    void theMatchingCandidateAloneHolds() {
      LocatorChoice c = choice(Candidate.of("admin", ADMIN), Candidate.of("tenants/{t}", TENANT));

      assertEquals(List.of(ADMIN), c.checksFor("admin"));
      assertEquals(List.of(TENANT), c.checksFor("tenants/acme"));
    }

    @Test
    void theConsumedPathIsStrippedOfSlashes() {
      LocatorChoice c = choice(Candidate.of("admin", ADMIN), Candidate.of("tenants/{t}", TENANT));

      assertEquals(List.of(TENANT), c.checksFor("/tenants/acme/"));
    }

    @Test
    void aLiteralOutranksAVariableThatMatchesToo() {
      Candidate literal = Candidate.of("new", ADMIN);
      Candidate variable = Candidate.of("{id}", TENANT);

      assertEquals(List.of(ADMIN), choice(literal, variable).checksFor("new"));
      assertEquals(List.of(ADMIN), choice(variable, literal).checksFor("new"));
      assertEquals(List.of(TENANT), choice(literal, variable).checksFor("old"));
    }

    @Test
    void theBestOfThreeIsFoundWhereverItStands() {
      Candidate variable = Candidate.of("{id}", TENANT);
      Candidate regex = Candidate.of("{id: \\d+}", NUMERIC);
      Candidate literal = Candidate.of("42", ADMIN);

      assertEquals(List.of(ADMIN), choice(variable, regex, literal).checksFor("42"));
      assertEquals(List.of(ADMIN), choice(literal, variable, regex).checksFor("42"));
      assertEquals(List.of(ADMIN), choice(regex, literal, variable).checksFor("42"));
      assertEquals(List.of(NUMERIC), choice(variable, regex, literal).checksFor("43"));
      assertEquals(List.of(NUMERIC), choice(regex, variable).checksFor("43"));
      assertEquals(List.of(TENANT), choice(variable, regex, literal).checksFor("x"));
    }

    @Test
    void tiedCandidatesAllHold() {
      LocatorChoice c =
          choice(Candidate.of("{a}", TENANT), Candidate.of("{b}", OTHER), Candidate.of("x", ADMIN));

      assertEquals(List.of(TENANT, OTHER), c.checksFor("y"));
    }

    @Test
    void onlyTheTiesOfTheBestHold() {
      LocatorChoice c =
          choice(
              Candidate.of("{a}", TENANT),
              Candidate.of("{n: \\d+}", NUMERIC),
              Candidate.of("{m: [0-9]+}", ADMIN));

      assertEquals(List.of(NUMERIC, ADMIN), c.checksFor("7"));
    }

    @Test
    void anOpenCandidateThatIsChosenNeedsNoCheck() {
      LocatorChoice c = choice(Candidate.of("public", null), Candidate.of("{t}", TENANT));

      assertEquals(List.of(), c.checksFor("public"));
      assertEquals(List.of(TENANT), c.checksFor("acme"));
    }

    @Test
    void whenNothingMatchesEveryCandidateHolds() {
      LocatorChoice c =
          choice(Candidate.of("admin", ADMIN), Candidate.of("public", null), Candidate.of("t/{t}", TENANT));

      assertEquals(List.of(ADMIN, TENANT), c.checksFor("elsewhere"));
      assertEquals(List.of(ADMIN, TENANT), c.checksFor(null));
    }

    @Test
    void alwaysRequiresEveryCheckWhateverWasConsumed() {
      LocatorChoice c = LocatorChoice.always(List.of(ADMIN, TENANT));

      assertEquals(List.of(ADMIN, TENANT), c.checksFor(null));
      assertEquals(List.of(ADMIN, TENANT), c.checksFor(""));
      assertEquals(List.of(ADMIN, TENANT), c.checksFor("anything"));
      assertEquals(List.of(ADMIN), LocatorChoice.always(List.of(ADMIN)).checksFor("x"));
      assertEquals(List.of(), LocatorChoice.always(List.of()).checksFor("x"));
    }

    @Test
    void theCandidatesAreCopied() {
      List<Candidate> list = new ArrayList<>(List.of(Candidate.of("a", ADMIN), Candidate.of("b", TENANT)));
      LocatorChoice c = new LocatorChoice(list);
      list.clear();

      assertEquals(List.of(ADMIN, TENANT), c.checksFor(null));
    }
  }

  @Nested
  class Strip {

    @Test
    void removesLeadingAndTrailingSlashesOnly() {
      assertEquals("a/b", LocatorChoice.strip("a/b"));
      assertEquals("a/b", LocatorChoice.strip("/a/b"));
      assertEquals("a/b", LocatorChoice.strip("a/b/"));
      assertEquals("a//b", LocatorChoice.strip("//a//b//"));
      assertEquals("", LocatorChoice.strip("///"));
      assertEquals("", LocatorChoice.strip("/"));
      assertEquals("", LocatorChoice.strip(""));
      assertEquals("x", LocatorChoice.strip("x"));
    }
  }
}
