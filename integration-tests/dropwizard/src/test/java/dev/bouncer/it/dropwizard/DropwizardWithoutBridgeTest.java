package dev.bouncer.it.dropwizard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncer.it.stacks.app.Hits;
import dev.bouncer.it.unprocessed.UnprocessedResource;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * dropwizard-auth set up exactly as its documentation shows ({@code AuthDynamicFeature}, {@code
 * RolesAllowedDynamicFeature}, {@code AuthValueFactoryProvider.Binder}), without Bouncer's bridge.
 * {@code AuthDynamicFeature} authenticates only methods with an {@code @Auth} parameter or a {@code
 * jakarta.annotation.security} annotation, so a method protected by Bouncer's annotations alone
 * (and the locator's sub-resource) never gets an identity: Bouncer refuses every caller, valid
 * credentials included, with its own 401 and default challenge. Closed, never open.
 */
@ExtendWith(DropwizardExtensionsSupport.class)
class DropwizardWithoutBridgeTest {
  static final DropwizardAppExtension<OrdersConfiguration> APP =
      DropwizardApp.of(false, OrdersConfiguration.Bouncer.NOTHING);

  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final String BOUNCER = "Bearer realm=\"api\"";
  private static final String DROPWIZARD = "Basic realm=\"" + OrdersApplication.REALM + "\"";
  private static final String[] EVERYONE = {null, "nobody", "reader", "clerk"};

  private static HttpResponse<String> call(String method, String path, String user)
      throws Exception {
    URI base = DropwizardApp.base(APP);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path.substring(1)))
            .method(
                method,
                method.equals("POST")
                    ? HttpRequest.BodyPublishers.ofString("x")
                    : HttpRequest.BodyPublishers.noBody());
    if (method.equals("POST")) {
      request.header("Content-Type", "text/plain");
    }
    if (user != null) {
      String basic = user + ":" + user;
      request.header(
          "Authorization",
          "Basic " + Base64.getEncoder().encodeToString(basic.getBytes(StandardCharsets.UTF_8)));
    }
    return dev.bouncer.it.stacks.Exchanges.send(CLIENT, request.build());
  }

  /** The exact answer, the challenge of a 401, and whether {@code hit} ran. */
  private static void expect(
      String method, String path, String user, int status, String challenge, String hit)
      throws Exception {
    int before = Hits.count(hit);
    HttpResponse<String> response = call(method, path, user);
    String what = method + " " + path + " as " + user + ": " + response.body();
    assertEquals(status, response.statusCode(), what);
    assertEquals(challenge, response.headers().firstValue("WWW-Authenticate").orElse(null), what);
    assertEquals(before + (status == 200 ? 1 : 0), Hits.count(hit), what);
  }

  /** Bouncer's 401 for every caller: no identity ever reaches it. */
  private static void closedToEveryone(String method, String path, String hit) throws Exception {
    for (String user : EVERYONE) {
      expect(method, path, user, 401, BOUNCER, hit);
      HttpResponse<String> response = call(method, path, user);
      assertEquals(
          "application/problem+json",
          response.headers().firstValue("Content-Type").orElse(""),
          method + " " + path + " as " + user);
    }
  }

  @Test
  void bouncersOwnAnnotationsAloneAreClosedToEveryone() throws Exception {
    closedToEveryone("GET", "/orders", "orders.list");
    closedToEveryone("POST", "/orders", "orders.create");
    closedToEveryone("GET", "/orders/me", "orders.me");
    closedToEveryone("GET", "/orders/7", "orders.get.7");
    closedToEveryone("GET", "/orders/8", "orders.get.8");
  }

  @Test
  void protectedLocatorIsClosedToEveryoneHoweverSpelled() throws Exception {
    closedToEveryone("GET", "/orders/vault", "vault.open");
    closedToEveryone("GET", "/orders/vault;x=1", "vault.open");
    closedToEveryone("GET", "/orders;a=b/vault", "vault.open");
    closedToEveryone("GET", "/orders/vault/", "vault.open");
    // Jersey matches %76ault as GET /orders/{id}: also Bouncer-only, also closed.
    closedToEveryone("GET", "/orders/%76ault", "orders.get.vault");
    closedToEveryone("GET", "/orders/%76%61%75%6c%74;x=1", "orders.get.vault");
  }

  /** jakarta.annotation.security methods: dropwizard-auth authenticates them, Bouncer decides. */
  @Test
  void rolesAllowedAndDenyAllWorkAsDropwizardAuthDocuments() throws Exception {
    expect("GET", "/orders/staff", null, 401, DROPWIZARD, "orders.staff");
    expect("GET", "/orders/staff", "reader", 403, null, "orders.staff");
    expect("GET", "/orders/staff", "clerk", 200, null, "orders.staff");
    expect("DELETE", "/orders/7", null, 401, DROPWIZARD, "orders.delete");
    expect("DELETE", "/orders/7", "nobody", 403, null, "orders.delete");
    expect("DELETE", "/orders/7", "clerk", 403, null, "orders.delete");
  }

  /**
   * {@code AuthDynamicFeature} authenticates {@code @PermitAll} methods (dropwizard-auth's meaning:
   * any signed-in user), so the app's open method refuses anonymous callers; the bridge does not.
   */
  @Test
  void permitAllNeedsCredentialsWithAuthDynamicFeature() throws Exception {
    expect("GET", "/orders/public", null, 401, DROPWIZARD, "orders.public");
    expect("GET", "/orders/public", "nobody", 200, null, "orders.public");
    expect("GET", "/health", null, 200, null, "health");
  }

  @Test
  void classCompiledWithoutTheProcessorIsNeverOpen() throws Exception {
    int before = UnprocessedResource.HITS.get();
    for (String user : EVERYONE) {
      assertEquals(500, call("GET", "/unprocessed", user).statusCode(), "as " + user);
    }
    assertEquals(before, UnprocessedResource.HITS.get());
  }
}
