package dev.bouncer.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.FakeRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A decision is about one caller: an identity that changes while it is made denies with 500. */
class GuardPrincipalTest {
  private static final Enforcer ENFORCER =
      new Enforcer(Authorizer.roles(), "Bearer realm=\"t\"", false, false);

  private static final class AllowAll extends Guard {
    AllowAll() {
      super(ENFORCER, "GET /x", "x");
    }

    @Override
    protected boolean permits(SecurityContext caller, ContainerRequestContext request) {
      return true;
    }
  }

  private static SecurityContext context(Supplier<Principal> principals) {
    return new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return principals.get();
      }

      @Override
      public boolean isUserInRole(String role) {
        return false;
      }

      @Override
      public boolean isSecure() {
        return false;
      }

      @Override
      public String getAuthenticationScheme() {
        return "test";
      }
    };
  }

  private static Principal named(String name) {
    return () -> name;
  }

  @Test
  void principalSwappedForAnotherUser_is500() {
    AtomicInteger calls = new AtomicInteger();
    FakeRequest request =
        FakeRequest.with(context(() -> named(calls.getAndIncrement() == 0 ? "ann" : "mallory")));

    new AllowAll().filter(request.context());

    assertEquals(500, request.abortResponse().getStatus());
  }

  @Test
  void principalGoneAfterTheCheck_is500() {
    AtomicInteger calls = new AtomicInteger();
    FakeRequest request =
        FakeRequest.with(context(() -> calls.getAndIncrement() == 0 ? named("ann") : null));

    new AllowAll().filter(request.context());

    assertEquals(500, request.abortResponse().getStatus());
  }

  @Test
  void aNewButEqualPrincipalObjectPerCall_isTheSameCaller() {
    // Some security contexts build a new principal on every call; the same name is the same caller.
    FakeRequest request = FakeRequest.with(context(() -> named("ann")));

    assertNull(new AllowAll().denial(request.context()));
    new AllowAll().filter(request.context());

    assertEquals(false, request.aborted());
  }

  @Test
  void decidedAlreadyWithTheSameEnforcer_isNotAskedAgain() {
    AtomicInteger asked = new AtomicInteger();
    Guard counting =
        new Guard(ENFORCER, "GET /x", "x") {
          @Override
          protected boolean permits(SecurityContext caller, ContainerRequestContext request) {
            asked.incrementAndGet();
            return false;
          }
        };
    FakeRequest decided = FakeRequest.with(context(() -> named("ann")));
    decided.context().setProperty(Enforcer.DECIDED, ENFORCER);
    FakeRequest byAnother = FakeRequest.with(context(() -> named("ann")));
    byAnother.context().setProperty(
        Enforcer.DECIDED, new Enforcer(Authorizer.roles(), "Bearer realm=\"t\"", false, false));

    counting.filter(decided.context());
    counting.filter(byAnother.context());

    assertEquals(false, decided.aborted(), "decided by the gate with this configuration");
    assertEquals(403, byAnother.abortResponse().getStatus(), "another configuration decides again");
    assertEquals(1, asked.get());
  }
}
