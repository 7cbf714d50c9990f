package dev.bouncer.it.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncer.it.stacks.app.Hits;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The protected locator ({@code /orders/vault}, {@code vault:open}) attacked through matrix
 * parameters, percent-encoding and dot segments, with Spring Security's firewall relaxed so that
 * they reach Jersey and Bouncer (Spring Security's default firewall answers 400 to most of them:
 * {@link SpringBootCoreRowsTest}). Anonymous callers and {@code nobody} never open the vault;
 * {@code reader} (who holds {@code vault:open}) opens it only where Jersey really routed to the
 * locator.
 *
 * <p>Where Jersey does not recognise {@code vault} (it matches the encoded path, so {@code %76ault}
 * is not the literal {@code vault}), the request goes to {@code GET /orders/{id}} and needs {@code
 * orders:read:<id>}: 403 for {@code reader} too, and that method does not run either.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(ApiSecurity.LENIENT_FIREWALL_PROFILE)
class SpringBootLenientFirewallTest {
  @LocalServerPort int port;

  @ParameterizedTest(name = "{0}: anonymous {1}, nobody {2}, reader {3}")
  @CsvSource(
      delimiter = ' ',
      value = {
        "/orders/vault 401 403 200",
        "/orders/vault/ 401 403 200",
        "/orders/vault;x=1 401 403 200",
        "/orders;x=1/vault 401 403 200",
        "/orders/%76ault 401 403 403",
        "/orders/%76ault;a=b 401 403 403",
        "/orders/%2576ault 401 403 403",
        "/orders/vault%3Bx=1 401 403 403",
        "/orders/VAULT 401 403 403",
        "/orders/vault/..;/ 404 404 404",
        "/orders/vault/..;/vault 404 404 404",
        "/health/..;/orders/vault 404 404 404",
        "/orders/%2E%2E/orders/vault 404 404 404",
        "/orders/vault%2F 400 400 400",
        "/orders/x%2F..%2Fvault 400 400 400",
        "/health;/../orders/vault 400 400 400",
        "/unprocessed;x=1 500 500 500"
      })
  void locatorTricks(String path, int anonymous, int nobody, int reader) throws Exception {
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    assertOutcome(base, path, null, anonymous);
    assertOutcome(base, path, "nobody:nobody", nobody);
    assertOutcome(base, path, "reader:reader", reader);
  }

  private static void assertOutcome(URI base, String path, String credentials, int expected)
      throws Exception {
    int vault = Hits.count("vault.open");
    int orders = Hits.count("orders.get.vault");
    HttpResponse<String> response = Http.send(base, "GET", path, credentials);
    String who = path + " as " + credentials + ": " + response.body();
    assertEquals(expected, response.statusCode(), who);
    if (expected == 200) {
      assertEquals("ran vault.open", response.body(), who);
      assertEquals(vault + 1, Hits.count("vault.open"), who);
    } else {
      assertEquals(vault, Hits.count("vault.open"), who);
      assertEquals(orders, Hits.count("orders.get.vault"), who);
    }
    if (expected == 401) {
      assertEquals(
          "Bearer realm=\"api\"", response.headers().firstValue("WWW-Authenticate").orElse(null));
    }
  }
}
