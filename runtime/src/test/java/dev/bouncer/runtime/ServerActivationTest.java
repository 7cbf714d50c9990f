package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.runtime.GuardBinderTest_Guarded_BouncerGuards.Made;
import dev.bouncer.runtime.RecordingFeatureContext.Registration;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.core.Feature;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What bouncer-cxf relies on: recognising the application's Bouncer, and the defaults' feature. */
class ServerActivationTest {

  @Test
  void aConfiguredFeatureAndTheFilterItRegisteredWithItsBindingBindResourceMethods() {
    BouncerFeature feature = BouncerFeature.builder().challenge("Basic realm=\"x\"").build();
    assertTrue(ServerActivation.bindsResourceMethods(feature));

    RecordingFeatureContext context = new RecordingFeatureContext();
    feature.configure(context.context());
    Object activation = context.registrations().get(0).component();
    Object binding = context.registrations().get(1).component();
    assertInstanceOf(Activation.class, activation);
    assertTrue(ServerActivation.bindsResourceMethods(activation));
    assertTrue(ServerActivation.bindsResourceMethods(binding));
  }

  @Test
  void anActivationWithoutABindingDoesNot() {
    // DiscoveredBouncerGate registers the activation alone: on a server that does not also load
    // the discovered dynamic feature, nothing would bind, so the defaults must still be added.
    RecordingFeatureContext context = new RecordingFeatureContext();
    new DiscoveredBouncerGate().configure(context.context());
    Object activation = context.registrations().get(0).component();
    assertInstanceOf(Activation.class, activation);
    assertFalse(ServerActivation.bindsResourceMethods(activation));
    assertFalse(ServerActivation.bindsResourceMethods(null));
    assertFalse(ServerActivation.bindsResourceMethods(new Object()));
    assertFalse(ServerActivation.bindsResourceMethods(new DiscoveredBouncerGate()));
  }

  @Test
  void theDefaultsRegisterTheGateAndOneBindingThatBindsWithIt() throws Exception {
    Feature defaults = ServerActivation.defaults("discovered (test)");
    RecordingFeatureContext root = new RecordingFeatureContext();
    assertTrue(defaults.configure(root.context()));

    List<Registration> registered = root.registrations();
    assertEquals(2, registered.size(), String.valueOf(registered));
    Activation activation = assertInstanceOf(Activation.class, registered.get(0).component());
    assertEquals(BouncerFeature.GATE_PRIORITY, registered.get(0).priority());
    assertEquals(Priorities.AUTHORIZATION, registered.get(1).priority());
    assertTrue(ServerActivation.bindsResourceMethods(activation));
    DynamicFeature binding =
        assertInstanceOf(DynamicFeature.class, registered.get(1).component());
    assertTrue(ServerActivation.bindsResourceMethods(binding));

    // Each method is bound once, with the defaults, and the gate is not registered per method.
    RecordingFeatureContext method = new RecordingFeatureContext();
    binding.configure(
        RecordingFeatureContext.resource(
            GuardBinderTest.Guarded.class,
            GuardBinderTest.Guarded.class.getMethod("read", String.class)),
        method.context());
    assertEquals(1, method.registrations().size(), String.valueOf(method.registrations()));
    Made guard = assertInstanceOf(Made.class, method.registrations().get(0).component());
    assertSame(DiscoveredBouncerFeature.DEFAULTS, guard.enforcer());
    assertTrue(
        activation.summary(guard.enforcer()).startsWith("Bouncer is on, discovered (test): "));
  }

  @Test
  void differentConfigurationsInOneApplicationAreAStartUpError() {
    BouncerFeature basic = BouncerFeature.builder().challenge("Basic realm=\"x\"").build();
    BouncerFeature other = BouncerFeature.builder().challenge("Basic realm=\"y\"").build();
    RecordingFeatureContext first = new RecordingFeatureContext();
    basic.configure(first.context());
    RecordingFeatureContext second = new RecordingFeatureContext();
    other.configure(second.context());
    Object firstGate = first.registrations().get(0).component();
    Object secondGate = second.registrations().get(0).component();

    try (LogCapture log = LogCapture.start()) {
      IllegalStateException error =
          org.junit.jupiter.api.Assertions.assertThrows(
              IllegalStateException.class,
              () -> ServerActivation.requireOneConfiguration(List.of(firstGate, secondGate)));
      assertTrue(error.getMessage().contains("realm=\"x\""), error.getMessage());
      assertTrue(error.getMessage().contains("realm=\"y\""), error.getMessage());
      assertEquals(1, log.records().size());
    }
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalStateException.class,
        () -> ServerActivation.requireOneConfiguration(List.of(firstGate, BouncerFeature.class)));
  }

  @Test
  void theSameConfigurationTwiceIsOne() {
    BouncerFeature feature = BouncerFeature.builder().challenge("Basic realm=\"x\"").build();
    RecordingFeatureContext first = new RecordingFeatureContext();
    feature.configure(first.context());
    RecordingFeatureContext second = new RecordingFeatureContext();
    feature.configure(second.context());
    ServerActivation.requireOneConfiguration(
        List.of(first.registrations().get(0).component(), second.registrations().get(0).component()));
    ServerActivation.requireOneConfiguration(
        List.of(new BouncerFeature(), BouncerFeature.class, new Object()));
    ServerActivation.requireOneConfiguration(List.of());
  }

  @Test
  void theGateAloneRegistersTheActivationOnly() {
    RecordingFeatureContext root = new RecordingFeatureContext();
    assertTrue(ServerActivation.gate("discovered (test)").configure(root.context()));
    assertEquals(1, root.registrations().size(), String.valueOf(root.registrations()));
    Object gate = root.registrations().get(0).component();
    assertInstanceOf(Activation.class, gate);
    assertEquals(BouncerFeature.GATE_PRIORITY, root.registrations().get(0).priority());
    // It binds nothing: the application's BouncerFeature, taken as a dynamic feature, does.
    assertFalse(ServerActivation.bindsResourceMethods(gate));
  }

  @Test
  void configuredBySaysWhichFeaturesStandBehindAComponent() {
    BouncerFeature feature = BouncerFeature.builder().challenge("Basic realm=\"x\"").build();
    RecordingFeatureContext context = new RecordingFeatureContext();
    feature.configure(context.context());
    assertEquals(List.of(feature), ServerActivation.configuredBy(feature));
    assertEquals(
        List.of(feature), ServerActivation.configuredBy(context.registrations().get(0).component()));
    assertEquals(List.of(), ServerActivation.configuredBy(context.registrations().get(1).component()));
    assertEquals(List.of(), ServerActivation.configuredBy(null));
  }
}
