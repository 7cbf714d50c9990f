package dev.bouncer.it.springboot;

import org.junit.jupiter.api.AfterAll;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The core rows with Jersey as a servlet filter ({@code spring.jersey.type=filter}) instead of a
 * servlet. Spring Security's filter chain (order -100) runs before Jersey's filter (order 0, {@code
 * spring.jersey.filter.order}), so the identity is there when Bouncer decides.
 *
 * <p>Tomcat runs filters only for requests mapped to a servlet, and Spring Boot registers no
 * default servlet ({@code server.servlet.register-default-servlet} is false): with Jersey as a
 * filter and no other servlet, every request is Tomcat's 404 and nothing runs, Bouncer's filters
 * and resource methods alike, until the default servlet is registered.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"spring.jersey.type=filter", "server.servlet.register-default-servlet=true"})
class SpringBootJerseyFilterTest extends SpringBootRows {
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
