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
          ComposedResource.class,
          MarkedResource.class,
          BasedResource.class,
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

  /**
   * The usual resources plus {@link FaultInjectionFilter}, with a grants-based authorizer that
   * misbehaves for callers holding {@code fault:runtime} (throws an exception), {@code
   * fault:error} (throws an Error) or {@code fault:slow} (takes 20 ms); with {@code twice}, a second,
   * separately built feature with the same configuration is registered as well.
   */
  public static Application faulty(Authorizer counted, boolean twice) {
    Set<Class<?>> classes = new java.util.HashSet<>(RESOURCES);
    classes.add(FaultInjectionFilter.class);
    Authorizer faults =
        (caller, required) -> {
          Set<String> grants = Set.copyOf(TestAuthenticationFilter.grantsOf(caller));
          if (grants.contains("fault:runtime")) {
            throw new IllegalStateException("authorizer failed at run time");
          }
          if (grants.contains("fault:error")) {
            throw new StackOverflowError("authorizer overflowed");
          }
          if (grants.contains("fault:slow")) {
            try {
              Thread.sleep(20);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IllegalStateException(e);
            }
          }
          return counted.permits(caller, required);
        };
    Set<Object> singletons = new java.util.LinkedHashSet<>();
    singletons.add(BouncerFeature.builder().authorizer(faults).challenge(CHALLENGE).build());
    if (twice) {
      singletons.add(BouncerFeature.builder().authorizer(faults).challenge(CHALLENGE).build());
    }
    return application(classes, () -> singletons);
  }

  /**
   * The sub-resource locator attack surface ({@code dev.bouncer.it.app.locators}): configured with
   * a grants-based authorizer, or with nothing of Bouncer's registered (roles from grants).
   */
  public static Application locators(boolean explicit) {
    Set<Class<?>> classes =
        Set.of(
            dev.bouncer.it.app.locators.PeopleResource.class,
            dev.bouncer.it.app.locators.VaultLocators.class,
            dev.bouncer.it.app.locators.StoreLocators.class,
            TestAuthenticationFilter.class);
    return app(
        classes,
        explicit
            ? BouncerFeature.builder()
                .authorizer(Authorizer.fromGrants(TestAuthenticationFilter::grantsOf))
                .challenge(CHALLENGE)
                .build()
            : null);
  }

  /** The grants-based configuration of {@link #explicit()}, built anew. */
  public static BouncerFeature configured() {
    return BouncerFeature.builder()
        .authorizer(Authorizer.fromGrants(TestAuthenticationFilter::grantsOf))
        .challenge(CHALLENGE)
        .build();
  }

  /**
   * A {@code Feature} of the application's own that registers {@code components} (instances, or
   * classes) from its {@code configure}, as applications do to keep their set-up in one place.
   */
  public static jakarta.ws.rs.core.Feature registering(Object... components) {
    return new jakarta.ws.rs.core.Feature() {
      @Override
      public boolean configure(jakarta.ws.rs.core.FeatureContext context) {
        for (Object component : components) {
          if (component instanceof Class<?> type) {
            context.register(type);
          } else {
            context.register(component);
          }
        }
        return true;
      }

      @Override
      public String toString() {
        return "the application's Feature";
      }
    };
  }

  /**
   * The usual resources, with singletons that {@code getSingletons()} builds afresh on every call
   * ({@code return Set.of(new X(), BouncerFeature.builder()...build())}), as many applications
   * write it: the server registers the instances of its own call only.
   */
  public static Application withFreshSingletons(
      java.util.function.Supplier<?>... singletons) {
    Set<Class<?>> classes = new java.util.HashSet<>(RESOURCES);
    classes.add(TestAuthenticationFilter.class);
    return application(
        classes,
        () -> {
          Set<Object> fresh = new java.util.LinkedHashSet<>();
          for (java.util.function.Supplier<?> singleton : singletons) {
            fresh.add(singleton.get());
          }
          return fresh;
        });
  }

  /** The usual resources, with {@code singletons} from {@code getSingletons()}. */
  public static Application withSingletons(Object... singletons) {
    return withSingletons(RESOURCES, singletons);
  }

  /** {@code resources} and the test authentication, with {@code singletons}. */
  public static Application withSingletons(Set<Class<?>> resources, Object... singletons) {
    Set<Class<?>> classes = new java.util.HashSet<>(resources);
    classes.add(TestAuthenticationFilter.class);
    Set<Object> instances = new java.util.LinkedHashSet<>(java.util.List.of(singletons));
    return application(classes, () -> instances);
  }

  private static Application app(Object feature) {
    return app(RESOURCES, feature);
  }

  private static Application app(Set<Class<?>> classes, Object feature) {
    return application(classes, () -> feature == null ? Set.of() : Set.of(feature));
  }

  /**
   * An application with {@code classes} (copied once) and the singletons {@code singletons}
   * supplies on each call of {@code getSingletons()}.
   */
  private static Application application(
      Set<Class<?>> classes, java.util.function.Supplier<Set<Object>> singletons) {
    Set<Class<?>> finalClasses = Set.copyOf(classes);
    return new Application() {
      @Override
      public Set<Class<?>> getClasses() {
        return finalClasses;
      }

      @Override
      @SuppressWarnings("deprecation") // still the portable way to hand a server an instance
      public Set<Object> getSingletons() {
        return singletons.get();
      }
    };
  }
}
