package dev.bouncer.it.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncer.it.stacks.app.Hits;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The core rows on Spring Boot 4 with {@code spring-boot-starter-jersey} (Jersey as a servlet, the
 * default) and nothing of Bouncer's registered: Jersey's service loading switches Bouncer on with
 * its defaults. Identity from Spring Security (HTTP Basic, in-memory users, no {@code ROLE_}
 * prefix, see {@link ApiSecurity}).
 *
 * <p>Also: Spring Security's default firewall refuses the tricks an attacker would try on the
 * protected locator (matrix parameters, encoded separators, dot segments) with 400 before Jersey
 * sees them; {@link SpringBootLenientFirewallTest} lets them through to Bouncer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SpringBootCoreRowsTest extends SpringBootRows {
  private static final BouncerLog LOG = BouncerLog.record();

  @AfterAll
  static void stopRecording() {
    LOG.close();
  }

  @Override
  protected BouncerLog log() {
    return LOG;
  }

  @Override
  protected String activation() {
    return "discovered";
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/orders/vault;x=1",
        "/orders;x=1/vault",
        "/orders/vault/..;/",
        "/orders/vault/..;/vault",
        "/orders/%2576ault",
        "/orders/vault%3Bx=1",
        "/orders/vault%2F",
        "/orders//vault",
        "/orders/./vault",
        "/orders/x/../vault",
        "/unprocessed;x=1"
      })
  void springSecuritysFirewallRefusesLocatorTricks(String path) throws Exception {
    int before = Hits.count("vault.open");
    for (String credentials : new String[] {null, "nobody:nobody", "reader:reader"}) {
      HttpResponse<String> response = Http.send(base(), "GET", path, credentials);
      assertEquals(400, response.statusCode(), path + " as " + credentials);
    }
    assertEquals(before, Hits.count("vault.open"), path);
  }
}
