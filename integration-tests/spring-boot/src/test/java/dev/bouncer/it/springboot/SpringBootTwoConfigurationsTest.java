package dev.bouncer.it.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.stacks.app.Hits;
import dev.bouncer.runtime.BouncerFeature;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Two different configured features registered in one {@code ResourceConfig} ({@link
 * BouncerVariants#twoConfigurations()}): Jersey keeps one registration per class, the first, and
 * drops the second before Bouncer can see it, with no warning at the default log level. So there is
 * no start-up error here (Bouncer refuses two configurations only where it sees both, as in {@code
 * Application.getSingletons()}): the first configuration is enforced, wildcard grants ({@code
 * Authorizer.fromGrants}) and its challenge included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(BouncerVariants.TWO_CONFIGURATIONS)
class SpringBootTwoConfigurationsTest {
  private static final BouncerLog LOG = BouncerLog.record();

  @LocalServerPort int port;
  @Autowired ResourceConfig jersey;

  @AfterAll
  static void stopRecording() {
    LOG.close();
  }

  private HttpResponse<String> get(String path, String user) throws Exception {
    return Http.send(
        URI.create("http://127.0.0.1:" + port + "/"),
        "GET",
        path,
        user == null ? null : user + ":" + user);
  }

  @Test
  void jerseyKeepsTheFirstAndBouncerEnforcesIt() throws Exception {
    List<Object> features =
        jersey.getInstances().stream().filter(i -> i instanceof BouncerFeature).toList();
    assertEquals(1, features.size(), features.toString());
    assertTrue(features.get(0).toString().contains(BouncerVariants.CONFIGURED_CHALLENGE));

    int before = Hits.count("orders.list");
    HttpResponse<String> anonymous = get("/orders", null);
    assertEquals(401, anonymous.statusCode());
    assertEquals(
        BouncerVariants.CONFIGURED_CHALLENGE,
        anonymous.headers().firstValue("WWW-Authenticate").orElse(null));
    assertEquals(before, Hits.count("orders.list"));

    // orders:* implies orders:read and orders:read:8 with fromGrants, not vault:open.
    assertEquals(200, get("/orders", "wildcard").statusCode());
    assertEquals(200, get("/orders/8", "wildcard").statusCode());
    int vault = Hits.count("vault.open");
    assertEquals(403, get("/orders/vault", "wildcard").statusCode());
    assertEquals(401, get("/orders/vault", null).statusCode());
    assertEquals(vault, Hits.count("vault.open"));

    assertEquals(1, LOG.summaries().size(), LOG.summaries().toString());
    assertTrue(LOG.summaries().get(0).startsWith("Bouncer is on, configured"));
    assertTrue(LOG.summaries().get(0).contains("Authorizer.fromGrants("), LOG.summaries().get(0));
  }
}
