package dev.bouncer.it.cxf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.bouncer.it.stacks.app.Hits;
import dev.bouncer.runtime.BouncerFeature;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.cxf.BusFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Spellings of the protected locator's path ({@code @Path("vault")}, {@code vault:open}) that an
 * attacker may try (matrix parameters, percent-encoding, dot segments), on each registration and
 * with both of CXF's matchings: whatever CXF routes them to (the locator, or {@code get(id)}, which
 * needs {@code orders:read:<id>}), a caller without {@code vault:open} never reaches the vault:
 * anonymous callers get 401, identified ones 403, and the paths CXF matches to nothing 404.
 */
class CxfLocatorAttackTest {
  static final List<String> SPELLINGS =
      List.of(
          "orders/vault",
          "orders/vault;x=1",
          "orders;x=1/vault",
          "orders/vault;x=1/",
          "orders/%76ault",
          "orders/%76%61%75%6c%74",
          "orders/vault/",
          "orders//vault",
          "orders/./vault",
          "orders/x/../vault",
          "orders/%2e/vault",
          "orders/vault%3Bx=1",
          "orders/%2576ault",
          "orders/VAULT",
          "orders/vault?x=1",
          "./orders/vault");

  /** Spellings CXF matches to no resource at all (it does not normalise these paths). */
  static final java.util.Set<String> UNMATCHED =
      java.util.Set.of(
          "orders//vault", "orders/./vault", "orders/x/../vault", "orders/%2e/vault", "./orders/vault");

  static List<Arguments> setups() {
    return List.of(
        Arguments.of("nothing registered", List.of(), true),
        Arguments.of("nothing registered, CXF's default matching", List.of(), false),
        Arguments.of(
            "configured BouncerFeature",
            List.of(BouncerFeature.builder().challenge("Basic realm=\"orders\"").build()),
            true),
        Arguments.of("new BouncerFeature()", List.of(new BouncerFeature()), true),
        Arguments.of("BouncerFeature.class", List.of(BouncerFeature.class), true),
        Arguments.of(
            "new BouncerFeature(), CXF's default matching", List.of(new BouncerFeature()), false));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("setups")
  void theVaultNeverOpensWithoutVaultOpen(String setup, List<?> providers, boolean keepLocators)
      throws Exception {
    Map<String, Object> properties =
        keepLocators ? Map.of(CxfServer.KEEP_LOCATORS, true) : Map.of();
    try (CxfServer server =
        CxfServer.start(providers, properties, BusFactory.newInstance().createBus())) {
      // The control: the vault is there, for a caller with vault:open, through the locator.
      int opened = Hits.count("vault.open");
      HttpResponse<String> reader = Http.get(server.base(), "orders/vault", "reader");
      assertEquals(keepLocators ? 200 : 403, reader.statusCode(), setup + ": " + reader.body());
      assertEquals(keepLocators ? opened + 1 : opened, Hits.count("vault.open"), setup);
      for (String path : SPELLINGS) {
        for (String user : new String[] {null, "nobody", "clerk"}) {
          int before = Hits.count("vault.open");
          HttpResponse<String> response = Http.get(server.base(), path, user);
          String what = setup + ": GET " + path + " as " + user + " -> " + response.statusCode();
          assertNotEquals(200, response.statusCode(), what + " " + response.body());
          assertEquals(before, Hits.count("vault.open"), what + ": the vault ran");
          int expected = UNMATCHED.contains(path) ? 404 : user == null ? 401 : 403;
          assertEquals(expected, response.statusCode(), what + " " + response.body());
        }
      }
    }
  }
}
