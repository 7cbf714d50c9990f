package dev.bouncer.it.springboot;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.runtime.BouncerFeature;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A configured {@code BouncerFeature} exposed only as a Spring {@code @Bean} ({@link
 * BouncerVariants#beanOnlyBouncer()}), registered in no {@code ResourceConfig}: Spring Boot's
 * Jersey does not register beans as providers, so the bean is <b>not used</b>, silently (no
 * warning from Spring Boot, Jersey or Bouncer). The application is still protected, by the
 * discovered defaults: the default challenge and authorizer, not the bean's. Register the feature
 * in the {@code ResourceConfig} instead ({@link SpringBootConfiguredFeatureTest}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(BouncerVariants.BEAN_ONLY)
class SpringBootBeanOnlyFeatureTest extends SpringBootRows {
  private static final BouncerLog LOG = BouncerLog.record();

  @Autowired BouncerFeature bean;

  @AfterAll
  static void stopRecording() {
    LOG.close();
  }

  @Override
  protected BouncerLog log() {
    return LOG;
  }

  /** The start-up line says "discovered": the bean's configuration was never seen. */
  @Override
  protected String activation() {
    return "discovered";
  }

  /** The bean exists, with its own challenge; the 401s carry the default one instead. */
  @Test
  void theBeanExistsButItsChallengeIsNotSent() {
    assertTrue(bean.toString().contains(BouncerVariants.BEAN_CHALLENGE), bean.toString());
  }
}
