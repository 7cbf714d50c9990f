package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.runtime.GuardBinderTest_Guarded_BouncerGuards.Made;
import dev.bouncer.runtime.RecordingFeatureContext.Registration;
import dev.bouncer.runtime.spi.Enforcer;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BouncerFeatureTest {

  /** The enforcer {@code feature} binds a generated guard with. */
  static Enforcer enforcerOf(DynamicFeature feature) {
    RecordingFeatureContext context = new RecordingFeatureContext();
    feature.configure(
        RecordingFeatureContext.resource(GuardBinderTest.Guarded.class, readMethod()),
        context.context());
    // The filter, and (for a feature no server configured as a Feature) the activation per method.
    List<Registration> filters =
        context.registrations().stream()
            .filter(r -> r.priority() == Priorities.AUTHORIZATION)
            .toList();
    assertEquals(1, filters.size(), String.valueOf(context.registrations()));
    return assertInstanceOf(Made.class, filters.get(0).component()).enforcer();
  }

  private static Method readMethod() {
    try {
      return GuardBinderTest.Guarded.class.getMethod("read", String.class);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertDefaults(Enforcer enforcer) {
    assertEquals("Bearer realm=\"api\"", enforcer.challenge());
    assertEquals(
        "Bearer realm=\"api\"",
        enforcer.unauthorized().getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    Response forbidden = enforcer.forbidden("orders:secret");
    assertNull(forbidden.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    assertFalse(((String) forbidden.getEntity()).contains("orders:secret"));
    // Roles: the caller holds a permission when in the role of that name, without wildcards.
    Permission read = Permission.parse("orders:read");
    assertTrue(enforcer.authorizer().permits(FakeSecurityContext.user("a", "orders:read"), read));
    assertFalse(enforcer.authorizer().permits(FakeSecurityContext.user("a", "orders:*"), read));
  }

  @Test
  void defaultChallenge() {
    assertEquals("Bearer realm=\"api\"", BouncerFeature.DEFAULT_CHALLENGE);
  }

  @Test
  void noArgumentConstructorUsesTheDefaults() {
    assertDefaults(enforcerOf(new BouncerFeature()));
  }

  @Test
  void emptyBuilderUsesTheDefaults() {
    assertDefaults(enforcerOf(BouncerFeature.builder().build()));
  }

  @Test
  void builderConfiguresTheEnforcer() {
    Authorizer authorizer = (caller, required) -> true;

    Enforcer enforcer =
        enforcerOf(
            BouncerFeature.builder()
                .authorizer(authorizer)
                .challenge("DPoP realm=\"orders\"")
                .revealRequirement(true)
                .insufficientScopeChallenge(true)
                .build());

    assertSame(authorizer, enforcer.authorizer());
    assertEquals("DPoP realm=\"orders\"", enforcer.challenge());
    Response forbidden = enforcer.forbidden("orders:secret");
    assertTrue(((String) forbidden.getEntity()).contains("orders:secret"));
    assertEquals(
        "DPoP error=\"insufficient_scope\"",
        forbidden.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
  }

  @Test
  void challengeIsStripped() {
    Enforcer enforcer =
        enforcerOf(BouncerFeature.builder().challenge("  Basic realm=\"x\"\t").build());

    assertEquals("Basic realm=\"x\"", enforcer.challenge());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "\t", "Bearer realm=\"x\"\r\nSet-Cookie: a=b", "Bearer\n", "\rBearer", "\nBearer"})
  void invalidChallengeIsRejected(String challenge) {
    BouncerFeature.Builder builder = BouncerFeature.builder();

    assertThrows(IllegalArgumentException.class, () -> builder.challenge(challenge));
  }

  @Test
  void nullsAreRejected() {
    BouncerFeature.Builder builder = BouncerFeature.builder();

    assertThrows(NullPointerException.class, () -> builder.challenge(null));
    assertThrows(NullPointerException.class, () -> builder.authorizer(null));
  }

  @Test
  void builderIsFluent() {
    BouncerFeature.Builder builder = BouncerFeature.builder();

    assertSame(builder, builder.authorizer(Authorizer.roles()));
    assertSame(builder, builder.challenge("Bearer"));
    assertSame(builder, builder.revealRequirement(true));
    assertSame(builder, builder.insufficientScopeChallenge(true));
  }

  @Test
  void builtFeatureIsNotChangedByLaterBuilderCalls() {
    BouncerFeature.Builder builder = BouncerFeature.builder().challenge("Bearer realm=\"one\"");
    BouncerFeature first = builder.build();

    builder.challenge("Bearer realm=\"two\"").revealRequirement(true);

    Enforcer enforcer = enforcerOf(first);
    assertEquals("Bearer realm=\"one\"", enforcer.challenge());
    assertFalse(((String) enforcer.forbidden("orders:secret").getEntity()).contains("secret"));
  }

  @Test
  void isAProvider() {
    assertTrue(BouncerFeature.class.isAnnotationPresent(Provider.class));
  }

  @Test
  void asAFeatureItRegistersTheSubResourceGateWithItsOwnConfiguration() throws Exception {
    BouncerFeature feature = BouncerFeature.builder().challenge("Basic realm=\"x\"").build();
    RecordingFeatureContext context = new RecordingFeatureContext();

    assertTrue(feature.configure(context.context()));

    List<Registration> registered = context.registrations();
    assertEquals(2, registered.size());
    assertInstanceOf(BouncerFeature.MethodBinding.class, registered.get(1).component());
    Activation gate = assertInstanceOf(Activation.class, registered.get(0).component());
    assertEquals(BouncerFeature.GATE_PRIORITY, registered.get(0).priority());
    assertEquals(gate, context.properties().get(Activation.PROPERTY));
    // The gate answers with the feature's configuration: an anonymous caller gets its challenge.
    java.lang.reflect.Field info = Activation.class.getDeclaredField("resourceInfo");
    info.setAccessible(true);
    info.set(
        gate,
        RecordingFeatureContext.resource(
            SubResourceGateTest.Child.class, SubResourceGateTest.Child.class.getMethod("get")));
    FakeRequest request =
        FakeRequest.with(FakeSecurityContext.anonymous())
            .uriInfo(
                new FakeUriInfo()
                    .resources(new SubResourceGateTest.Child(), new SubResourceGateTest.Root())
                    .uris("root/admin/get", "root/admin", "root")
                    .build());
    try (LogCapture log = LogCapture.start()) {
      gate.filter(request.context());
      assertTrue(log.records().get(0).getMessage().startsWith("Bouncer is on, configured"));
    }
    assertEquals(401, request.abortResponse().getStatus());
    assertEquals("Basic realm=\"x\"", request.abortResponse().getHeaderString("WWW-Authenticate"));
  }

  @Test
  void theDefaultConfigurationSharesTheDiscoveredDefaults() {
    assertSame(DiscoveredBouncerFeature.DEFAULTS, new BouncerFeature().enforcer());
    assertSame(DiscoveredBouncerFeature.DEFAULTS, BouncerFeature.builder().build().enforcer());
    assertNotSame(
        DiscoveredBouncerFeature.DEFAULTS,
        BouncerFeature.builder().revealRequirement(true).build().enforcer());
  }

  @Test
  void toStringNamesTheConfiguration() {
    String text =
        BouncerFeature.builder()
            .challenge("Basic realm=\"x\"")
            .insufficientScopeChallenge(true)
            .build()
            .toString();
    assertTrue(text.startsWith("BouncerFeature@"), text);
    assertTrue(
        text.endsWith(
            "[authorizer Authorizer.roles(), challenge Basic realm=\"x\", insufficient_scope"
                + " challenge]"),
        text);
  }

  @Test
  void asAFeatureOnlyItStillBindsResourceMethodsThroughItsMethodBinding() {
    // Apache CXF takes an object that is both kinds of feature as a Feature only.
    BouncerFeature feature = BouncerFeature.builder().challenge("Basic realm=\"x\"").build();
    RecordingFeatureContext root = new RecordingFeatureContext();
    feature.configure(root.context());
    DynamicFeature binding = (DynamicFeature) root.registrations().get(1).component();

    assertEquals("Basic realm=\"x\"", enforcerOf(binding).challenge());
  }

  @Test
  void calledAsBothKindsOfFeatureItBindsEachMethodOnce() {
    BouncerFeature feature = BouncerFeature.builder().build();
    RecordingFeatureContext root = new RecordingFeatureContext();
    feature.configure(root.context());
    DynamicFeature binding = (DynamicFeature) root.registrations().get(1).component();

    enforcerOf(feature); // binds: the first to be called
    RecordingFeatureContext context = new RecordingFeatureContext();
    binding.configure(
        RecordingFeatureContext.resource(GuardBinderTest.Guarded.class, readMethod()),
        context.context());
    assertEquals(0, context.registrations().size());
  }
}
