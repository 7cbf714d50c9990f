package dev.bouncer.it.springboot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncer.it.stacks.app.Hits;
import dev.bouncer.it.unprocessed.UnprocessedResource;
import java.net.URI;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * What happens without the set-up: Jersey's service loading switched off in the {@code
 * ResourceConfig} ({@link BouncerVariants#servicesOff()}) and nothing of Bouncer's registered.
 * Here the resource classes were compiled in a module without Jersey on its class path ({@code
 * bouncer-it-stacks-app}), so the processor generated no Jersey {@code ForcedAutoDiscoverable}
 * either: nothing of Bouncer's runs and the application is <b>open</b>, the class compiled without
 * the processor included. This test pins that, so the documentation's warning stays true;
 * registering a {@code BouncerFeature} closes it ({@link SpringBootDefaultFeatureTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(BouncerVariants.SERVICES_OFF)
class SpringBootServiceLoadingOffTest {
  @LocalServerPort int port;

  @Test
  void withNothingRegisteredTheApplicationIsOpen() throws Exception {
    URI base = URI.create("http://127.0.0.1:" + port + "/");
    String[][] rows = {
      {"/orders", "orders.list", "ran orders.list"},
      {"/orders/vault", "vault.open", "ran vault.open"},
    };
    for (String[] row : rows) {
      int before = Hits.count(row[1]);
      HttpResponse<String> response = Http.send(base, "GET", row[0], null);
      assertEquals(200, response.statusCode(), row[0]);
      assertEquals(row[2], response.body());
      assertEquals(before + 1, Hits.count(row[1]));
    }
    int before = UnprocessedResource.HITS.get();
    assertEquals(200, Http.send(base, "GET", "/unprocessed", null).statusCode());
    assertEquals(before + 1, UnprocessedResource.HITS.get());
  }
}
