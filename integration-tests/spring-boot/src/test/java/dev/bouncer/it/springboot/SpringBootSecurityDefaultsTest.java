package dev.bouncer.it.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.bouncer.it.stacks.app.Hits;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Without the pass-through: Spring Security's {@code anyRequest().authenticated()} with CSRF
 * protection on ({@link ApiSecurity#springDecides}). Spring Security answers before Jersey runs:
 * its own 401 for every anonymous request (open endpoints included, Bouncer's challenge never
 * sent), and its own 403 for a {@code POST} without a CSRF token, even from a caller Bouncer would
 * let in. Denials, never openings; identified GETs still reach Bouncer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(ApiSecurity.SPRING_DECIDES_PROFILE)
class SpringBootSecurityDefaultsTest {
  private static final String SPRING_CHALLENGE = "Basic realm=\"Realm\"";

  @LocalServerPort int port;

  private HttpResponse<String> send(String method, String path, String user) throws Exception {
    return Http.send(
        URI.create("http://127.0.0.1:" + port + "/"),
        method,
        path,
        user == null ? null : user + ":" + user);
  }

  @Test
  void anonymousCallersGetSpringSecuritys401EvenOnOpenEndpoints() throws Exception {
    for (String[] row : new String[][] {{"/orders", "orders.list"}, {"/health", "health"}}) {
      int before = Hits.count(row[1]);
      HttpResponse<String> response = send("GET", row[0], null);
      assertEquals(401, response.statusCode(), row[0]);
      assertEquals(
          SPRING_CHALLENGE, response.headers().firstValue("WWW-Authenticate").orElse(null));
      assertEquals(before, Hits.count(row[1]), row[0]);
    }
  }

  @Test
  void csrfRefusesAPostBouncerWouldAllow() throws Exception {
    int before = Hits.count("orders.create");
    HttpResponse<String> response = send("POST", "/orders", "clerk");
    assertEquals(403, response.statusCode());
    assertNotEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    assertEquals(before, Hits.count("orders.create"));
  }

  @Test
  void identifiedGetsStillReachBouncer() throws Exception {
    HttpResponse<String> denied = send("GET", "/orders", "nobody");
    assertEquals(403, denied.statusCode());
    assertEquals(
        "application/problem+json", denied.headers().firstValue("Content-Type").orElse(""));
    HttpResponse<String> allowed = send("GET", "/orders", "reader");
    assertEquals(200, allowed.statusCode());
    assertEquals("ran orders.list", allowed.body());
  }
}
