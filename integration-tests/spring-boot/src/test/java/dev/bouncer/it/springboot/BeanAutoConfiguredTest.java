package dev.bouncer.it.springboot;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * With {@code bouncer-spring-boot}: a configured {@code BouncerFeature} declared only as a Spring
 * {@code @Bean} ({@link BouncerVariants#beanOnlyBouncer()}), which the README's set-up ignores
 * ({@link SpringBootBeanOnlyFeatureTest}), is the configuration in force: its challenge and its
 * authorizer, for root methods and the locator alike.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(BouncerVariants.BEAN_ONLY)
class BeanAutoConfiguredTest extends SpringBootRows {
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
    return BouncerVariants.BEAN_CHALLENGE;
  }

  @Override
  protected String authorizer() {
    return "SpringAuthorities";
  }
}
