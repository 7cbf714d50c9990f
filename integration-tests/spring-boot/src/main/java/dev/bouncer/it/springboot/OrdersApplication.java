package dev.bouncer.it.springboot;

import dev.bouncer.it.stacks.app.HealthResource;
import dev.bouncer.it.stacks.app.OrdersResource;
import dev.bouncer.it.unprocessed.UnprocessedResource;
import org.glassfish.jersey.server.ResourceConfig;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/**
 * The orders app on Spring Boot: {@code spring-boot-starter-jersey} serves it, Spring Security
 * ({@link ApiSecurity}) says who calls, Bouncer decides.
 *
 * <p>The {@link ResourceConfig} registers the app's root resources and nothing of Bouncer's:
 * Jersey loads Bouncer's dynamic feature from {@code bouncer-runtime}'s {@code META-INF/services}.
 * The profiles in {@link BouncerVariants} register a {@code BouncerFeature} in other ways.
 */
@SpringBootApplication
public class OrdersApplication {

  /**
   * The Jersey application: the orders app and a class compiled without Bouncer's processor.
   *
   * @return the resource configuration Spring Boot's Jersey serves
   */
  @Bean
  public ResourceConfig jerseyApplication() {
    ResourceConfig config = new ResourceConfig();
    config.register(OrdersResource.class);
    config.register(HealthResource.class);
    config.register(UnprocessedResource.class);
    return config;
  }

  /**
   * Starts the app.
   *
   * @param args Spring Boot's arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(OrdersApplication.class, args);
  }
}
