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
}
