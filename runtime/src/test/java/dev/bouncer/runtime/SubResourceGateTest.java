package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.runtime.spi.Enforcer;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The gate that decides requests reaching a resource method through sub-resource locators. The
 * resource classes below have hand-written stand-ins for their generated guards beside this file.
 */
class SubResourceGateTest {

  static class Root {
    public Child admin() {
      return new Child();
    }

    public Child tenant() {
      return new Child();
    }

    public Child open() {
      return new Child();
    }
  }

  static class Child {
    public void get() {}

    public void open() {}

    public void plain() {}

    public void foreign() {}

    @jakarta.ws.rs.OPTIONS
    public void preflight() {}
  }

  static class Grand {
    public void get() {}

    public void fails() {}
  }

  /** Returned by a locator whose generated filter cannot be combined. */
  static class Foreign {
    public void get() {}
  }

  /** A subclass of Root the processor never saw (a proxy, say): Root's locators hold. */
  static class RootProxy extends Root {}

  /** A subclass of Root the processor never saw that declares a policy: deny. */
  static class AnnotatedRootSubclass extends Root {
    @RolesAllowed("x")
    public void extra() {}
  }

  /** A parent the processor never saw, with no policy annotations: its locators are open. */
  static class Unprocessed {}

  /** A parent the processor never saw although it carries a policy: deny, never serve open. */
  @RolesAllowed("admin")
  static class UnprocessedAnnotated {}

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

  private static Method method(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A gate as the server would have it after injecting {@code ResourceInfo}, on a server like
   * RESTEasy 6 whose matched URIs may rule out candidate locators.
   */
  private SubResourceGate gate(Method resourceMethod) {
    return gate(resourceMethod, MatchedLocators.MATCHED_URIS);
  }

  private SubResourceGate gate(Method resourceMethod, MatchedLocators server) {
    SubResourceGate gate = new SubResourceGate(binder, server);
    ResourceInfo info =
        RecordingFeatureContext.resource(
            resourceMethod == null ? null : resourceMethod.getDeclaringClass(), resourceMethod);
    inject(gate, info);
    return gate;
  }

  private static void inject(SubResourceGate gate, ResourceInfo info) {
    try {
      Field field = SubResourceGate.class.getDeclaredField("resourceInfo");
      field.setAccessible(true);
      field.set(gate, info);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static FakeRequest request(SecurityContext caller, FakeUriInfo uri) {
    return FakeRequest.with(caller).uriInfo(uri.build());
  }

  /** Runs the gate; returns the status it aborted with, or 0 when it let the request through. */
  private static int run(SubResourceGate gate, FakeRequest request) {
    gate.filter(request.context());
    return request.aborted() ? request.abortResponse().getStatus() : 0;
  }

  /** Root -(locator consuming {@code segment})-> Child, resource method Child.{@code name}. */
  private static FakeUriInfo viaRoot(String segment, String name) {
    return new FakeUriInfo()
        .resources(new Child(), new Root())
        .uris("root/" + segment + "/" + name, "root/" + segment, "root")
        .requestUri("http://127.0.0.1/root/" + segment + "/" + name);
  }

  @Nested
  class PassesUntouched {

    @Test
    void aRootResourceMethodIsLeftToItsOwnFilter() {
      FakeRequest request =
          request(FakeSecurityContext.anonymous(), new FakeUriInfo().resources(new Child()));

      assertEquals(0, run(gate(method(Child.class, "get")), request));
      assertNull(request.property(Enforcer.DECIDED), "the method's own filter must still decide");
    }

    @Test
    void noMatchedResourceAtAll() {
      FakeRequest request = request(FakeSecurityContext.anonymous(), new FakeUriInfo());

      assertEquals(0, run(gate(method(Child.class, "get")), request));
      assertNull(request.property(Enforcer.DECIDED));
    }

    @Test
    void aRequestThisConfigurationDecidedAlreadyIsNotReadAgain() {
      // No UriInfo: reading it would throw and deny with 500.
      FakeRequest request = FakeRequest.with(FakeSecurityContext.anonymous());
      request.context().setProperty(Enforcer.DECIDED, enforcer);

      assertEquals(0, run(gate(method(Child.class, "get")), request));
    }

    @Test
    void aDecisionOfAnotherConfigurationDoesNotCount() {
      FakeRequest request =
          request(FakeSecurityContext.anonymous(), viaRoot("admin", "get"));
      request
          .context()
          .setProperty(Enforcer.DECIDED, new Enforcer(Authorizer.roles(), "Bearer", false, false));

      assertEquals(401, run(gate(method(Child.class, "get")), request));
    }
  }

  @Nested
  class OneLocator {

    /** Apache CXF 4.2 lists the matched resources' classes, not instances: still checked. */
    @Test
    void matchedResourcesListedAsClassesAreCheckedToo() {
      FakeUriInfo asClasses =
          new FakeUriInfo()
              .resources(Child.class, Root.class)
              .uris("root/admin/get", "root/admin", "root")
              .requestUri("http://127.0.0.1/root/admin/get");

      assertEquals(401, run(gate(method(Child.class, "get")), request(FakeSecurityContext.anonymous(), asClasses)));
      assertEquals(
          403,
          run(
              gate(method(Child.class, "get")),
              request(FakeSecurityContext.user("ann", "reader"), asClasses)));
    }

    @Test
    void theLocatorsPolicyIsCheckedFirst() {
      FakeRequest request =
          request(FakeSecurityContext.user("ann", "reader"), viaRoot("admin", "get"));

      assertEquals(403, run(gate(method(Child.class, "get")), request));
      assertNull(request.property(Enforcer.DECIDED));
    }

    @Test
    void anAnonymousCallerGets401() {
      FakeRequest request = request(FakeSecurityContext.anonymous(), viaRoot("admin", "get"));

      assertEquals(401, run(gate(method(Child.class, "get")), request));
    }

    @Test
    void theResourceMethodsOwnPolicyHoldsToo() {
      FakeRequest request =
          request(FakeSecurityContext.user("ann", "admin"), viaRoot("admin", "get"));

      assertEquals(403, run(gate(method(Child.class, "get")), request));
    }

    @Test
    void bothPoliciesMetLetsTheRequestThroughAndMarksItDecided() {
      FakeRequest request =
          request(FakeSecurityContext.user("ann", "admin", "reader"), viaRoot("admin", "get"));

      assertEquals(0, run(gate(method(Child.class, "get")), request));
      assertSame(enforcer, request.property(Enforcer.DECIDED));
    }

    @Test
    void theLocatorTheRequestWentThroughIsTheOneThatHolds() {
      SecurityContext tenantReader = FakeSecurityContext.user("ann", "tenant", "reader");

      assertEquals(
          0, run(gate(method(Child.class, "get")), request(tenantReader, viaRoot("tenants/acme", "get"))));
      assertEquals(
          403, run(gate(method(Child.class, "get")), request(tenantReader, viaRoot("admin", "get"))));
    }

    @Test
    void anOpenLocatorLeavesOnlyTheMethodsPolicy() {
      assertEquals(
          0,
          run(
              gate(method(Child.class, "get")),
              request(FakeSecurityContext.user("ann", "reader"), viaRoot("public", "get"))));
      assertEquals(
          403,
          run(
              gate(method(Child.class, "get")),
              request(FakeSecurityContext.user("ann"), viaRoot("public", "get"))));
    }

    @Test
    void anOpenMethodBehindAGuardedLocator() {
      assertEquals(
          403,
          run(
              gate(method(Child.class, "open")),
              request(FakeSecurityContext.user("ann"), viaRoot("admin", "open"))));
      FakeRequest allowed = request(FakeSecurityContext.user("ann", "admin"), viaRoot("admin", "open"));
      assertEquals(0, run(gate(method(Child.class, "open")), allowed));
      assertSame(enforcer, allowed.property(Enforcer.DECIDED));
    }

    @Test
    void whenTheConsumedPathCannotBeToldEveryLocatorHolds() {
      // The matched URIs do not nest (a server that reports them encoded differently, say).
      FakeUriInfo unrelated =
          new FakeUriInfo()
              .resources(new Child(), new Root())
              .uris("other/admin/get", "other/admin", "root");
      SecurityContext admin = FakeSecurityContext.user("ann", "admin", "reader");
      SecurityContext all = FakeSecurityContext.user("ann", "admin", "tenant", "reader");

      assertEquals(403, run(gate(method(Child.class, "get")), request(admin, unrelated)));
      assertEquals(0, run(gate(method(Child.class, "get")), request(all, unrelated)));
    }

    @Test
    void whenTheServerListsTooFewUrisEveryLocatorHolds() {
      FakeUriInfo few = new FakeUriInfo().resources(new Child(), new Root()).uris("root");
      SecurityContext admin = FakeSecurityContext.user("ann", "admin", "reader");
      SecurityContext all = FakeSecurityContext.user("ann", "admin", "tenant", "reader");

      assertEquals(403, run(gate(method(Child.class, "get")), request(admin, few)));
      assertEquals(0, run(gate(method(Child.class, "get")), request(all, few)));
    }

    @Test
    void theInnermostUriCountsWhenTheMethodHasNoPathOfItsOwn() {
      FakeUriInfo uri =
          new FakeUriInfo().resources(new Child(), new Root()).uris("root/admin", "root");

      assertEquals(
          0,
          run(
              gate(method(Child.class, "get")),
              request(FakeSecurityContext.user("ann", "admin", "reader"), uri)));
    }

    @Test
    void aLocatorOnTheEmptyPathIsNeverSingledOut() {
      SecurityContext admin = FakeSecurityContext.user("ann", "admin");
      SecurityContext both = FakeSecurityContext.user("ann", "admin", "tenant");
      FakeUriInfo throughEmpty =
          new FakeUriInfo().resources(new Foreign(), new Root()).uris("root", "root");
      FakeUriInfo unrelated =
          new FakeUriInfo().resources(new Foreign(), new Root()).uris("elsewhere/acme", "root");
      FakeUriInfo tooFew = new FakeUriInfo().resources(new Foreign(), new Root()).uris("root");

      // A locator on "/" consumes nothing the matched URIs show, so it cannot be singled out:
      // both hold (stricter, never weaker). Neither may "/" be taken as matched when what was
      // consumed is unknown.
      assertEquals(403, run(gate(method(Foreign.class, "get")), request(admin, throughEmpty)));
      assertEquals(0, run(gate(method(Foreign.class, "get")), request(both, throughEmpty)));
      assertEquals(403, run(gate(method(Foreign.class, "get")), request(admin, unrelated)));
      assertEquals(403, run(gate(method(Foreign.class, "get")), request(admin, tooFew)));
      assertEquals(0, run(gate(method(Foreign.class, "get")), request(both, unrelated)));
    }

    @Test
    void matchedUrisWithSlashesAreCompared() {
      FakeUriInfo slashed =
          new FakeUriInfo()
              .resources(new Child(), new Root())
              .uris("/root/admin/get/", "/root/admin/", "/root/");

      assertEquals(
          0,
          run(
              gate(method(Child.class, "get")),
              request(FakeSecurityContext.user("ann", "admin", "reader"), slashed)));
    }
  }

  @Nested
  class TwoLocators {

    /** Root -admin-> Child -{@code segment}-> Grand, with a repeated URI as Jersey reports it. */
    private FakeUriInfo viaChild(String segment) {
      return new FakeUriInfo()
          .resources(new Grand(), new Child(), new Root())
          .uris(
              "root/admin/" + segment,
              "root/admin/" + segment,
              "root/admin",
              "root/admin",
              "root");
    }

    @Test
    void everyLocatorOnTheWayHoldsOutermostFirst() {
      assertEquals(
          0,
          run(
              gate(method(Grand.class, "get")),
              request(FakeSecurityContext.user("ann", "admin", "x"), viaChild("zz"))));
      assertEquals(
          403,
          run(
              gate(method(Grand.class, "get")),
              request(FakeSecurityContext.user("ann", "x"), viaChild("zz"))));
      assertEquals(
          403,
          run(
              gate(method(Grand.class, "get")),
              request(FakeSecurityContext.user("ann", "admin"), viaChild("zz"))));
    }

    @Test
    void theFirstDenialIsTheAnswerAndNothingAfterItIsAsked() {
      FakeSecurityContext caller = FakeSecurityContext.user("ann");
      FakeRequest request = request(caller, viaChild("b"));

      assertEquals(403, run(gate(method(Grand.class, "get")), request));
      assertEquals(List.of("admin"), caller.askedRoles());
    }

    @Test
    void repeatedUrisDoNotShiftWhatEachLocatorConsumed() {
      // "b" spells the literal exactly, which the matching algorithm ranks above "{x}": role x is
      // not needed. Were the repeated "root/admin" kept, the inner locator would seem to consume
      // "" and both would hold.
      assertEquals(
          0,
          run(
              gate(method(Grand.class, "get")),
              request(FakeSecurityContext.user("ann", "admin", "b"), viaChild("b"))));
      assertEquals(
          0,
          run(
              gate(method(Grand.class, "get")),
              request(FakeSecurityContext.user("ann", "admin", "x"), viaChild("zz"))));
      assertEquals(
          403,
          run(
              gate(method(Grand.class, "get")),
              request(FakeSecurityContext.user("ann", "admin", "b"), viaChild("zz"))));
    }

    @Test
    void anEncodedOrMatrixReadingKeepsEveryCandidateItFits() {
      // "%62" and "b;m=1" may have been matched by "b" or by "{x}": both hold.
      for (String segment : List.of("%62", "b;m=1")) {
        assertEquals(
            403,
            run(
                gate(method(Grand.class, "get")),
                request(FakeSecurityContext.user("ann", "admin", "b"), viaChild(segment))),
            segment);
        assertEquals(
            0,
            run(
                gate(method(Grand.class, "get")),
                request(FakeSecurityContext.user("ann", "admin", "b", "x"), viaChild(segment))),
            segment);
      }
    }

    @Test
    void aLocatorWithoutPolicyAmongGuardedOnes() {
      assertEquals(
          0,
          run(
              gate(method(Grand.class, "get")),
              request(FakeSecurityContext.user("ann", "admin"), viaChild("n"))));
    }

    @Test
    void aDifferentParentDecidesByItsOwnLocators() {
      FakeUriInfo direct =
          new FakeUriInfo().resources(new Grand(), new Root()).uris("root/other", "root");

      assertEquals(
          0,
          run(gate(method(Grand.class, "get")), request(FakeSecurityContext.user("o", "other"), direct)));
      assertEquals(
          403,
          run(gate(method(Grand.class, "get")), request(FakeSecurityContext.user("o", "admin"), direct)));
    }

    @Test
    void aParentSeenThroughAnUnannotatedSubclassKeepsItsLocators() {
      FakeUriInfo uri =
          new FakeUriInfo().resources(new Child(), new RootProxy()).uris("root/admin/get", "root/admin", "root");

      assertEquals(
          403,
          run(gate(method(Child.class, "get")), request(FakeSecurityContext.user("a", "reader"), uri)));
      assertEquals(
          0,
          run(
              gate(method(Child.class, "get")),
              request(FakeSecurityContext.user("a", "admin", "reader"), uri)));
    }

    @Test
    void theLocatorsOfAPairAreLookedUpOnce() {
      int before = SubResourceGateTest_Root_BouncerGuards.LOCATOR_LOOKUPS.get();
      SubResourceGate gate = gate(method(Child.class, "get"));

      for (int i = 0; i < 3; i++) {
        run(gate, request(FakeSecurityContext.user("ann", "admin", "reader"), viaRoot("admin", "get")));
      }

      assertEquals(before + 1, SubResourceGateTest_Root_BouncerGuards.LOCATOR_LOOKUPS.get());
    }
  }

  /** A server that says which locators it invoked, as Jersey does. */
  private static MatchedLocators saying(MatchedLocators.Invoked... invoked) {
    return new MatchedLocators() {
      @Override
      List<?> invoked(jakarta.ws.rs.core.UriInfo uriInfo) {
        // innermost first, as Jersey lists them
        List<Invoked> innermostFirst = new java.util.ArrayList<>(List.of(invoked));
        java.util.Collections.reverse(innermostFirst);
        return innermostFirst;
      }
    };
  }

  private static MatchedLocators.Invoked locator(Class<?> type, String name) {
    return new MatchedLocators.Invoked(type, method(type, name));
  }

  @Nested
  class ServerSaysWhichLocatorRan {

    @Test
    void theInvokedLocatorsPolicyHoldsWhateverThePathLooksLike() {
      // The matched URIs say "public" (open), the server says admin() ran: admin holds.
      SubResourceGate gate = gate(method(Child.class, "get"), saying(locator(Root.class, "admin")));

      assertEquals(401, run(gate, request(FakeSecurityContext.anonymous(), viaRoot("public", "get"))));
      assertEquals(
          403, run(gate, request(FakeSecurityContext.user("a", "tenant", "reader"), viaRoot("public", "get"))));
      FakeRequest allowed = request(FakeSecurityContext.user("a", "admin", "reader"), viaRoot("public", "get"));
      assertEquals(0, run(gate, allowed));
      assertSame(enforcer, allowed.property(Enforcer.DECIDED));
    }

    @Test
    void onlyTheInvokedLocatorHolds() {
      // The path says "admin", the server says open() ran: no locator policy, the method's holds.
      SubResourceGate gate = gate(method(Child.class, "get"), saying(locator(Root.class, "open")));
      FakeSecurityContext reader = FakeSecurityContext.user("a", "reader");

      assertEquals(0, run(gate, request(reader, viaRoot("admin", "get"))));
      assertEquals(List.of("reader"), reader.askedRoles());
      assertEquals(
          403, run(gate, request(FakeSecurityContext.user("a", "admin"), viaRoot("admin", "get"))));
    }

    @Test
    void noLocatorInvokedLeavesTheRequestToTheMethodsOwnFilter() {
      FakeRequest request = request(FakeSecurityContext.anonymous(), viaRoot("admin", "get"));

      assertEquals(0, run(gate(method(Child.class, "get"), saying()), request));
      assertNull(request.property(Enforcer.DECIDED));
    }

    @Test
    void theServersOwnOptionsAnswerIsNotChecked() throws Exception {
      // Jersey answers OPTIONS with an inflector of its own: no application method runs.
      Method inflector = Runnable.class.getMethod("run");
      FakeRequest options =
          request(FakeSecurityContext.anonymous(), viaRoot("admin", "get")).method("OPTIONS");

      assertEquals(0, run(gate(inflector, saying(locator(Root.class, "admin"))), options));
      assertNull(options.property(Enforcer.DECIDED));
    }

    @Test
    void anOptionsMethodOfTheApplicationIsChecked() throws Exception {
      FakeRequest options =
          request(FakeSecurityContext.anonymous(), viaRoot("admin", "preflight")).method("OPTIONS");

      assertEquals(
          401,
          run(gate(method(Child.class, "preflight"), saying(locator(Root.class, "admin"))), options));
    }

    @Test
    void theServersOwnHandlerForAnotherMethodIsStillBehindTheLocator() throws Exception {
      Method handler = Runnable.class.getMethod("run");
      FakeRequest get = request(FakeSecurityContext.anonymous(), viaRoot("admin", "get"));

      assertEquals(401, run(gate(handler, saying(locator(Root.class, "admin"))), get));
    }
  }

  @Nested
  class ServerCannotSay {

    @Test
    void everyCandidateLocatorHolds() {
      // No adapter at all: nothing rules "admin" or "tenants/{t}" out, even through "public".
      SubResourceGate gate = gate(method(Child.class, "get"), MatchedLocators.UNKNOWN);

      assertEquals(
          403, run(gate, request(FakeSecurityContext.user("a", "admin", "reader"), viaRoot("public", "get"))));
      assertEquals(
          0,
          run(
              gate,
              request(FakeSecurityContext.user("a", "admin", "tenant", "reader"), viaRoot("public", "get"))));
    }
  }

  @Nested
  class FailsClosed {

    private void assertFailedAndLogged(FakeRequest request, SubResourceGate gate, String logged) {
      assertEquals(500, run(gate, request));
      assertNull(request.property(Enforcer.DECIDED));
      LogRecord last = log.records().get(log.records().size() - 1);
      assertEquals(Level.SEVERE, last.getLevel());
      assertTrue(last.getMessage().contains(logged), last.getMessage());
    }

    @Test
    void withoutResourceInfo() {
      SubResourceGate gate = new SubResourceGate(binder);
      FakeRequest request =
          request(FakeSecurityContext.user("ann", "admin", "reader"), viaRoot("admin", "get"));

      assertFailedAndLogged(request, gate, "/root/admin/get");
      assertInstanceOf(IllegalStateException.class, log.records().get(0).getThrown());
    }

    @Test
    void withoutAResourceMethod() {
      FakeRequest request =
          request(FakeSecurityContext.user("ann", "admin", "reader"), viaRoot("admin", "get"));

      assertFailedAndLogged(request, gate(null), "the sub-resource path /root/admin/get");
    }

    @Test
    void aCheckThatThrows() {
      FakeUriInfo uri =
          new FakeUriInfo()
              .resources(new Grand(), new Root())
              .uris("root/other", "root")
              .requestUri("http://127.0.0.1/root/other");

      assertFailedAndLogged(
          request(FakeSecurityContext.user("o", "other"), uri),
          gate(method(Grand.class, "fails")),
          "/root/other");
      assertEquals("authorizer is down", log.records().get(0).getThrown().getMessage());
    }

    @Test
    void aParentWhoseLocatorsDoNotKnowTheChild() {
      // Child's generated guards know no locator returning Root: stale generated code.
      FakeUriInfo uri =
          new FakeUriInfo().resources(new Root(), new Child()).uris("c/r", "c");

      SubResourceGate gate = gate(method(Child.class, "get"));
      assertEquals(500, run(gate, request(FakeSecurityContext.user("a", "reader"), uri)));
      assertEquals(500, run(gate, request(FakeSecurityContext.user("a", "reader"), uri)));
      assertEquals(1, log.records().size(), "logged once at start-up, not per request");
      assertTrue(log.records().get(0).getMessage().contains("older than the classes"));
    }

    @Test
    void aParentWhoseGeneratedGuardsCannotBeCreated() {
      FakeUriInfo uri =
          new FakeUriInfo().resources(new Child(), new GuardBinderTest.Unconstructible()).uris("u/x", "u");

      assertEquals(
          500,
          run(gate(method(Child.class, "get")), request(FakeSecurityContext.user("a", "reader"), uri)));
      assertEquals(1, log.records().size(), "logged once at start-up, not per request");
      assertInstanceOf(IllegalStateException.class, log.records().get(0).getThrown());
      assertTrue(log.records().get(0).getMessage().contains("could not load"));
    }

    @Test
    void aParentWithNoLocatorForTheChild() {
      FakeUriInfo uri = new FakeUriInfo().resources(new Foreign(), new Grand()).uris("g/f", "g");

      assertEquals(
          500,
          run(gate(method(Foreign.class, "get")), request(FakeSecurityContext.user("a", "admin"), uri)));
    }

    @Test
    void aLocatorFilterThatCannotBeCombined() {
      FakeUriInfo uri =
          new FakeUriInfo().resources(new Foreign(), new Child()).uris("c/foreign", "c");

      assertEquals(
          500,
          run(gate(method(Foreign.class, "get")), request(FakeSecurityContext.user("a", "admin"), uri)));
      assertTrue(log.records().get(0).getMessage().contains("cannot combine"));
    }

    @Test
    void aMethodFilterThatCannotBeCombined() {
      FakeRequest request =
          request(FakeSecurityContext.user("ann", "admin", "reader"), viaRoot("admin", "foreign"));

      assertEquals(500, run(gate(method(Child.class, "foreign")), request));
    }

    @Test
    void aSubclassOfAProcessedParentThatDeclaresAPolicyOfItsOwn() {
      FakeUriInfo uri =
          new FakeUriInfo()
              .resources(new Child(), new AnnotatedRootSubclass())
              .uris("root/admin/get", "root/admin", "root");

      assertEquals(
          500,
          run(
              gate(method(Child.class, "get")),
              request(FakeSecurityContext.user("a", "admin", "reader", "x"), uri)));
      assertTrue(log.records().get(0).getMessage().contains("@RolesAllowed"));
    }

    @Test
    void anAnnotatedParentThatWasNotProcessed() {
      FakeUriInfo uri =
          new FakeUriInfo().resources(new Child(), new UnprocessedAnnotated()).uris("u/x", "u");

      assertEquals(
          500,
          run(gate(method(Child.class, "get")), request(FakeSecurityContext.user("a", "admin", "reader"), uri)));
      assertEquals(1, log.records().size(), "logged once at start-up, not per request");
      String message = log.records().get(0).getMessage();
      assertTrue(message.contains("@RolesAllowed"), message);
      assertTrue(message.contains("did not run"), message);
    }
  }

  @Nested
  class UnprocessedParents {

    @Test
    void anUnannotatedParentNeverSeenByTheProcessorAddsNoCheck() {
      FakeUriInfo uri =
          new FakeUriInfo()
              .resources(new Child(), new SubResourceGateTest.Unprocessed())
              .uris("u/x/get", "u/x", "u");

      assertEquals(
          0,
          run(gate(method(Child.class, "get")), request(FakeSecurityContext.user("a", "reader"), uri)));
      assertEquals(
          403,
          run(gate(method(Child.class, "get")), request(FakeSecurityContext.user("a"), uri)));
      assertTrue(log.records().isEmpty());
    }

    @Test
    void aMethodWithoutPolicyBehindAnUnannotatedParentPasses() {
      FakeUriInfo uri =
          new FakeUriInfo()
              .resources(new Child(), new SubResourceGateTest.Unprocessed())
              .uris("u/x/plain", "u/x", "u");
      FakeRequest request = request(FakeSecurityContext.anonymous(), uri);

      assertEquals(0, run(gate(method(Child.class, "plain")), request));
      assertSame(enforcer, request.property(Enforcer.DECIDED));
    }
  }

  @Test
  void describesItself() {
    assertEquals("SubResourceGate", new SubResourceGate(binder).toString());
    assertFalse(log.records().iterator().hasNext());
  }
}
