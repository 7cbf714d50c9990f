package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
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

  private List<RecordingFeatureContext.Registration> configureWith(Configuration configuration)
      throws NoSuchMethodException {
    RecordingFeatureContext context = new RecordingFeatureContext(configuration);
    feature.configure(
        RecordingFeatureContext.resource(GuardBinderTest.Guarded.class, read()), context.context());
    return context.registrations();
  }

  @Test
  void bindsWithTheDefaultsWhenTheApplicationRegisteredNothing() throws Exception {
    List<RecordingFeatureContext.Registration> registered =
        configureWith(RecordingFeatureContext.configuration(Set.of(), Set.of()));

    assertEquals(1, registered.size());
    assertEquals(Priorities.AUTHORIZATION, registered.get(0).priority());
    Made made = assertInstanceOf(Made.class, registered.get(0).component());
    assertEquals(BouncerFeature.DEFAULT_CHALLENGE, made.enforcer().challenge());
  }

  @Test
  void standsAsideWhenTheApplicationRegisteredAnInstance() throws Exception {
    BouncerFeature own = BouncerFeature.builder().challenge("Basic realm=\"x\"").build();

    assertEquals(
        List.of(), configureWith(RecordingFeatureContext.configuration(Set.of(), Set.of(own))));
  }

  @Test
  void standsAsideWhenTheApplicationRegisteredTheClass() throws Exception {
    assertEquals(
        List.of(),
        configureWith(
            RecordingFeatureContext.configuration(Set.of(BouncerFeature.class), Set.of())));
  }

  @Test
  void otherRegistrationsDoNotCount() throws Exception {
    Set<Class<?>> classes = Set.of(DiscoveredBouncerFeature.class, String.class);

    assertEquals(
        1,
        configureWith(RecordingFeatureContext.configuration(classes, Set.of(new Object()))).size());
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

  @Test
  void standsAsideWhenOnlyTheListOfClassesNamesBouncerFeature() throws Exception {
    // A server whose isRegistered does not answer for classes registered in some other way.
    Configuration listsOnly =
        (Configuration)
            java.lang.reflect.Proxy.newProxyInstance(
                Configuration.class.getClassLoader(),
                new Class<?>[] {Configuration.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "isRegistered":
                      return false;
                    case "getClasses":
                      return Set.of(BouncerFeature.class);
                    case "getInstances":
                      return Set.of();
                    default:
                      throw new UnsupportedOperationException(method.toString());
                  }
                });

    assertEquals(List.of(), configureWith(listsOnly));
  }
}
