package dev.bouncer.it.dropwizard;

import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.ResourceHelpers;
import io.dropwizard.testing.junit5.DropwizardAppExtension;
import java.net.URI;

/** Starts {@link OrdersApplication} on a random loopback port, set up one way. */
final class DropwizardApp {
  private DropwizardApp() {}

  static DropwizardAppExtension<OrdersConfiguration> of(
      boolean bridge, OrdersConfiguration.Bouncer bouncer) {
    return new DropwizardAppExtension<>(
        OrdersApplication.class,
        ResourceHelpers.resourceFilePath("orders.yml"),
        ConfigOverride.config("bridge", Boolean.toString(bridge)),
        ConfigOverride.config("bouncer", bouncer.name()));
  }

  static URI base(DropwizardAppExtension<?> app) {
    return URI.create("http://127.0.0.1:" + app.getLocalPort() + "/");
  }
}
