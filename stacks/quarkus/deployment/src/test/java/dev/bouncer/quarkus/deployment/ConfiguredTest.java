package dev.bouncer.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.quarkus.deployment.fixture.ShopHits;
import dev.bouncer.quarkus.deployment.fixture.ShopResource;
import dev.bouncer.runtime.Authorizer;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every property and the authorizer bean reach Bouncer, for a root resource method and a
 * sub-resource locator alike.
 */
class ConfiguredTest {
  /** Grants from the caller's roles, with wildcards; only Bouncer looks this bean up. */
  @Singleton
  public static class Grants {
    @Produces
    @Singleton
    Authorizer authorizer() {
      return Authorizer.fromGrants(
          caller ->
              List.of("shop", "till").stream()
                  .map(domain -> domain + ":*")
                  .filter(caller::isUserInRole)
                  .toList());
    }
  }

  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(
              jar -> jar.addPackage(ShopResource.class.getPackage()).addClasses(Grants.class, Http.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("bouncer.challenge", "Bearer realm=\"shop\"")
          .overrideConfigKey("bouncer.reveal-requirement", "true")
          .overrideConfigKey("bouncer.insufficient-scope-challenge", "true")
          .setLogRecordPredicate(r -> "dev.bouncer".equals(r.getLoggerName()))
          .assertLogRecords(
              records ->
                  assertTrue(
                      records.stream()
                          .anyMatch(
                              r ->
                                  r.getMessage().startsWith("Bouncer is on, configured")
                                      && r.getMessage()
                                          .contains("authorizer the application's Authorizer bean")
                                      && r.getMessage().contains("Authorizer.fromGrants(")
                                      && r.getMessage().contains("challenge Bearer realm=\"shop\"")
                                      && r.getMessage().contains("403 names the requirement")
                                      && r.getMessage().contains("insufficient_scope challenge")),
                      "no start-up line with the configuration: " + records));

  @TestHTTPResource("/")
  URI base;

  @Test
  void challengeFromTheProperties() throws Exception {
    HttpResponse<String> anonymous = Http.get(base, "shop/till", null, null);
    assertEquals(401, anonymous.statusCode(), anonymous.body());
    assertEquals(
        "Bearer realm=\"shop\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(null));
  }

  @Test
  void authorizerBeanDecides_rootMethodAndLocator() throws Exception {
    int before = ShopHits.COUNT.get();
    // Wildcard grants, which the default Authorizer.roles() never honours.
    assertEquals(200, Http.get(base, "shop", "alice", "shop:*").statusCode());
    assertEquals(200, Http.get(base, "shop/till", "alice", "till:*").statusCode());
    assertEquals(before + 2, ShopHits.COUNT.get());
    // The exact role is not a grant this authorizer reads.
    assertEquals(403, Http.get(base, "shop/till", "bob", "till:open").statusCode());
    assertEquals(403, Http.get(base, "shop/till;x=1", "bob", "shop:*").statusCode());
    assertEquals(403, Http.get(base, "shop/%74ill", "bob", "shop:*").statusCode());
    assertEquals(before + 2, ShopHits.COUNT.get(), "a denied request ran");
  }

  @Test
  void forbiddenNamesTheRequirement_andSendsInsufficientScope() throws Exception {
    HttpResponse<String> forbidden = Http.get(base, "shop", "bob", "till:*");
    assertEquals(403, forbidden.statusCode());
    assertTrue(forbidden.body().contains("shop:read"), forbidden.body());
    assertEquals(
        "Bearer error=\"insufficient_scope\"",
        forbidden.headers().firstValue("WWW-Authenticate").orElse(null));
  }
}
