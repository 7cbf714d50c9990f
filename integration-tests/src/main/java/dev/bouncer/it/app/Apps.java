package dev.bouncer.it.app;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.BouncerFeature;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/** The applications the integration tests deploy, the same on every server. */
public final class Apps {
  /** The challenge the explicitly configured application sends with a 401. */
  public static final String CHALLENGE = "Bearer realm=\"it\"";

  private static final Set<Class<?>> RESOURCES =
      Set.of(
          OrdersResource.class,
          VaultResource.class,
          AccountResource.class,
          AdminResource.class,
          StatusResource.class,
          TemplatesResource.class,
          ShopResource.class,
          WidgetsResource.class,
          LedgerResource.class,
          ReportsResource.class,
          TenantsResource.class,
          AsyncResource.class,
          TestAuthenticationFilter.class);

  private Apps() {}

  /** Registers a configured {@link BouncerFeature} with a grants-based authorizer. */
  public static Application explicit() {
    return app(
        BouncerFeature.builder()
            .authorizer(Authorizer.fromGrants(TestAuthenticationFilter::grantsOf))
            .challenge(CHALLENGE)
            .build());
  }

  /**
   * The explicitly configured application with other resource classes, for resources compiled
   * while the test runs.
   */
  public static Application explicitWith(Set<Class<?>> resources) {
    Set<Class<?>> classes = new java.util.HashSet<>(resources);
    classes.add(TestAuthenticationFilter.class);
    return app(
        Set.copyOf(classes),
        BouncerFeature.builder()
            .authorizer(Authorizer.fromGrants(TestAuthenticationFilter::grantsOf))
            .challenge(CHALLENGE)
            .build());
  }

  /** The usual resources with a configured feature around the given authorizer. */
  public static Application withAuthorizer(Authorizer authorizer) {
    return app(BouncerFeature.builder().authorizer(authorizer).challenge(CHALLENGE).build());
  }

  /** Registers nothing of Bouncer's: it must still be enforced, with the defaults. */
  public static Application zeroRegistration() {
    return app(null);
  }

  /** An authorizer that always throws: every permission check must deny. */
  public static Application throwingAuthorizer() {
    return app(
        BouncerFeature.builder()
            .authorizer(
                (caller, required) -> {
                  throw new IllegalStateException("authorizer is down");
                })
            .challenge(CHALLENGE)
            .build());
  }

  private static Application app(Object feature) {
    return app(RESOURCES, feature);
  }

  private static Application app(Set<Class<?>> classes, Object feature) {
    return new Application() {
      @Override
      public Set<Class<?>> getClasses() {
        return classes;
      }

      @Override
      @SuppressWarnings("deprecation") // still the portable way to hand a server an instance
      public Set<Object> getSingletons() {
        return feature == null ? Set.of() : Set.of(feature);
      }
    };
  }
}
