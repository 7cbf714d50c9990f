package dev.bouncer.it.springboot;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The core rows with a configured {@code BouncerFeature} registered in the {@code ResourceConfig}
 * (a Spring Boot {@code ResourceConfigCustomizer}, {@link BouncerVariants#configuredBouncer()}):
 * its challenge ({@code Basic realm="orders"}) and its authorizer (Spring Security's authorities,
 * read from the {@code Authentication} that is the request's user principal) win over the
 * discovered defaults, for root methods and the locator alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(BouncerVariants.CONFIGURED)
class SpringBootConfiguredFeatureTest extends SpringBootRows {
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
    return "configured";
  }

  @Override
  protected String challenge() {
    return BouncerVariants.CONFIGURED_CHALLENGE;
  }

  @Override
  protected String authorizer() {
    return "SpringAuthorities";
  }
}
