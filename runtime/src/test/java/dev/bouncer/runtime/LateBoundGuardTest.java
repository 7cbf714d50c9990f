package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.runtime.RecordingFeatureContext.Registration;
import dev.bouncer.runtime.spi.Enforcer;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The filter bound when the server names an interface or abstract class as the resource class:
 * it finds the policy of the matched instance's class per request. The implementations reuse the
 * hand-written generated guards of {@link SubResourceGateTest}.
 */
class LateBoundGuardTest {

  interface Api {
    void get();
  }

  abstract static class AbstractApi implements Api {}

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

  /** Runs the guard on a request whose matched resource is {@code instance}. */
  private int run(Method method, SecurityContext caller, Object... matched) {
    FakeRequest request =
        FakeRequest.with(caller).uriInfo(new FakeUriInfo().resources(matched).build());
    new LateBoundGuard(binder, method).filter(request.context());
    return request.aborted() ? request.abortResponse().getStatus() : 0;
  }

  @Test
  void bindingAnInterfaceOrAbstractClassRegistersALateBoundGuard() {
    for (Class<?> type : List.of(Api.class, AbstractApi.class)) {
      RecordingFeatureContext context = new RecordingFeatureContext();
      binder.bind(RecordingFeatureContext.resource(type, method(type, "get")), context.context());

      List<Registration> registered = context.registrations();
      assertEquals(1, registered.size(), type.getName());
      LateBoundGuard guard = assertInstanceOf(LateBoundGuard.class, registered.get(0).component());
      assertEquals(Priorities.AUTHORIZATION, registered.get(0).priority());
      assertTrue(guard.toString().startsWith("LateBoundGuard[public abstract void "), guard.toString());
      assertTrue(guard.toString().endsWith("Api.get()]"), guard.toString());
    }
  }

  @Test
  void enforcesThePolicyOfTheMatchedInstancesClass() {
    Method get = method(Api.class, "get");

    assertEquals(0, run(get, FakeSecurityContext.user("ann", "reader"), new SubResourceGateTest.Child()));
    assertEquals(403, run(get, FakeSecurityContext.user("ann"), new SubResourceGateTest.Child()));
    assertEquals(401, run(get, FakeSecurityContext.anonymous(), new SubResourceGateTest.Child()));
  }

  @Test
  void aMatchedResourceListedAsItsClassIsThatClass() {
    // Apache CXF lists matched resources as classes (UriInfoImpl.getMatchedResources): taking the
    // class of such an entry found no policy at all (java.lang.Class has none), and the method ran.
    Method get = method(Api.class, "get");

    assertEquals(403, run(get, FakeSecurityContext.user("ann"), SubResourceGateTest.Child.class));
    assertEquals(401, run(get, FakeSecurityContext.anonymous(), SubResourceGateTest.Child.class));
    assertEquals(
        0, run(get, FakeSecurityContext.user("ann", "reader"), SubResourceGateTest.Child.class));
  }

  @Test
  void usesTheInnermostMatchedResource() {
    Method get = method(Api.class, "get");

    assertEquals(
        403,
        run(
            get,
            FakeSecurityContext.user("ann"),
            new SubResourceGateTest.Child(),
            new SubResourceGateTest.Grand()));
    assertEquals(
        0,
        run(
            get,
            FakeSecurityContext.user("ann"),
            new SubResourceGateTest.Grand(),
            new SubResourceGateTest.Child()));
  }

  @Test
  void anOpenMethodOfTheMatchedClassPasses() {
    assertEquals(
        0, run(method(Api.class, "get"), FakeSecurityContext.anonymous(), new SubResourceGateTest.Grand()));
  }

  @Test
  void aRequestThisConfigurationDecidedAlreadyIsNotReadAgain() {
    FakeRequest request = FakeRequest.with(FakeSecurityContext.anonymous());
    request.context().setProperty(Enforcer.DECIDED, enforcer);

    new LateBoundGuard(binder, method(Api.class, "get")).filter(request.context());

    assertFalse(request.aborted());
  }

  @Test
  void aDecisionOfAnotherConfigurationDoesNotCount() {
    FakeRequest request =
        FakeRequest.with(FakeSecurityContext.anonymous())
            .uriInfo(new FakeUriInfo().resources(new SubResourceGateTest.Child()).build());
    request
        .context()
        .setProperty(Enforcer.DECIDED, new Enforcer(Authorizer.roles(), "Bearer", false, false));

    new LateBoundGuard(binder, method(Api.class, "get")).filter(request.context());

    assertEquals(401, request.abortResponse().getStatus());
  }

  @Test
  void withoutAMatchedResourceItDeniesWith500AndLogs() {
    assertEquals(500, run(method(Api.class, "get"), FakeSecurityContext.user("ann", "reader")));
    assertEquals(1, log.records().size());
    assertTrue(log.records().get(0).getMessage().contains("Api.get()"));
    assertInstanceOf(IllegalStateException.class, log.records().get(0).getThrown());
  }

  @Test
  void aCheckThatThrowsDeniesWith500() {
    Method fails = method(SubResourceGateTest.Grand.class, "fails");

    assertEquals(500, run(fails, FakeSecurityContext.user("ann"), new SubResourceGateTest.Grand()));
    assertEquals("authorizer is down", log.records().get(0).getThrown().getMessage());
  }
}
