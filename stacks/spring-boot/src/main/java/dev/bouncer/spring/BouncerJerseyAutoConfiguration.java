package dev.bouncer.spring;

import dev.bouncer.runtime.BouncerFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.jersey.autoconfigure.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;

/**
 * Registers Bouncer in Spring Boot's Jersey {@code ResourceConfig}, so that what protects the
 * application does not depend on Jersey's service loading, and a {@link BouncerFeature} declared
 * as a Spring bean is the configuration in force:
 *
 * <ul>
 *   <li>one {@code BouncerFeature} bean: it is registered (its authorizer and challenge decide,
 *       for root resource methods and sub-resource locators alike);
 *   <li>no bean: Bouncer's discovered defaults are registered, as Jersey's service loading would
 *       register them; a {@code BouncerFeature} the application registers itself still wins over
 *       them;
 *   <li>several beans: start-up fails (Spring cannot choose one, and neither does Bouncer).
 * </ul>
 *
 * <p>Nothing to write: the dependency {@code dev.bouncer:bouncer-spring-boot} is the set-up.
 */
@AutoConfiguration
@ConditionalOnClass({ResourceConfig.class, ResourceConfigCustomizer.class})
public class BouncerJerseyAutoConfiguration {

  /** Creates the configuration; called by Spring Boot. */
  public BouncerJerseyAutoConfiguration() {}

  /**
   * The customizer that registers Bouncer in the {@code ResourceConfig}.
   *
   * @param features the application's {@code BouncerFeature} beans, if any
   * @return the customizer, applied by Spring Boot after the application's own
   */
  @Bean
  public BouncerResourceConfigCustomizer bouncerResourceConfigCustomizer(
      ObjectProvider<BouncerFeature> features) {
    return new BouncerResourceConfigCustomizer(features);
  }
}
