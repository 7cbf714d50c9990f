package dev.bouncer.spring;

import dev.bouncer.runtime.BouncerFeature;
import dev.bouncer.runtime.DiscoveredBouncerFeature;
import dev.bouncer.runtime.DiscoveredBouncerGate;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jersey.autoconfigure.ResourceConfigCustomizer;
import org.springframework.core.Ordered;

/**
 * Registers the application's {@link BouncerFeature} bean, or else Bouncer's discovered defaults,
 * in Spring Boot's Jersey {@code ResourceConfig}. It runs after the application's own customizers
 * ({@link Ordered#LOWEST_PRECEDENCE}), so a feature the application registered there is registered
 * first and is the one Jersey keeps.
 */
public final class BouncerResourceConfigCustomizer implements ResourceConfigCustomizer, Ordered {
  private final ObjectProvider<BouncerFeature> features;

  /**
   * @param features the application's {@code BouncerFeature} beans, if any
   */
  BouncerResourceConfigCustomizer(ObjectProvider<BouncerFeature> features) {
    this.features = features;
  }

  /**
   * Registers the bean (more than one fails here, naming the ambiguity) or the defaults.
   *
   * @param config Spring Boot's Jersey application
   */
  @Override
  public void customize(ResourceConfig config) {
    BouncerFeature bean = features.getIfAvailable();
    if (bean != null) {
      config.register(bean);
    }
    // The defaults stand aside for any configured BouncerFeature (the bean's, or one the
    // application registered itself), for root resource methods and locators alike; where Jersey's
    // service loading is on, it registers these same classes, and Jersey keeps one of each.
    config.register(DiscoveredBouncerGate.class);
    config.register(DiscoveredBouncerFeature.class);
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public String toString() {
    return "BouncerResourceConfigCustomizer";
  }
}
