package dev.bouncer.it.springboot;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.BouncerFeature;
import dev.bouncer.runtime.Permission;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Collection;
import org.springframework.boot.jersey.autoconfigure.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The other ways an application can hand Bouncer to Spring Boot's Jersey, one Spring profile each.
 * Without any of them (the default), nothing of Bouncer's is registered and Jersey's service
 * loading switches it on with its defaults.
 */
@Configuration(proxyBeanMethods = false)
public class BouncerVariants {

  /** A configured feature registered in the {@code ResourceConfig}. */
  public static final String CONFIGURED = "configured";

  /** {@code new BouncerFeature()} registered in the {@code ResourceConfig}. */
  public static final String DEFAULT_FEATURE = "default-feature";

  /** A configured feature that is only a Spring bean, registered in no {@code ResourceConfig}. */
  public static final String BEAN_ONLY = "bean-only";

  /** Two different configured features registered in the {@code ResourceConfig}. */
  public static final String TWO_CONFIGURATIONS = "two-configurations";

  /** Jersey's switches that turn off service loading, all set in the {@code ResourceConfig}. */
  public static final String SERVICES_OFF = "services-off";

  /** The challenge of the configured feature. */
  public static final String CONFIGURED_CHALLENGE = "Basic realm=\"orders\"";

  /** The challenge of the bean-only feature. */
  public static final String BEAN_CHALLENGE = "Basic realm=\"bean\"";

  /**
   * The permissions of a caller: the authorities of the Spring Security {@code Authentication},
   * which Spring's request wrapper hands to Jersey as the user principal.
   *
   * @param caller the request's security context
   * @return the caller's authorities, as written ({@code orders:read}, {@code orders:*})
   */
  public static Collection<String> grantsOf(SecurityContext caller) {
    return ApiSecurity.authorities(caller.getUserPrincipal());
  }

  /**
   * An authorizer that reads Spring Security's authorities directly, whatever the {@code ROLE_}
   * prefix: a caller holds a permission when one of its authorities is that permission's text.
   * Like {@link Authorizer#roles()}, it grants no permission that is not {@linkplain
   * dev.bouncer.runtime.Permission#isPlain() plain} (a template filled with {@code a:b} or {@code
   * *}), and has no wildcards.
   */
  static final Authorizer SPRING_AUTHORITIES =
      new Authorizer() {
        @Override
        public boolean permits(SecurityContext caller, Permission required) {
          return required.isPlain() && grantsOf(caller).contains(required.toString());
        }

        @Override
        public String toString() {
          return "SpringAuthorities";
        }
      };

  private static BouncerFeature configured(Authorizer authorizer, String challenge) {
    return BouncerFeature.builder().authorizer(authorizer).challenge(challenge).build();
  }

  /**
   * Registers a configured feature: permissions read from Spring Security's authorities ({@link
   * #SPRING_AUTHORITIES}), a Basic challenge.
   *
   * @return the customizer Spring Boot applies to the {@code ResourceConfig}
   */
  @Bean
  @Profile(CONFIGURED)
  public ResourceConfigCustomizer configuredBouncer() {
    BouncerFeature feature = configured(SPRING_AUTHORITIES, CONFIGURED_CHALLENGE);
    return config -> config.register(feature);
  }

  /**
   * Registers {@code new BouncerFeature()}: the defaults, registered explicitly.
   *
   * @return the customizer Spring Boot applies to the {@code ResourceConfig}
   */
  @Bean
  @Profile(DEFAULT_FEATURE)
  public ResourceConfigCustomizer defaultBouncer() {
    return config -> config.register(new BouncerFeature());
  }

  /**
   * A configured feature as a Spring bean and nothing else: Spring Boot's Jersey does not register
   * beans of type {@code Feature} or {@code DynamicFeature}, so this configuration is not used.
   *
   * @return the feature, as a bean
   */
  @Bean
  @Profile(BEAN_ONLY)
  public BouncerFeature beanOnlyBouncer() {
    return configured(SPRING_AUTHORITIES, BEAN_CHALLENGE);
  }

  /**
   * Registers two features that differ: the first with wildcard grants from Spring Security's
   * authorities ({@code Authorizer.fromGrants}) and the configured challenge, the second with the
   * defaults' authorizer and the bean's challenge. Jersey keeps one instance per class: only the
   * first reaches Bouncer.
   *
   * @return the customizer Spring Boot applies to the {@code ResourceConfig}
   */
  @Bean
  @Profile(TWO_CONFIGURATIONS)
  public ResourceConfigCustomizer twoConfigurations() {
    BouncerFeature first =
        configured(Authorizer.fromGrants(BouncerVariants::grantsOf), CONFIGURED_CHALLENGE);
    BouncerFeature second = configured(Authorizer.roles(), BEAN_CHALLENGE);
    return config -> config.register(first).register(second);
  }

  /**
   * Sets every Jersey switch that turns off the service loading Bouncer's runtime is found by.
   *
   * @return the customizer Spring Boot applies to the {@code ResourceConfig}
   */
  @Bean
  @Profile(SERVICES_OFF)
  public ResourceConfigCustomizer servicesOff() {
    return config ->
        config
            .property("jersey.config.disableAutoDiscovery", true)
            .property("jersey.config.server.disableAutoDiscovery", true)
            .property("jersey.config.server.disableMetainfServicesLookup", true)
            .property("jakarta.ws.rs.loadServices", false);
  }
}
