package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.runtime.GuardBinderTest_Guarded_BouncerGuards.Made;
import jakarta.annotation.security.DenyAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Configuration;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

/** One configuration per application, whichever way Bouncer was switched on (issue 12). */
class ActivationTest {
  private static final Authorizer SHARED = Authorizer.fromGrants(caller -> List.of());

  @Path("counted")
  static class Counted {
    @GET
    public String open() {
      return "";
    }

    @GET
    @Path("denied")
    @DenyAll // no generated class in this test: a missing policy, answered with 500, so enforced
    public String denied() {
      return "";
    }

    public void helper() {}
  }

  private static ResourceInfo read() throws NoSuchMethodException {
    return RecordingFeatureContext.resource(
        GuardBinderTest.Guarded.class, GuardBinderTest.Guarded.class.getMethod("read", String.class));
  }

  private static ResourceInfo counted(String name) throws NoSuchMethodException {
    return RecordingFeatureContext.resource(Counted.class, Counted.class.getMethod(name));
  }

  @SuppressWarnings("deprecation")
  private static Application singletons(Object... instances) {
    return new Application() {
      @Override
      public Set<Object> getSingletons() {
        return Set.of(instances);
      }
    };
  }

  private static Configuration registers(Object... instances) {
    return RecordingFeatureContext.configuration(Set.of(), Set.of(instances));
  }

  private static List<RecordingFeatureContext.Registration> filters(RecordingFeatureContext c) {
    return c.registrations().stream().filter(r -> r.priority() == Priorities.AUTHORIZATION).toList();
  }

  /** A request to a root resource method, as the server hands it to the activation. */
  private static FakeRequest rootRequest() {
    return FakeRequest.with(FakeSecurityContext.anonymous())
        .uriInfo(new FakeUriInfo().resources(new Counted()).uris("counted").build());
  }

  @Test
  void aFeatureConfiguredAfterTheDiscoveredGate_decidesLocatorsToo() throws Exception {
    // Jersey configures service-loaded features before the application's own.
    RecordingFeatureContext app = new RecordingFeatureContext();
    new DiscoveredBouncerGate().configure(app.context());
    Activation activation = (Activation) app.properties().get(Activation.PROPERTY);
    BouncerFeature configured = BouncerFeature.builder().challenge("Basic realm=\"x\"").build();
    RecordingFeatureContext later = new RecordingFeatureContext(registers(activation));

    configured.configure(later.context());

    assertEquals(1, later.registrations().size(), "the method binding only: no second gate");
    assertSame(configured.enforcer(), activation.enforcer());
  }

  @Test
  void theDiscoveredGateAfterAConfiguredFeature_registersNothing() {
    // RESTEasy configures the application's features first.
    BouncerFeature configured = BouncerFeature.builder().challenge("Basic realm=\"x\"").build();
    RecordingFeatureContext app = new RecordingFeatureContext();
    configured.configure(app.context());
    Activation activation = assertInstanceOf(Activation.class, app.registrations().get(0).component());
    RecordingFeatureContext later = new RecordingFeatureContext(registers(activation, configured));

    new DiscoveredBouncerGate().configure(later.context());

    assertEquals(List.of(), later.registrations());
    assertSame(configured.enforcer(), activation.enforcer());
  }

  @Test
  void everyFeatureOfBouncersIsCalled_oneBindsEachMethod() throws Exception {
    BouncerFeature configured = BouncerFeature.builder().challenge("Basic realm=\"x\"").build();
    RecordingFeatureContext app = new RecordingFeatureContext();
    configured.configure(app.context());
    Activation activation = (Activation) app.registrations().get(0).component();
    var binding = (jakarta.ws.rs.container.DynamicFeature) app.registrations().get(1).component();
    DiscoveredBouncerFeature discovered = new DiscoveredBouncerFeature();
    ScannedBouncerFeature scanned = new ScannedBouncerFeature();
    BuiltinBouncerFeature builtin = new BuiltinBouncerFeature();
    for (int i = 0; i < 2; i++) {
      RecordingFeatureContext method = new RecordingFeatureContext(registers(activation, configured));
      discovered.configure(read(), method.context());
      configured.configure(read(), method.context());
      binding.configure(read(), method.context());
      scanned.configure(read(), method.context());
      builtin.configure(read(), method.context());

      List<RecordingFeatureContext.Registration> bound = filters(method);
      assertEquals(1, bound.size(), String.valueOf(method.registrations()));
      assertSame(configured.enforcer(), assertInstanceOf(Made.class, bound.get(0).component()).enforcer());
      assertEquals(List.of(), method.registrations().subList(1, method.registrations().size()));
    }
  }

  @Test
  void twoDifferentConfigurations_stopStartUp_andEveryRequestIs500() throws Exception {
    BouncerFeature one = BouncerFeature.builder().authorizer(SHARED).build();
    BouncerFeature other = BouncerFeature.builder().challenge("Basic realm=\"other\"").build();
    Activation activation = new Activation(Activation.DISCOVERED, false);
    activation.announce(one); // the one the server kept; the other only in getSingletons()
    try (LogCapture log = LogCapture.start()) {
      activation.observe(singletons(one, other), registers(activation, one));

      IllegalStateException error =
          assertThrows(
              IllegalStateException.class,
              () ->
                  activation.bind(
                      new Object(), read(), new RecordingFeatureContext().context()));

      assertTrue(error.getMessage().contains(one.toString()), error.getMessage());
      assertTrue(error.getMessage().contains(other.toString()), error.getMessage());
      assertTrue(
          log.records().stream()
              .anyMatch(r -> r.getLevel() == Level.SEVERE && r.getMessage().equals(error.getMessage())));
      // A server that swallowed the error serves nothing.
      FakeRequest request = rootRequest();
      activation.filter(request.context());
      assertEquals(500, request.abortResponse().getStatus());
    }
  }

  /** What an application's {@code getSingletons()} builds on every call: a new feature, alike. */
  private static BouncerFeature builtByTheApplication(String challenge) {
    return BouncerFeature.builder()
        .authorizer(Authorizer.fromGrants(caller -> List.of("orders:read")))
        .challenge(challenge)
        .build();
  }

  @Test
  void aCopyInGetSingletons_ofTheFeatureTheServerConfigured_isOneConfiguration() throws Exception {
    BouncerFeature configured = builtByTheApplication("Bearer realm=\"a\"");
    BouncerFeature copy = builtByTheApplication("Bearer realm=\"a\"");
    Activation activation = new Activation(Activation.DISCOVERED, false);
    activation.announce(configured);
    activation.observe(singletons(copy), registers(activation, configured));

    RecordingFeatureContext method = new RecordingFeatureContext();
    activation.bind(new Object(), read(), method.context());

    assertSame(configured.enforcer(), ((Made) filters(method).get(0).component()).enforcer());
  }

  @Test
  void inGetSingletons_anotherChallenge_orAnotherGrantsFunction_isStillASecondConfiguration() {
    BouncerFeature configured = builtByTheApplication("Bearer realm=\"a\"");
    BouncerFeature otherChallenge = builtByTheApplication("Bearer realm=\"b\"");
    BouncerFeature otherFunction =
        BouncerFeature.builder()
            .authorizer(Authorizer.fromGrants(caller -> List.of("*")))
            .challenge("Bearer realm=\"a\"")
            .build();
    BouncerFeature otherType = BouncerFeature.builder().challenge("Bearer realm=\"a\"").build();
    for (BouncerFeature other : List.of(otherChallenge, otherFunction, otherType)) {
      Activation activation = new Activation(Activation.DISCOVERED, false);
      activation.announce(configured);
      try (LogCapture log = LogCapture.start()) {
        activation.observe(singletons(other), registers(activation, configured));

        IllegalStateException error = assertThrows(IllegalStateException.class, activation::enforcer);
        assertTrue(error.getMessage().contains(other.toString()), error.getMessage());
      }
    }
  }

  @Test
  void getSingletons_isReadOncePerApplication() {
    int[] calls = {0};
    @SuppressWarnings("deprecation")
    Application counting =
        new Application() {
          @Override
          public Set<Object> getSingletons() {
            calls[0]++;
            return Set.of(builtByTheApplication("Bearer realm=\"a\""));
          }
        };
    Activation activation = new Activation(Activation.DISCOVERED, false);
    for (int i = 0; i < 5; i++) {
      activation.observe(counting);
    }
    assertEquals(1, calls[0]);
  }

  @Test
  void aConfiguredInstanceAndTheClass_areTwoConfigurations() throws Exception {
    BouncerFeature one = BouncerFeature.builder().challenge("Basic realm=\"x\"").build();
    Activation activation = new Activation(Activation.DISCOVERED, false);
    try (LogCapture log = LogCapture.start()) {
      activation.observe(
          null, RecordingFeatureContext.configuration(Set.of(BouncerFeature.class), Set.of(one)));

      IllegalStateException error = assertThrows(IllegalStateException.class, activation::enforcer);
      assertTrue(error.getMessage().contains("BouncerFeature.class (the defaults)"), error.getMessage());
      assertTrue(error.getMessage().contains(one.toString()), error.getMessage());
      assertEquals(Level.SEVERE, log.records().get(0).getLevel());
    }
  }

  @Test
  void theSameConfigurationTwice_isOne_boundWithTheFeatureTheServerKept() throws Exception {
    BouncerFeature dropped = BouncerFeature.builder().authorizer(SHARED).challenge("Basic a").build();
    BouncerFeature kept = BouncerFeature.builder().authorizer(SHARED).challenge("Basic a").build();
    Activation activation = new Activation(Activation.DISCOVERED, false);
    activation.announce(kept);
    activation.observe(singletons(dropped, kept), registers(activation, kept));

    RecordingFeatureContext method = new RecordingFeatureContext();
    activation.bind(new Object(), read(), method.context());

    assertSame(kept.enforcer(), ((Made) filters(method).get(0).component()).enforcer());
  }

  @Test
  void theDefaultsByClassAndByInstance_areOne() {
    Activation activation = new Activation(Activation.DISCOVERED, false);
    activation.observe(
        singletons(new BouncerFeature()),
        RecordingFeatureContext.configuration(Set.of(BouncerFeature.class), Set.of()));

    assertSame(DiscoveredBouncerFeature.DEFAULTS, activation.enforcer());
  }

  @Test
  void oneInfoLine_atTheFirstRequest_withTheCounts() throws Exception {
    Activation activation = new Activation(Activation.DISCOVERED, false);
    Object binder = new Object();
    try (LogCapture log = LogCapture.start()) {
      for (String name : List.of("open", "denied", "helper", "open")) {
        activation.bind(binder, counted(name), new RecordingFeatureContext().context());
      }
      activation.bind(new Object(), counted("open"), new RecordingFeatureContext().context());
      assertEquals(List.of(), infos(log), "nothing before the first request");

      for (int i = 0; i < 3; i++) {
        activation.filter(rootRequest().context());
      }

      List<String> lines = infos(log);
      assertEquals(1, lines.size(), String.valueOf(lines));
      assertEquals(
          "Bouncer is on, " + Activation.DISCOVERED + ": 1 root resource methods enforced, 1 open"
              + " (requests through sub-resource locators are checked against each locator's"
              + " policy); authorizer Authorizer.roles(), challenge Bearer realm=\"api\"",
          lines.get(0));
    }
  }

  @Test
  void theLineSaysConfiguredWhenAFeatureIsRegistered() throws Exception {
    BouncerFeature configured = BouncerFeature.builder().authorizer(SHARED).build();
    Activation activation = new Activation(Activation.DISCOVERED, false);
    activation.announce(configured);
    try (LogCapture log = LogCapture.start()) {
      activation.filter(rootRequest().context());

      String line = infos(log).get(0);
      assertTrue(line.startsWith("Bouncer is on, " + Activation.CONFIGURED), line);
      assertTrue(
          line.contains("authorizer Authorizer.fromGrants(a lambda of " + getClass().getName() + ")"),
          line);
    }
  }

  @Test
  void theLineDoesNotSayConfiguredForAFeatureWithTheDefaults() throws Exception {
    // Quarkus REST creates a BouncerFeature from its index: nothing the application configured.
    Activation activation = new Activation(Activation.DISCOVERED, false);
    activation.announce(new BouncerFeature());
    try (LogCapture log = LogCapture.start()) {
      activation.filter(rootRequest().context());

      String line = infos(log).get(0);
      assertTrue(line.startsWith("Bouncer is on, " + Activation.DEFAULT_FEATURE), line);
      assertTrue(line.contains("authorizer Authorizer.roles()"), line);
    }
  }

  @Test
  void bouncersAuthorizersSayWhichTheyAre() {
    assertEquals("Authorizer.roles()", Authorizer.roles().toString());
    assertSame(Authorizer.roles(), Authorizer.roles());
    java.util.function.Function<jakarta.ws.rs.core.SecurityContext, List<String>> named =
        new java.util.function.Function<>() {
          @Override
          public List<String> apply(jakarta.ws.rs.core.SecurityContext caller) {
            return List.of();
          }

          @Override
          public String toString() {
            return "grantsFromTheDatabase";
          }
        };
    assertEquals(
        "Authorizer.fromGrants(grantsFromTheDatabase)", Authorizer.fromGrants(named).toString());
  }

  private static List<String> infos(LogCapture log) {
    return log.records().stream()
        .filter(r -> r.getLevel() == Level.INFO)
        .map(LogRecord::getMessage)
        .toList();
  }

}
