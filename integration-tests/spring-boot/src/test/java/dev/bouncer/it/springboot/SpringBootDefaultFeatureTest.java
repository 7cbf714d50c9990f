package dev.bouncer.it.springboot;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The core rows with {@code new BouncerFeature()} registered in the {@code ResourceConfig} and
 * Jersey's service loading switched off ({@link BouncerVariants#servicesOff()}): the defaults,
 * registered explicitly, protect the application on their own (without them it is open: {@link
 * SpringBootServiceLoadingOffTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({BouncerVariants.DEFAULT_FEATURE, BouncerVariants.SERVICES_OFF})
class SpringBootDefaultFeatureTest extends SpringBootRows {
  private static final BouncerLog LOG = BouncerLog.record();

  @AfterAll
  static void stopRecording() {
    LOG.close();
  }

  @Override
  protected BouncerLog log() {
    return LOG;
  }

  /** Registered, but nothing configured: the start-up line says so. */
  @Override
  protected String activation() {
    return "defaults (BouncerFeature with its default configuration";
  }
}
