package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.Authenticated;
import dev.bouncer.RequiresPermission;
import dev.bouncer.runtime.GuardBinderTest_Guarded_BouncerGuards.Made;
import dev.bouncer.runtime.RecordingFeatureContext.Registration;
import dev.bouncer.runtime.spi.Enforcer;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.AbstractMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GuardBinderTest {

  // Resource classes. Guarded, Unconstructible, Mistyped and Exploding have stand-ins for their
  // generated guards beside this file, named as the processor names them.

  abstract static class GuardedBase {
    @DenyAll
    public abstract void annotatedOnSupertype();
  }

  static class Guarded extends GuardedBase {
    public void read(String id) {}

    public void read(int id) {}

    public void open() {}

    public void plain() {}

    @Override
    public void annotatedOnSupertype() {}

    @RolesAllowed("admin")
    public void unseen() {}

    public void unseenPlain() {}
  }

  interface Api {
    void plain();
  }

  /** A resource class that implements an interface; it shares the generated guards of Guarded. */
  static class GuardedWithApi extends Guarded implements Api {}

  interface GenericApi<T> {
    @RolesAllowed("writer")
    void put(T body);
  }

  /** Implements an annotated method of a generic interface; the processor found no policy. */
  static class GuardedGeneric extends Guarded implements GenericApi<String> {
    @Override
    public void put(String body) {}
  }

  /** A subclass the server may see instead of the resource class, as a CDI proxy. */
  static class GuardedSubclass extends Guarded {}

  static class Unconstructible {
    @Authenticated
    public void get() {}
  }

  static class Mistyped {
    public void get() {}
  }

  static class Exploding {
    public void get() {}
  }

  /** Its stand-in says it was generated for another class. */
  static class Impostor {
    @RequiresPermission("impostor:read")
    public void get() {}
  }

  /** Its stand-in does not say which class it was generated for. */
  static class Legacy {
    public void get() {}
  }

  /** Its stand-in was generated for an older version of the generated-code contract. */
  static class OldContract {
    @RequiresPermission("orders:read")
    public void get() {}
  }

  static class Under_Score {}

  @RequiresPermission("orders:read")
  static class Unprocessed {
    public void get() {}
  }

  static class Unannotated {
    public void get() {}
  }

  /** A subclass the processor did not see, which declares a policy of its own. */
  static class AnnotatedSubclass extends Guarded {
    @RolesAllowed("auditor")
    public void audit() {}
  }

  static class UnprocessedWithParameters {
    @Authenticated
    public void put(String id, int version) {}
  }

  static class Outer {
    static class Inner {
      static class Deep {}
    }
  }

  private final Enforcer enforcer = new Enforcer(Authorizer.roles(), "Bearer", false, false);
  private final GuardBinder binder = new GuardBinder(enforcer);
  private LogCapture log;

  @BeforeEach
  void captureLog() {
    log = LogCapture.start();
  }

  @AfterEach
  void releaseLog() {
    log.close();
  }

  private static Method method(Class<?> type, String name, Class<?>... parameterTypes) {
    try {
      return type.getMethod(name, parameterTypes);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  private List<Registration> bind(Class<?> resourceClass, Method method) {
    RecordingFeatureContext context = new RecordingFeatureContext();
    binder.bind(RecordingFeatureContext.resource(resourceClass, method), context.context());
    return context.registrations();
  }

  private static void assertDeniesWith500(ContainerRequestFilter filter) {
    FakeRequest request = FakeRequest.with(FakeSecurityContext.user("root", "admin"));
    try {
      filter.filter(request.context());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertEquals(
        Response.Status.INTERNAL_SERVER_ERROR.getStatusCode(), request.abortResponse().getStatus());
  }

  @Nested
  class GeneratedName {

    @Test
    void topLevelClass() {
      assertEquals(
          "dev.bouncer.runtime.GuardBinderTest_BouncerGuards",
          GuardBinder.generatedName(GuardBinderTest.class));
      assertEquals("java.lang.String_BouncerGuards", GuardBinder.generatedName(String.class));
    }

    @Test
    void nestedClassesJoinedWithUnderscore() {
      assertEquals("java.util.Map_Entry_BouncerGuards", GuardBinder.generatedName(Map.Entry.class));
      assertEquals(
          "java.util.AbstractMap_SimpleEntry_BouncerGuards",
          GuardBinder.generatedName(AbstractMap.SimpleEntry.class));
    }

    @Test
    void deeplyNestedClass() {
      assertEquals(
          "dev.bouncer.runtime.GuardBinderTest_Outer_Inner_Deep_BouncerGuards",
          GuardBinder.generatedName(Outer.Inner.Deep.class));
    }

    @Test
    void namesWithUnderscoresGetTheirLengths() {
      // Under_Score nested in GuardBinderTest: without the lengths it would be the generated name
      // of a nested GuardBinderTest.Under.Score, or of a top-level GuardBinderTest_Under_Score.
      assertEquals(
          "dev.bouncer.runtime.GuardBinderTest_Under_Score_BouncerGuards_15_11",
          GuardBinder.generatedName(Under_Score.class));
    }

    @Test
    void localAndAnonymousClassesGetTheirLengths() {
      class Local {}
      Object anonymous = new Object() {};

      String local = GuardBinder.generatedName(Local.class);
      String anonymousName = GuardBinder.generatedName(anonymous.getClass());

      String localBinary = Local.class.getName();
      assertEquals(
          "dev.bouncer.runtime.GuardBinderTest_GeneratedName_"
              + localBinary.substring(localBinary.lastIndexOf('$') + 1)
              + "_BouncerGuards_15_13_"
              + (localBinary.length() - localBinary.lastIndexOf('$') - 1),
          local);
      assertTrue(anonymousName.matches(".*_BouncerGuards_15_13_[0-9]+"), anonymousName);
    }

    @Test
    void packageIsKept() {
      String name = GuardBinder.generatedName(Guarded.class);

      assertEquals("dev.bouncer.runtime.GuardBinderTest_Guarded_BouncerGuards", name);
      assertEquals(
          Guarded.class.getPackageName() + ".", name.substring(0, name.lastIndexOf('.') + 1));
    }
  }

  @Nested
  class FilterFor {

    @Test
    void usesTheGeneratedGuardWithTheBindersEnforcer() {
      ContainerRequestFilter filter =
          binder.filterFor(Guarded.class, method(Guarded.class, "read", String.class));

      Made made = assertInstanceOf(Made.class, filter);
      assertEquals("read[class java.lang.String]", made.signature());
      assertSame(enforcer, made.enforcer());
    }

    @Test
    void passesTheParameterTypesToTellOverloadsApart() {
      Made made = (Made) binder.filterFor(Guarded.class, method(Guarded.class, "read", int.class));

      assertEquals("read[int]", made.signature());
    }

    @Test
    void permitAllBindsNothing() {
      assertNull(binder.filterFor(Guarded.class, method(Guarded.class, "open")));
    }

    @Test
    void noPolicyBindsNothing() {
      assertNull(binder.filterFor(Guarded.class, method(Guarded.class, "plain")));
      assertTrue(log.records().isEmpty());
    }

    @Test
    void noPolicyOnAClassImplementingAnInterfaceBindsNothing() {
      assertEquals(List.of(), bind(GuardedWithApi.class, method(GuardedWithApi.class, "plain")));
    }
    @Test
    void noPolicyWithAnAnnotationOnAGenericInterfaceIsDenied() {
      List<Registration> registered =
          bind(GuardedGeneric.class, method(GuardedGeneric.class, "put", String.class));

      assertEquals(1, registered.size());
      assertInstanceOf(MissingPolicyGuard.class, registered.get(0).component());
    }

    @Test
    void noPolicyWithAnAnnotationOnASupertypeIsDeniedAndLogged() {
      ContainerRequestFilter filter =
          binder.filterFor(Guarded.class, method(Guarded.class, "annotatedOnSupertype"));

      assertInstanceOf(MissingPolicyGuard.class, filter);
      assertDeniesWith500(filter);
      assertEquals(1, log.records().size());
      String message = log.records().get(0).getMessage();
      assertTrue(message.contains("GuardBinderTest$Guarded.annotatedOnSupertype()"), message);
      assertTrue(message.contains("@DenyAll"), message);
      assertTrue(message.contains("older than the classes"), message);
    }

    @Test
    void anAnonymousClassWithAPolicyIsDeniedAndTheLogSaysWhy() {
      Object anonymous =
          new Object() {
            @dev.bouncer.Authenticated
            public String get() {
              return null;
            }
          };

      ContainerRequestFilter filter =
          binder.filterFor(anonymous.getClass(), method(anonymous.getClass(), "get"));

      assertInstanceOf(MissingPolicyGuard.class, filter);
      assertDeniesWith500(filter);
      String message = log.records().get(0).getMessage();
      assertTrue(message.contains("anonymous or local class"), message);
      assertTrue(message.contains("make it a named nested or top-level class"), message);
      assertFalse(message.contains("Rebuild"), message);
      assertFalse(message.contains("did not run"), message);
    }

    @Test
    void findsTheGeneratedGuardsOfASuperclass() {
      Made made =
          (Made)
              binder.filterFor(
                  GuardedSubclass.class, method(GuardedSubclass.class, "read", String.class));

      assertEquals("read[class java.lang.String]", made.signature());
    }

    @Test
    void annotatedMethodTheProcessorDidNotSeeIsDenied() {
      Method unseen = method(Guarded.class, "unseen");

      ContainerRequestFilter filter = binder.filterFor(Guarded.class, unseen);

      assertInstanceOf(MissingPolicyGuard.class, filter);
      assertDeniesWith500(filter);
      assertEquals(
          "MissingPolicyGuard[dev.bouncer.runtime.GuardBinderTest$Guarded.unseen()]",
          filter.toString());
    }

    @Test
    void unannotatedMethodTheProcessorDidNotSeeIsOpen() {
      assertNull(binder.filterFor(Guarded.class, method(Guarded.class, "unseenPlain")));
    }

    @Test
    void annotatedClassWithoutGeneratedGuardsIsDeniedAndLogged() {
      ContainerRequestFilter filter =
          binder.filterFor(Unprocessed.class, method(Unprocessed.class, "get"));

      assertInstanceOf(MissingPolicyGuard.class, filter);
      assertDeniesWith500(filter);
      assertEquals(1, log.records().size());
      assertEquals(Level.SEVERE, log.records().get(0).getLevel());
      String message = log.records().get(0).getMessage();
      assertTrue(message.contains("GuardBinderTest$Unprocessed.get()"), message);
      assertTrue(message.contains("@RequiresPermission"), message);
      assertTrue(message.contains("bouncer-processor"), message);
    }

    @Test
    void unannotatedClassWithoutGeneratedGuardsIsOpen() {
      assertNull(binder.filterFor(Unannotated.class, method(Unannotated.class, "get")));
      assertTrue(log.records().isEmpty());
    }

    @Test
    void aSubclassDeclaringAPolicyTheProcessorDidNotSeeIsDenied() {
      ContainerRequestFilter filter =
          binder.filterFor(
              AnnotatedSubclass.class, method(AnnotatedSubclass.class, "read", String.class));

      assertInstanceOf(MissingPolicyGuard.class, filter);
      assertDeniesWith500(filter);
      String message = log.records().get(0).getMessage();
      assertTrue(message.contains("GuardBinderTest$AnnotatedSubclass.read(String)"), message);
      assertTrue(message.contains("@RolesAllowed"), message);
      assertTrue(message.contains("its superclass dev.bouncer.runtime.GuardBinderTest$Guarded"), message);
    }

    @Test
    void theLogNamesEveryParameterType() {
      binder.filterFor(
          UnprocessedWithParameters.class,
          method(UnprocessedWithParameters.class, "put", String.class, int.class));

      String message = log.records().get(0).getMessage();
      assertTrue(message.contains("UnprocessedWithParameters.put(String, int)"), message);
    }

    @Test
    void generatedGuardsThatCannotBeCreatedFail() {
      Method get = method(Unconstructible.class, "get");

      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> binder.filterFor(Unconstructible.class, get));
      assertTrue(e.getMessage().contains("Unconstructible_BouncerGuards"), e.getMessage());
    }

    @Test
    void generatedGuardsForAnotherClassFail_namingBoth() {
      Method get = method(Impostor.class, "get");

      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> binder.filterFor(Impostor.class, get));
      assertTrue(
          e.getMessage()
              .contains(
                  "GuardBinderTest_Impostor_BouncerGuards was generated for the resource class"
                      + " dev.bouncer.runtime.GuardBinderTest_Impostor, not for"
                      + " dev.bouncer.runtime.GuardBinderTest$Impostor"),
          e.getMessage());
    }

    @Test
    void generatedGuardsThatDoNotNameTheirClassFail() {
      Method get = method(Legacy.class, "get");

      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> binder.filterFor(Legacy.class, get));
      assertTrue(e.getMessage().contains("does not say which resource class"), e.getMessage());
    }

    @Test
    void generatedGuardsOfAnotherContractVersionFail_sayingWhatToRebuild() {
      Method get = method(OldContract.class, "get");

      IllegalStateException e =
          assertThrows(
              IllegalStateException.class, () -> binder.filterFor(OldContract.class, get));
      assertTrue(
          e.getMessage().contains("was generated for version 1 of Bouncer's generated-code contract"),
          e.getMessage());
      assertTrue(e.getMessage().contains("this bouncer-runtime reads version 2"), e.getMessage());
      assertTrue(
          e.getMessage().contains("Rebuild dev.bouncer.runtime.GuardBinderTest$OldContract"),
          e.getMessage());
    }

    @Test
    void generatedGuardsOfAnotherContractVersion_areBoundAsA500_neverOpen() {
      List<Registration> registered = bind(OldContract.class, method(OldContract.class, "get"));

      assertEquals(1, registered.size(), registered.toString());
      assertInstanceOf(MissingPolicyGuard.class, registered.get(0).component());
      assertDeniesWith500((ContainerRequestFilter) registered.get(0).component());
    }

    @Test
    void generatedGuardsOfTheWrongTypeFail() {
      Method get = method(Mistyped.class, "get");

      assertThrows(IllegalStateException.class, () -> binder.filterFor(Mistyped.class, get));
    }

    @Test
    void generatedGuardsAreCreatedOncePerClass() {
      int before = GuardBinderTest_Guarded_BouncerGuards.INSTANCES.get();

      binder.filterFor(Guarded.class, method(Guarded.class, "read", String.class));
      binder.filterFor(Guarded.class, method(Guarded.class, "read", int.class));
      binder.filterFor(Guarded.class, method(Guarded.class, "open"));

      assertEquals(before + 1, GuardBinderTest_Guarded_BouncerGuards.INSTANCES.get());
    }
  }

  @Nested
  class Bind {

    @Test
    void registersTheGeneratedGuardAtAuthorizationPriority() {
      List<Registration> registered = bind(Guarded.class, method(Guarded.class, "read", int.class));

      assertEquals(1, registered.size());
      assertInstanceOf(Made.class, registered.get(0).component());
      assertEquals(Priorities.AUTHORIZATION, registered.get(0).priority());
    }

    @Test
    void registersNothingForAnOpenPolicy() {
      assertEquals(List.of(), bind(Guarded.class, method(Guarded.class, "open")));
      assertEquals(List.of(), bind(Guarded.class, method(Guarded.class, "plain")));
      assertEquals(List.of(), bind(Unannotated.class, method(Unannotated.class, "get")));
    }

    @Test
    void registersADenyingGuardWhenThePolicyIsMissing() {
      List<Registration> registered = bind(Unprocessed.class, method(Unprocessed.class, "get"));

      assertEquals(1, registered.size());
      assertInstanceOf(MissingPolicyGuard.class, registered.get(0).component());
      assertEquals(Priorities.AUTHORIZATION, registered.get(0).priority());
    }

    @Test
    void registersADenyingGuardWhenGeneratedGuardsCannotBeCreated() {
      for (Class<?> type : List.of(Unconstructible.class, Mistyped.class)) {
        List<Registration> registered = bind(type, method(type, "get"));

        assertEquals(1, registered.size(), type.getName());
        assertInstanceOf(MissingPolicyGuard.class, registered.get(0).component());
        assertDeniesWith500((ContainerRequestFilter) registered.get(0).component());
      }
      assertEquals(2, log.records().size());
      assertTrue(log.records().stream().allMatch(r -> r.getLevel() == Level.SEVERE));
      assertTrue(log.records().stream().allMatch(r -> r.getThrown() != null));
    }

    @Test
    void registersADenyingGuardWhenGeneratedGuardsAreForAnotherClass() {
      List<Registration> registered = bind(Impostor.class, method(Impostor.class, "get"));

      assertEquals(1, registered.size());
      assertInstanceOf(MissingPolicyGuard.class, registered.get(0).component());
      assertDeniesWith500((ContainerRequestFilter) registered.get(0).component());
      assertTrue(
          log.records().get(0).getThrown().getMessage().contains("GuardBinderTest$Impostor"),
          log.records().get(0).getThrown().getMessage());
    }

    @Test
    void registersADenyingGuardWhenGeneratedGuardsFailToInitialize() {
      Method get = method(Exploding.class, "get");

      // The first attempt fails in the static initializer, later ones with NoClassDefFoundError.
      for (int attempt = 0; attempt < 2; attempt++) {
        List<Registration> registered = bind(Exploding.class, get);

        assertEquals(1, registered.size());
        assertInstanceOf(MissingPolicyGuard.class, registered.get(0).component());
        assertInstanceOf(LinkageError.class, log.records().get(attempt).getThrown());
      }
    }

    @Test
    void ignoresIncompleteResourceInfo() {
      RecordingFeatureContext context = new RecordingFeatureContext();

      binder.bind(RecordingFeatureContext.resource(null, null), context.context());
      binder.bind(RecordingFeatureContext.resource(Unprocessed.class, null), context.context());
      binder.bind(
          RecordingFeatureContext.resource(null, method(Unprocessed.class, "get")),
          context.context());

      assertEquals(List.of(), context.registrations());
    }
  }
}
