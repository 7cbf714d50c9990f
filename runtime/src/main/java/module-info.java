/**
 * Bouncer's runtime: binds the filters that Bouncer's processor generated, at server start-up.
 *
 * <p>An application on the module path writes {@code requires dev.bouncer.runtime;} (which also
 * makes {@code dev.bouncer} and {@code jakarta.ws.rs} readable), and exports or opens each package that holds protected resources to this module, so that the runtime
 * can create the generated {@code <Resource>_BouncerGuards} classes there. A package it cannot
 * reach fails closed: its protected endpoints answer 500, and the start-up log says why.
 *
 * <pre>{@code
 * module com.acme.orders {
 *   requires dev.bouncer.runtime;
 *   exports com.acme.orders.api to dev.bouncer.runtime;
 *   opens com.acme.orders.api to org.glassfish.hk2.locator, org.glassfish.jersey.core.server;
 * }
 * }</pre>
 *
 * <p>The server finds {@link dev.bouncer.runtime.DiscoveredBouncerFeature} by Java's service
 * loading, so an application that registers nothing is still protected.
 *
 * @provides jakarta.ws.rs.container.DynamicFeature {@link
 *     dev.bouncer.runtime.DiscoveredBouncerFeature}, which binds generated filters with the defaults
 *     unless the application registered a {@link dev.bouncer.runtime.BouncerFeature} itself
 */
module dev.bouncer.runtime {
  requires transitive dev.bouncer;
  requires transitive jakarta.ws.rs;
  requires java.logging;
  // Permission's rules (not part of this module's API: no type of it appears there).
  requires dev.bouncer.policy;

  exports dev.bouncer.runtime;
  exports dev.bouncer.runtime.spi;
  // The server injects the private @Context fields of DiscoveredBouncerFeature and the
  // sub-resource gate by deep reflection
  // (HK2 on Jersey, RESTEasy's injector), whose module names differ by server.
  opens dev.bouncer.runtime;

  provides jakarta.ws.rs.container.DynamicFeature with
      dev.bouncer.runtime.DiscoveredBouncerFeature;
  // The sub-resource gate for applications that register nothing (see docs/runtime.md).
  provides jakarta.ws.rs.core.Feature with
      dev.bouncer.runtime.DiscoveredBouncerGate;
}
