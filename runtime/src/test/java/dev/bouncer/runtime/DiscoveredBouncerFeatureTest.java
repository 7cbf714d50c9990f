package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.runtime.GuardBinderTest_Guarded_BouncerGuards.Made;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Configuration;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DiscoveredBouncerFeatureTest {
  private final DiscoveredBouncerFeature feature = new DiscoveredBouncerFeature();

  private static Method read() throws NoSuchMethodException {
    return GuardBinderTest.Guarded.class.getMethod("read", String.class);
  }

  /** The filter the feature bound to {@code read}, with the application's {@code configuration}. */
  private Made configureWith(Configuration configuration) throws NoSuchMethodException {
    RecordingFeatureContext context = new RecordingFeatureContext(configuration);
    feature.configure(
        RecordingFeatureContext.resource(GuardBinderTest.Guarded.class, read()), context.context());
    List<RecordingFeatureContext.Registration> filters =
        context.registrations().stream()
            .filter(r -> r.priority() == Priorities.AUTHORIZATION)
            .toList();
    assertEquals(1, filters.size(), String.valueOf(context.registrations()));
    // No feature of Bouncer's ran for the whole application here: the gate comes per method.
    assertTrue(
        context.registrations().stream()
            .anyMatch(
                r ->
                    r.component() instanceof Activation
                        && r.priority() == BouncerFeature.GATE_PRIORITY));
    return assertInstanceOf(Made.class, filters.get(0).component());
  }

  @Test
  void bindsWithTheDefaultsWhenTheApplicationRegisteredNothing() throws Exception {
    Made made = configureWith(RecordingFeatureContext.configuration(Set.of(), Set.of()));

    assertSame(DiscoveredBouncerFeature.DEFAULTS, made.enforcer());
  }

  @Test
  void bindsWithTheConfigurationOfARegisteredInstance() throws Exception {
    BouncerFeature own = BouncerFeature.builder().challenge("Basic realm=\"x\"").build();

    Made made = configureWith(RecordingFeatureContext.configuration(Set.of(), Set.of(own)));

    assertSame(own.enforcer(), made.enforcer());
  }

  @Test
  void theRegisteredClassIsTheDefaultConfiguration() throws Exception {
    Made made =
        configureWith(RecordingFeatureContext.configuration(Set.of(BouncerFeature.class), Set.of()));

    assertSame(DiscoveredBouncerFeature.DEFAULTS, made.enforcer());
  }

  @Test
  void otherRegistrationsDoNotCount() throws Exception {
    Set<Class<?>> classes = Set.of(DiscoveredBouncerFeature.class, String.class);

    Made made = configureWith(RecordingFeatureContext.configuration(classes, Set.of(new Object())));

    assertSame(DiscoveredBouncerFeature.DEFAULTS, made.enforcer());
  }

  @Test
  void isListedForServiceLoading() throws IOException {
    String name = "META-INF/services/jakarta.ws.rs.container.DynamicFeature";
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(name)) {
      String listed = new String(in.readAllBytes(), StandardCharsets.UTF_8);

      assertTrue(
          listed
              .lines()
              .map(String::strip)
              .anyMatch(DiscoveredBouncerFeature.class.getName()::equals),
          listed);
      assertTrue(
          listed.lines().map(String::strip).noneMatch(BouncerFeature.class.getName()::equals),
          listed);
    }
  }
}
