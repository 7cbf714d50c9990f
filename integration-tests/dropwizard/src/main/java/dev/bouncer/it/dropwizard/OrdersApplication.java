package dev.bouncer.it.dropwizard;

import dev.bouncer.dropwizard.BouncerAuthDynamicFeature;
import dev.bouncer.it.dropwizard.bridge.BridgeResource;
import dev.bouncer.it.dropwizard.bridge.GuardedByClass;
import dev.bouncer.it.stacks.app.HealthResource;
import dev.bouncer.it.stacks.app.OrdersResource;
import dev.bouncer.it.unprocessed.UnprocessedResource;
import dev.bouncer.runtime.BouncerFeature;
import io.dropwizard.auth.AuthDynamicFeature;
import io.dropwizard.auth.AuthValueFactoryProvider;
import io.dropwizard.auth.basic.BasicCredentialAuthFilter;
import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Environment;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * The orders app on Dropwizard, identity from dropwizard-auth (HTTP Basic), set up as
 * dropwizard-auth's documentation shows, with {@code AuthDynamicFeature} replaced by Bouncer's
 * bridge unless the configuration says otherwise.
 */
public class OrdersApplication extends Application<OrdersConfiguration> {
  /** The realm of dropwizard-auth's challenge: {@code Basic realm="orders"}. */
  public static final String REALM = "orders";

  @Override
  public void run(OrdersConfiguration configuration, Environment environment) {
    environment.jersey().register(new OrdersResource());
    environment.jersey().register(new HealthResource());
    environment.jersey().register(new UnprocessedResource());
    environment.jersey().register(new BridgeResource());
    environment.jersey().register(new GuardedByClass());

    Users users = new Users();
    BasicCredentialAuthFilter<User> authFilter =
        new BasicCredentialAuthFilter.Builder<User>()
            .setAuthenticator(users)
            .setAuthorizer(users)
            .setRealm(REALM)
            .buildAuthFilter();
    if (configuration.isBridge()) {
      environment.jersey().register(new BouncerAuthDynamicFeature(authFilter));
    } else {
      environment.jersey().register(new AuthDynamicFeature(authFilter));
    }
    environment.jersey().register(RolesAllowedDynamicFeature.class);
    environment.jersey().register(new AuthValueFactoryProvider.Binder<>(User.class));

    switch (configuration.getBouncer()) {
      case CONFIGURED ->
          environment
              .jersey()
              .register(
                  BouncerFeature.builder()
                      .challenge("Basic realm=\"" + REALM + "\"")
                      .revealRequirement(true)
                      .build());
      case DEFAULTS -> environment.jersey().register(new BouncerFeature());
      case NOTHING -> {
        // Bouncer's META-INF/services switch it on.
      }
    }
  }
}
