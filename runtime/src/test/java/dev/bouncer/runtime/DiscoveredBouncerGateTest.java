package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.runtime.RecordingFeatureContext.Registration;
import jakarta.ws.rs.Priorities;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscoveredBouncerGateTest {

  @Test
  void registersTheGateJustBeforeTheMethodFiltersWhenTheApplicationRegisteredNothing() {
    RecordingFeatureContext context = new RecordingFeatureContext();

    assertTrue(new DiscoveredBouncerGate().configure(context.context()));

    List<Registration> registered = context.registrations();
    assertEquals(1, registered.size());
    Activation activation = assertInstanceOf(Activation.class, registered.get(0).component());
    assertEquals(BouncerFeature.GATE_PRIORITY, registered.get(0).priority());
    assertTrue(BouncerFeature.GATE_PRIORITY < Priorities.AUTHORIZATION);
    assertSame(activation, context.properties().get(Activation.PROPERTY));
  }

  @Test
  void joinsTheActivationAnotherFeatureOfBouncersRegistered() {
    Activation existing = new Activation(Activation.CONFIGURED, false);
    RecordingFeatureContext context =
        new RecordingFeatureContext(
            RecordingFeatureContext.configuration(Set.of(), Set.of(existing)));

    assertTrue(new DiscoveredBouncerGate().configure(context.context()));

    assertEquals(List.of(), context.registrations());
  }

  @Test
  void isListedForServiceLoading() throws IOException {
    String name = "META-INF/services/jakarta.ws.rs.core.Feature";
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
      String listed = new String(in.readAllBytes(), StandardCharsets.UTF_8);

      assertTrue(
          listed.lines().map(String::strip).anyMatch(DiscoveredBouncerGate.class.getName()::equals),
          listed);
    }
  }
}
