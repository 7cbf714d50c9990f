package dev.bouncer.it.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.stacks.CoreRows;
import dev.bouncer.it.stacks.app.Hits;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The core rows on Spring Boot, and what every Spring Boot set-up here adds to them. Each subclass
 * is one {@code @SpringBootTest} with a configuration of its own (a profile or a property), so
 * that its application serves its first request inside that class and its start-up line can be
 * checked.
 *
 * <p>Every row is Bouncer's: Spring Security ({@link ApiSecurity}) lets every request through to
 * Jersey, so anonymous callers get Bouncer's 401 with its challenge, {@code @RolesAllowed} and
 * {@code @DenyAll} are decided by Bouncer ({@code @DenyAll} is 403 to everyone, anonymous callers
 * too), and the POST row is not stopped by CSRF. Only credentials Spring Security cannot verify
 * get Spring Security's own 401.
 */
abstract class SpringBootRows extends CoreRows {

  @LocalServerPort int port;

  @Override
  protected URI base() {
    return URI.create("http://127.0.0.1:" + port + "/");
  }

  @Override
  protected int anonymousDenyAllStatus() {
    return 403;
  }

  /** What this class recorded of Bouncer's log since before its application started. */
  protected abstract BouncerLog log();

  /** How the start-up line says Bouncer was switched on: {@code discovered}, {@code configured}. */
  protected abstract String activation();

  /** The authorizer in force, as the start-up line names it. */
  protected String authorizer() {
    return "Authorizer.roles()";
  }

  /** Bad credentials never reach Jersey: Spring Security's HTTP Basic answers with its own 401. */
  @Test
  void badCredentialsGetSpringSecuritysOwn401() throws Exception {
    int before = Hits.count("orders.list");
    HttpResponse<String> response = Http.send(base(), "GET", "/orders", "reader:wrong");
    assertEquals(401, response.statusCode(), response.body());
    assertEquals(
        "Basic realm=\"Realm\"", response.headers().firstValue("WWW-Authenticate").orElse(null));
    assertEquals(before, Hits.count("orders.list"));
  }

  /** An anonymous {@code @DenyAll} request is Bouncer's 403 problem, not a 401. */
  @Test
  void denyAllIsBouncersProblemForAnonymousCallersToo() throws Exception {
    HttpResponse<String> response = call("DELETE", "/orders/7", null);
    assertEquals(403, response.statusCode());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    assertTrue(response.body().contains("not available to anyone"), response.body());
  }

  /**
   * {@code wildcard} holds the authority {@code orders:*}: no wildcard to the authorizers here
   * (the role {@code orders:*} is not the role {@code orders:read}); see {@link
   * SpringBootTwoConfigurationsTest} for {@code Authorizer.fromGrants}, which reads it as one.
   */
  @Test
  void anAuthorityIsNoWildcard() throws Exception {
    forbidden("GET", "/orders", "wildcard", "orders.list");
    forbidden("GET", "/orders/8", "wildcard", "orders.get.8");
    forbidden("GET", "/orders/vault", "wildcard", "vault.open");
  }

  /**
   * With {@code GrantedAuthorityDefaults("")}, an authority written with Spring Security's {@code
   * ROLE_} prefix is not the role Bouncer asks for ({@link SpringBootRolePrefixTest} shows the
   * other way round).
   */
  @Test
  void prefixedAuthoritiesAreNotRolesHere() throws Exception {
    forbidden("GET", "/orders", "prefixed", "orders.list");
    forbidden("GET", "/orders/staff", "prefixed", "orders.staff");
  }

  /**
   * One INFO line for the application, at its first request: how Bouncer was switched on and with
   * which challenge. Nothing else of Bouncer's above INFO but the class compiled without the
   * processor.
   */
  @Test
  void startUpLine() throws Exception {
    allowed("GET", "/health", null, "health");
    assertEquals(1, log().summaries().size(), log().summaries().toString());
    String line = log().summaries().get(0);
    assertTrue(line.startsWith("Bouncer is on, " + activation()), line);
    assertTrue(line.contains("7 root resource methods enforced, 2 open"), line);
    assertTrue(line.contains("authorizer " + authorizer() + ", challenge " + challenge()), line);
    for (String warning : log().warnings()) {
      assertTrue(warning.contains("UnprocessedResource.get()"), warning);
    }
  }
}
