package dev.bouncer.it.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncer.it.stacks.app.Hits;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Without {@code GrantedAuthorityDefaults("")}: Spring Security's request wrapper answers {@code
 * isUserInRole("orders:read")} from the authority {@code ROLE_orders:read}, which nobody has, so
 * Bouncer's default authorizer finds no permission and no role: every permission and role check
 * is 403, fail closed (nothing opens; everything that needs more than an identity is refused).
 * Authorities written with the prefix ({@code ROLE_orders:read}) work then.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(ApiSecurity.ROLE_PREFIX_PROFILE)
class SpringBootRolePrefixTest {
  @LocalServerPort int port;

  private HttpResponse<String> get(String path, String user) throws Exception {
    return Http.send(
        URI.create("http://127.0.0.1:" + port + "/"), "GET", path, user + ":" + user);
  }

  @Test
  void permissionsAndRolesAreNotFoundSoEverythingIsForbidden() throws Exception {
    String[][] rows = {
      {"/orders", "reader", "orders.list"},
      {"/orders/7", "reader", "orders.get.7"},
      {"/orders/vault", "reader", "vault.open"},
      {"/orders/staff", "clerk", "orders.staff"}
    };
    for (String[] row : rows) {
      int before = Hits.count(row[2]);
      HttpResponse<String> response = get(row[0], row[1]);
      assertEquals(403, response.statusCode(), row[0] + " as " + row[1]);
      assertEquals(before, Hits.count(row[2]), row[0] + " ran");
    }
  }

  /** The other way round: authorities written with the prefix are the roles Bouncer asks for. */
  @Test
  void prefixedAuthoritiesAreRoles() throws Exception {
    String[][] rows = {{"/orders", "orders.list"}, {"/orders/staff", "orders.staff"}};
    for (String[] row : rows) {
      int before = Hits.count(row[1]);
      HttpResponse<String> response = get(row[0], "prefixed");
      assertEquals(200, response.statusCode(), row[0]);
      assertEquals("ran " + row[1], response.body());
      assertEquals(before + 1, Hits.count(row[1]));
    }
    // ROLE_orders:read is not ROLE_orders:read:7: a role is no wildcard.
    assertEquals(403, get("/orders/7", "prefixed").statusCode());
  }

  /** An identity is still an identity: {@code @Authenticated} needs nothing else. */
  @Test
  void authenticatedStillWorks() throws Exception {
    HttpResponse<String> response = get("/orders/me", "nobody");
    assertEquals(200, response.statusCode());
    assertEquals("ran orders.me", response.body());
  }
}
