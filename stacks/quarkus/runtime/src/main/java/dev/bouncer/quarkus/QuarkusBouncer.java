package dev.bouncer.quarkus;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.BouncerFeature;
import io.quarkus.arc.Arc;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;

/**
 * The application's Bouncer: one {@link BouncerFeature} built, once, from {@link BouncerConfig} and
 * the application's {@link Authorizer} bean ({@link Authorizer#roles()} when it has none). Both of
 * the extension's features enforce this one instance, so Bouncer's start-up check (one
 * configuration per application; a configured one wins over the discovered defaults; different
 * ones refuse start-up) sees it as the application's configuration, for root resource methods and
 * sub-resource locators alike.
 *
 * <p>The REST layer asks for the feature during static initialization, before the application's
 * run-time configuration exists; so the authorizer bean is only looked up there (two of them stop
 * the application) and created when the application starts ({@link StartupEvent}): a bean that
 * fails to be created stops the application too. It never starts with another configuration than
 * the one asked for.
 */
@Singleton
public class QuarkusBouncer {
  private final BouncerFeature feature;
  private final BeanAuthorizer beanAuthorizer;

  /**
   * Built by CDI.
   *
   * @param config the application's {@code bouncer.*} properties
   * @param authorizers the application's {@code Authorizer} beans (at most one)
   */
  @Inject
  public QuarkusBouncer(BouncerConfig config, Instance<Authorizer> authorizers) {
    BouncerFeature.Builder builder =
        BouncerFeature.builder()
            .challenge(config.challenge())
            .revealRequirement(config.revealRequirement())
            .insufficientScopeChallenge(config.insufficientScopeChallenge());
    if (authorizers.isAmbiguous()) {
      List<String> found = new ArrayList<>();
      for (Instance.Handle<Authorizer> handle : authorizers.handles()) {
        found.add(handle.getBean().toString());
      }
      throw new IllegalStateException(
          "Bouncer found more than one Authorizer bean and uses none of them: "
              + String.join(", ", found)
              + ". Keep one (or qualify the others).");
    }
    if (authorizers.isUnsatisfied()) {
      beanAuthorizer = null;
    } else {
      beanAuthorizer = new BeanAuthorizer(authorizers);
      builder.authorizer(beanAuthorizer);
    }
    this.feature = builder.build();
  }

  /**
   * The configured feature.
   *
   * @return the same instance every time
   */
  public BouncerFeature feature() {
    return feature;
  }

  /** Creates the application's authorizer bean when the application starts, not at a request. */
  void onStart(@Observes StartupEvent started) {
    if (beanAuthorizer != null) {
      beanAuthorizer.delegate();
    }
  }

  /** The application's instance, for the features the REST layer creates. */
  static BouncerFeature current() {
    return Arc.container().instance(QuarkusBouncer.class).get().feature();
  }

  @Override
  public String toString() {
    return "QuarkusBouncer[" + feature + "]";
  }
}
