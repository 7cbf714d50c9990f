package dev.bouncer.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.quarkus.QuarkusBouncer;
import dev.bouncer.quarkus.deployment.fixture.ShopHits;
import dev.bouncer.quarkus.deployment.fixture.ShopResource;
import dev.bouncer.runtime.BouncerFeature;
import io.quarkus.test.QuarkusUnitTest;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The extension with nothing configured (no {@code bouncer.*} property, no {@code Authorizer}
 * bean): Bouncer's defaults ({@code Authorizer.roles()}, {@code Bearer realm="api"}), and the
 * start-up line does not call them configured.
 *
 * <p>The application also registers a differently configured {@code BouncerFeature} from a {@code
 * Feature} of its own ({@link OwnFeature}), the way other servers take one. Quarkus REST never
 * configures a feature registered that way: it is ignored (not a second configuration, and nothing
 * opens), and the extension's configuration is enforced. Configure Bouncer through the extension.
 */
class DefaultsTest {
  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(
              jar ->
                  jar.addPackage(ShopResource.class.getPackage())
                      .addClasses(OwnFeature.class, Http.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .setLogRecordPredicate(r -> "dev.bouncer".equals(r.getLoggerName()))
          .assertLogRecords(
              records ->
                  assertTrue(
                      records.stream()
                          .anyMatch(
                              r ->
                                  r.getMessage().startsWith("Bouncer is on, defaults (")
                                      && r.getMessage()
                                          .contains(
                                              "authorizer Authorizer.roles(), challenge Bearer"
                                                  + " realm=\"api\"")),
                      "no start-up line with the defaults: " + records));

  /** Registers a BouncerFeature with another challenge, next to the extension's. */
  @Provider
  public static class OwnFeature implements Feature {
    @Override
    public boolean configure(FeatureContext context) {
      context.register(BouncerFeature.builder().challenge("Bearer realm=\"other\"").build());
      return true;
    }
  }

  @TestHTTPResource("/")
  URI base;

  @Inject QuarkusBouncer bouncer;

  @Test
  void defaults_rootMethodAndLocator() throws Exception {
    int before = ShopHits.COUNT.get();
    for (String path : new String[] {"shop", "shop/till", "shop/till;x=1", "shop/%74ill"}) {
      HttpResponse<String> anonymous = Http.get(base, path, null, null);
      assertEquals(401, anonymous.statusCode(), path + ": " + anonymous.body());
      assertEquals(
          "Bearer realm=\"api\"",
          anonymous.headers().firstValue("WWW-Authenticate").orElse(null),
          path);
      // Authorizer.roles(): a role of the permission's name, no wildcards.
      assertEquals(403, Http.get(base, path, "bob", "shop:*,till:*").statusCode(), path);
    }
    assertEquals(before, ShopHits.COUNT.get(), "a denied request ran");
    assertEquals(200, Http.get(base, "shop", "bob", "shop:read").statusCode());
    assertEquals(200, Http.get(base, "shop/till", "bob", "till:open").statusCode());
    assertEquals(before + 2, ShopHits.COUNT.get());
    assertTrue(bouncer.feature().toString().contains("Authorizer.roles()"), bouncer.toString());
  }
}
