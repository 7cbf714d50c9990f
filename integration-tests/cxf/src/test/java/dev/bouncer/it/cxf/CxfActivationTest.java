package dev.bouncer.it.cxf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.cxf.BouncerServerFeature;
import dev.bouncer.it.stacks.app.Hits;
import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.BouncerFeature;
import dev.bouncer.runtime.Permission;
import jakarta.ws.rs.core.SecurityContext;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.cxf.Bus;
import org.apache.cxf.BusFactory;
import org.apache.cxf.feature.Feature;
import org.apache.cxf.service.factory.FactoryBeanListener;
import org.apache.cxf.service.factory.FactoryBeanListenerManager;
import org.junit.jupiter.api.Test;

/** How bouncer-cxf switches Bouncer on, beyond the core rows. */
class CxfActivationTest {

  /** Roles, counting how often it is asked. */
  static final class CountingRoles implements Authorizer {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public boolean permits(SecurityContext caller, Permission required) {
      calls.incrementAndGet();
      return Authorizer.roles().permits(caller, required);
    }

    @Override
    public String toString() {
      return "CountingRoles";
    }
  }

  @Test
  void nothingRegistered_theStartUpLineSaysBouncerCxfSwitchedItOn() throws Exception {
    try (LogLines log = new LogLines();
        CxfServer server = CxfServer.start(List.of())) {
      assertEquals(401, Http.get(server.base(), "orders", null).statusCode());
      assertEquals(200, Http.get(server.base(), "health", null).statusCode());
      List<String> lines = log.startUpLines();
      assertEquals(1, lines.size(), String.valueOf(lines));
      assertTrue(
          lines.get(0).startsWith("Bouncer is on, discovered (bouncer-cxf's bus extension): "),
          lines.get(0));
      assertTrue(lines.get(0).contains("challenge Bearer realm=\"api\""), lines.get(0));
    }
  }

  @Test
  void aConfiguredFeatureWinsAndBouncerCxfAddsNothing() throws Exception {
    CountingRoles roles = new CountingRoles();
    BouncerFeature feature =
        BouncerFeature.builder().authorizer(roles).challenge("Basic realm=\"orders\"").build();
    try (LogLines log = new LogLines();
        CxfServer server = CxfServer.start(List.of(feature))) {
      HttpResponse<String> anonymous = Http.get(server.base(), "orders/vault", null);
      assertEquals(401, anonymous.statusCode());
      assertEquals(
          "Basic realm=\"orders\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));

      // Each request asks the application's authorizer once: no defaults bound beside it.
      int before = roles.calls.get();
      assertEquals(200, Http.get(server.base(), "orders", "reader").statusCode());
      assertEquals(before + 1, roles.calls.get());
      assertEquals(200, Http.get(server.base(), "orders/vault", "reader").statusCode());
      assertEquals(before + 2, roles.calls.get());

      List<String> lines = log.startUpLines();
      assertEquals(1, lines.size(), String.valueOf(lines));
      assertTrue(lines.get(0).startsWith("Bouncer is on, configured "), lines.get(0));
      assertTrue(lines.get(0).contains("authorizer CountingRoles"), lines.get(0));
    }
  }

  @Test
  void aConfiguredFeatureRegisteredFromTheApplicationsOwnFeatureWins() throws Exception {
    CountingRoles roles = new CountingRoles();
    BouncerFeature feature =
        BouncerFeature.builder().authorizer(roles).challenge("Basic realm=\"own\"").build();
    jakarta.ws.rs.core.Feature own =
        context -> {
          context.register(feature);
          return true;
        };
    try (CxfServer server = CxfServer.start(List.of(own))) {
      HttpResponse<String> anonymous = Http.get(server.base(), "orders/vault", null);
      assertEquals(401, anonymous.statusCode(), anonymous.body());
      assertEquals(
          "Basic realm=\"own\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
      int before = roles.calls.get();
      assertEquals(200, Http.get(server.base(), "orders", "reader").statusCode());
      assertEquals(before + 1, roles.calls.get());
      assertEquals(200, Http.get(server.base(), "orders/vault", "reader").statusCode());
      assertEquals(before + 2, roles.calls.get());
    }
  }

  @Test
  void theSameInstanceRegisteredTwiceChecksEachRequestOnce() throws Exception {
    CountingRoles roles = new CountingRoles();
    BouncerFeature feature =
        BouncerFeature.builder().authorizer(roles).challenge("Basic realm=\"orders\"").build();
    try (CxfServer server = CxfServer.start(List.of(feature, feature))) {
      int before = roles.calls.get();
      int ran = Hits.count("orders.list");
      assertEquals(200, Http.get(server.base(), "orders", "reader").statusCode());
      assertEquals(before + 1, roles.calls.get());
      assertEquals(ran + 1, Hits.count("orders.list"));
      assertEquals(403, Http.get(server.base(), "orders", "nobody").statusCode());
      assertEquals(before + 2, roles.calls.get());
      assertEquals(200, Http.get(server.base(), "orders/vault", "reader").statusCode());
      assertEquals(before + 3, roles.calls.get());
      assertEquals(
          "Basic realm=\"orders\"",
          Http.get(server.base(), "orders/vault", null)
              .headers()
              .firstValue("WWW-Authenticate")
              .orElse(""));
    }
  }

  @Test
  void twoDifferentConfigurationsStopTheServerFromStarting() {
    List<BouncerFeature> two =
        List.of(
            BouncerFeature.builder().challenge("Basic realm=\"a\"").build(),
            BouncerFeature.builder().challenge("Basic realm=\"b\"").build());
    RuntimeException error = assertThrows(RuntimeException.class, () -> CxfServer.start(two));
    assertTrue(causes(error).contains("different configurations"), causes(error));
    assertFalse(Http.listening(CxfServer.lastBase), "a server listens at " + CxfServer.lastBase);
  }

  @Test
  void cxfDefaultMatching_getOrdersVaultIsTheTemplateMethodAndStaysProtected() throws Exception {
    // CXF drops the locator when a resource method matches too: GET /orders/vault is get("vault").
    try (CxfServer server =
        CxfServer.start(List.of(), Map.of(), BusFactory.newInstance().createBus())) {
      int vault = Hits.count("vault.open");
      int template = Hits.count("orders.get.vault");
      assertEquals(401, Http.get(server.base(), "orders/vault", null).statusCode());
      HttpResponse<String> reader = Http.get(server.base(), "orders/vault", "reader");
      assertEquals(403, reader.statusCode(), reader.body()); // needs orders:read:vault
      assertEquals(vault, Hits.count("vault.open"));
      assertEquals(template, Hits.count("orders.get.vault"));
    }
  }

  @Test
  void busFeaturesReplacedAfterTheBusWasCreated_bouncerIsAddedAgain() throws Exception {
    Bus bus = BusFactory.newInstance().createBus();
    bus.setFeatures(List.of());
    try (CxfServer server =
        CxfServer.start(List.of(), Map.of(CxfServer.KEEP_LOCATORS, true), bus)) {
      assertTrue(bus.getFeatures().stream().anyMatch(f -> f instanceof BouncerServerFeature));
      int before = Hits.count("orders.list");
      assertEquals(401, Http.get(server.base(), "orders", null).statusCode());
      assertEquals(401, Http.get(server.base(), "orders/vault", null).statusCode());
      assertEquals(before, Hits.count("orders.list"));
    }
  }

  @Test
  void aJaxRsServerBouncerWasNotSwitchedOnInDoesNotStart() {
    // Something takes Bouncer's bus feature away after bouncer-cxf put it back, while the server
    // is created: the server must not start.
    Bus bus = BusFactory.newInstance().createBus();
    FactoryBeanListener remover =
        (event, factory, args) -> {
          if (event == FactoryBeanListener.Event.PRE_SERVER_CREATE) {
            List<Feature> others =
                bus.getFeatures().stream().filter(f -> !(f instanceof BouncerServerFeature)).toList();
            bus.getFeatures().clear();
            bus.getFeatures().addAll(others);
          }
        };
    bus.getExtension(FactoryBeanListenerManager.class).addListener(remover);
    int before = Hits.count("orders.list");
    RuntimeException error =
        assertThrows(
            RuntimeException.class,
            () -> CxfServer.start(List.of(), Map.of(CxfServer.KEEP_LOCATORS, true), bus));
    assertTrue(causes(error).contains("Bouncer was not switched on"), causes(error));
    assertFalse(Http.listening(CxfServer.lastBase), "a server listens at " + CxfServer.lastBase);
    assertEquals(before, Hits.count("orders.list"));
  }

  @Test
  void withBouncerCxfTheApplicationsOwnBouncerFeatureIsEnoughEvenWithoutTheBusFeature()
      throws Exception {
    Bus bus = BusFactory.newInstance().createBus();
    FactoryBeanListener remover =
        (event, factory, args) -> {
          if (event == FactoryBeanListener.Event.PRE_SERVER_CREATE) {
            bus.getFeatures().removeIf(f -> f instanceof BouncerServerFeature);
          }
        };
    bus.getExtension(FactoryBeanListenerManager.class).addListener(remover);
    try (CxfServer server =
        CxfServer.start(
            List.of(BouncerFeature.builder().challenge("Basic realm=\"orders\"").build()),
            Map.of(CxfServer.KEEP_LOCATORS, true),
            bus)) {
      HttpResponse<String> anonymous = Http.get(server.base(), "orders/vault", null);
      assertEquals(401, anonymous.statusCode());
      assertEquals(
          "Basic realm=\"orders\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
    }
  }

  /** The orders app as a Jakarta REST {@code Application}, with {@code extra} among its singletons. */
  static final class OrdersApplication extends jakarta.ws.rs.core.Application {
    private final java.util.Set<Object> singletons;

    OrdersApplication(Object... extra) {
      java.util.Set<Object> all = new java.util.LinkedHashSet<>(List.of(extra));
      all.add(new BasicAuthentication());
      singletons = all;
    }

    @Override
    public java.util.Set<Class<?>> getClasses() {
      return java.util.Set.of(
          dev.bouncer.it.stacks.app.OrdersResource.class,
          dev.bouncer.it.stacks.app.HealthResource.class);
    }

    @Override
    @SuppressWarnings("deprecation")
    public java.util.Set<Object> getSingletons() {
      return singletons;
    }
  }

  @Test
  void aConfiguredFeatureInTheApplicationsSingletonsWins() throws Exception {
    CountingRoles roles = new CountingRoles();
    BouncerFeature feature =
        BouncerFeature.builder().authorizer(roles).challenge("Basic realm=\"app\"").build();
    try (CxfServer server = CxfServer.start(new OrdersApplication(feature))) {
      HttpResponse<String> anonymous = Http.get(server.base(), "orders/vault", null);
      assertEquals(401, anonymous.statusCode(), anonymous.body());
      assertEquals(
          "Basic realm=\"app\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
      int before = roles.calls.get();
      assertEquals(200, Http.get(server.base(), "orders", "reader").statusCode());
      assertEquals(before + 1, roles.calls.get());
      assertEquals(403, Http.get(server.base(), "orders/vault", "nobody").statusCode());
    }
  }

  @Test
  void anApplicationThatRegistersNothingOfBouncersIsEnforced() throws Exception {
    try (CxfServer server = CxfServer.start(new OrdersApplication())) {
      int before = Hits.count("vault.open");
      HttpResponse<String> anonymous = Http.get(server.base(), "orders/vault", null);
      assertEquals(401, anonymous.statusCode(), anonymous.body());
      assertEquals(
          "Bearer realm=\"api\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
      assertEquals(403, Http.get(server.base(), "orders", "nobody").statusCode());
      assertEquals(before, Hits.count("vault.open"));
    }
  }

  static String causes(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      text.append(t).append(" <- ");
    }
    return text.toString();
  }
}
