package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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
    assertInstanceOf(SubResourceGate.class, registered.get(0).component());
    assertEquals(BouncerFeature.GATE_PRIORITY, registered.get(0).priority());
    assertTrue(BouncerFeature.GATE_PRIORITY < Priorities.AUTHORIZATION);
  }

  @Test
  void standsAsideWhenTheApplicationRegisteredBouncerFeature() {
    BouncerFeature own = BouncerFeature.builder().build();
    for (RecordingFeatureContext context :
        List.of(
            new RecordingFeatureContext(
                RecordingFeatureContext.configuration(Set.of(BouncerFeature.class), Set.of())),
            new RecordingFeatureContext(
                RecordingFeatureContext.configuration(Set.of(), Set.of(own))))) {
      assertFalse(new DiscoveredBouncerGate().configure(context.context()));
      assertEquals(List.of(), context.registrations());
    }
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
