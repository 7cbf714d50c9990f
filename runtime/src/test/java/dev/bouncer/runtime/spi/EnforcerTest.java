package dev.bouncer.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.LogCapture;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EnforcerTest {
  private static final String CHALLENGE = "Bearer realm=\"orders\"";
  private static final String REQUIREMENT = "orders:write && !orders:frozen";

  private static Enforcer enforcer(boolean reveal, boolean insufficientScope) {
    return new Enforcer(Authorizer.roles(), CHALLENGE, reveal, insufficientScope);
  }

  /** The body of a denial, checked to be a problem document with the given status. */
  static Map<String, Object> problem(Response response, int status) {
    assertEquals(status, response.getStatus());
    assertEquals(Enforcer.PROBLEM_JSON, response.getMediaType().toString());
    assertEquals("no-store", response.getHeaderString(HttpHeaders.CACHE_CONTROL));
    Object entity = response.getEntity();
    assertTrue(entity instanceof String, "entity is " + entity);
    Map<String, Object> body = FlatJson.parseObject((String) entity);
    assertEquals(List.of("type", "title", "status", "detail"), List.copyOf(body.keySet()));
    assertEquals("about:blank", body.get("type"));
    assertEquals(Response.Status.fromStatusCode(status).getReasonPhrase(), body.get("title"));
    assertEquals((long) status, body.get("status"));
    assertTrue(body.get("detail") instanceof String, "detail is " + body.get("detail"));
    return body;
  }

  @Nested
  class Unauthorized {

    @Test
    void isA401ProblemWithTheChallenge() {
      Response response = enforcer(false, false).unauthorized();

      Map<String, Object> body = problem(response, 401);
      assertEquals("Unauthorized", body.get("title"));
      assertEquals(CHALLENGE, response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
      assertEquals(1, response.getHeaders().get(HttpHeaders.WWW_AUTHENTICATE).size());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "Bearer realm=\"api\"",
          "Basic realm=\"orders\", charset=\"UTF-8\"",
          "Negotiate",
          "DPoP realm=\"x\", algs=\"ES256 PS256\""
        })
    void sendsTheConfiguredChallengeVerbatim(String challenge) {
      Response response = new Enforcer(Authorizer.roles(), challenge, false, false).unauthorized();

      assertEquals(challenge, response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void neverCarriesInsufficientScope() {
      Response response = enforcer(true, true).unauthorized();

      assertEquals(CHALLENGE, response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void isANewResponseEachTime() {
      Enforcer enforcer = enforcer(false, false);

      assertNotSame(enforcer.unauthorized(), enforcer.unauthorized());
    }
  }

  @Nested
  class Forbidden {

    @Test
    void isA403ProblemWithoutChallengeByDefault() {
      Response response = enforcer(false, false).forbidden(REQUIREMENT);

      Map<String, Object> body = problem(response, 403);
      assertEquals("Forbidden", body.get("title"));
      assertEquals("Forbidden", response.getStatusInfo().getReasonPhrase());
      assertNull(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void hidesTheRequirementByDefault() {
      Response response = enforcer(false, false).forbidden(REQUIREMENT);

      String entity = (String) response.getEntity();
      assertFalse(entity.contains("orders"), entity);
      assertFalse(entity.contains("frozen"), entity);
    }

    @Test
    void revealsTheRequirementWhenConfigured() {
      Response response = enforcer(true, false).forbidden(REQUIREMENT);

      String detail = (String) problem(response, 403).get("detail");
      assertTrue(detail.contains(REQUIREMENT), detail);
    }

    @Test
    void revealedRequirementIsEscaped() {
      String nasty = "a\"b\\c\nd\u0001";
      Response response = enforcer(true, false).forbidden(nasty);

      String detail = (String) problem(response, 403).get("detail");
      assertTrue(detail.contains(nasty), detail);
    }

    @Test
    void insufficientScopeOnlyWhenEnabled() {
      assertNull(
          enforcer(false, false)
              .forbidden(REQUIREMENT)
              .getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
      assertEquals(
          "Bearer error=\"insufficient_scope\"",
          enforcer(false, true)
              .forbidden(REQUIREMENT)
              .getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @ParameterizedTest
    @MethodSource("dev.bouncer.runtime.spi.EnforcerTest#schemes")
    void insufficientScopeUsesTheChallengesScheme(String challenge, String expected) {
      Response response = new Enforcer(Authorizer.roles(), challenge, false, true).forbidden("x");

      assertEquals(expected, response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
      problem(response, 403);
    }

    @Test
    void insufficientScopeDoesNotRevealTheRequirement() {
      Response response = enforcer(false, true).forbidden(REQUIREMENT);

      assertFalse(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE).contains("orders"));
      assertFalse(((String) response.getEntity()).contains("orders"));
    }
  }

  static Stream<Arguments> schemes() {
    return Stream.of(
        Arguments.of("Bearer realm=\"api\"", "Bearer error=\"insufficient_scope\""),
        Arguments.of("Bearer", "Bearer error=\"insufficient_scope\""),
        Arguments.of("DPoP realm=\"x\"", "DPoP error=\"insufficient_scope\""),
        Arguments.of("Bearer realm=\"a b\", scope=\"x\"", "Bearer error=\"insufficient_scope\""));
  }

  @Nested
  class DeniedToAll {

    @Test
    void isA403ProblemForEveryone() {
      Response response = enforcer(false, false).deniedToAll();

      Map<String, Object> body = problem(response, 403);
      assertEquals("Forbidden", body.get("title"));
    }

    @Test
    void offersNoChallengeSinceNoCredentialsWouldHelp() {
      Response response = enforcer(true, true).deniedToAll();

      assertNull(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }
  }

  @Nested
  class Failure {

    @Test
    void isA500Problem() {
      Response response = enforcer(true, true).failure();

      Map<String, Object> body = problem(response, 500);
      assertEquals("Internal Server Error", body.get("title"));
      assertNull(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void logsTheCauseAsSevere() {
      IllegalStateException cause = new IllegalStateException("boom");
      try (LogCapture log = LogCapture.start()) {
        enforcer(false, false).logFailure("GET /orders/{id}", cause);

        assertEquals(1, log.records().size());
        LogRecord record = log.records().get(0);
        assertEquals(Level.SEVERE, record.getLevel());
        assertSame(cause, record.getThrown());
        assertTrue(record.getMessage().contains("GET /orders/{id}"), record.getMessage());
      }
    }
  }

  @Nested
  class Construction {

    @Test
    void exposesAuthorizerAndChallenge() {
      Authorizer authorizer = (caller, required) -> true;
      Enforcer enforcer = new Enforcer(authorizer, CHALLENGE, false, false);

      assertSame(authorizer, enforcer.authorizer());
      assertEquals(CHALLENGE, enforcer.challenge());
    }

    @Test
    void rejectsNulls() {
      assertThrows(NullPointerException.class, () -> new Enforcer(null, CHALLENGE, false, false));
      assertThrows(
          NullPointerException.class, () -> new Enforcer(Authorizer.roles(), null, false, false));
    }
  }

  @Nested
  class Json {

    @Test
    void plainTextIsUnchanged() {
      assertEquals("orders:read && !x || (y)", Enforcer.json("orders:read && !x || (y)"));
      assertEquals("", Enforcer.json(""));
    }

    @Test
    void escapesQuotesAndBackslashes() {
      assertEquals("a\\\"b", Enforcer.json("a\"b"));
      assertEquals("a\\\\b", Enforcer.json("a\\b"));
      assertEquals("\\\\\\\"", Enforcer.json("\\\""));
    }

    @Test
    void escapesCommonControlCharacters() {
      assertEquals("\\n\\r\\t", Enforcer.json("\n\r\t"));
    }

    @Test
    void escapesOtherControlCharactersAsUnicode() {
      assertEquals("\\u0000", Enforcer.json("\u0000"));
      assertEquals("\\u0008\\u000c", Enforcer.json("\b\f"));
      assertEquals("\\u001f", Enforcer.json("\u001f"));
    }

    @Test
    void leavesNonControlCharactersAlone() {
      assertEquals(
          " ~\u007f\u00e9\u2028\uD83D\uDE00", Enforcer.json(" ~\u007f\u00e9\u2028\uD83D\uDE00"));
      assertEquals("</script>", Enforcer.json("</script>"));
    }

    @Test
    void everyCharacterRoundTripsThroughAJsonParser() {
      StringBuilder all = new StringBuilder();
      for (char c = 0; c < 0x300; c++) {
        all.append(c);
      }
      String text = all.toString();

      String literal = "\"" + Enforcer.json(text) + "\"";

      assertEquals(text, FlatJson.parseString(literal));
    }

    @Test
    void escapedOutputHasNoRawControlCharacters() {
      String escaped = Enforcer.json("x\u0000\u0001\n\u001b[31m\u007f");

      assertTrue(escaped.chars().noneMatch(c -> c < 0x20), escaped);
    }
  }
}
