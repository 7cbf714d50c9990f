package dev.bouncer.it.springboot;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * With {@code bouncer-spring-boot}: Jersey's service loading switched off in the {@code
 * ResourceConfig} ({@link BouncerVariants#servicesOff()}), which leaves the README's set-up open
 * ({@link SpringBootServiceLoadingOffTest}), and the core rows hold: the auto-configuration
 * registers Bouncer in the {@code ResourceConfig} itself.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(BouncerVariants.SERVICES_OFF)
class ServicesOffAutoConfiguredTest extends SpringBootRows {
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
    return "discovered";
  }
}
