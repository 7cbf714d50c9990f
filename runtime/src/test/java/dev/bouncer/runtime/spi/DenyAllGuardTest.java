package dev.bouncer.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.bouncer.runtime.FakeRequest;
import dev.bouncer.runtime.FakeSecurityContext;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.List;
import org.junit.jupiter.api.Test;

class DenyAllGuardTest {
  private final Enforcer enforcer =
      new Enforcer((caller, required) -> true, "Bearer realm=\"api\"", true, true);
  private final DenyAllGuard guard = new DenyAllGuard(enforcer, "DELETE /orders/{id}");

  @Test
  void deniesAnIdentifiedCallerWhomTheAuthorizerWouldAllow() {
    FakeRequest request = FakeRequest.with(FakeSecurityContext.user("root", "admin"));

    guard.filter(request.context());

    EnforcerTest.problem(request.abortResponse(), 403);
    assertNull(request.abortResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
  }

  @Test
  void deniesAnonymousCallersWith403Not401() {
    for (FakeRequest request :
        List.of(FakeRequest.with(FakeSecurityContext.anonymous()), FakeRequest.with(null))) {
      guard.filter(request.context());

      EnforcerTest.problem(request.abortResponse(), 403);
      assertNull(request.abortResponse().getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }
  }

  @Test
  void neverAsksTheAuthorizer() {
    Enforcer throwing =
        new Enforcer(
            (caller, required) -> {
              throw new AssertionError("asked");
            },
            "Bearer realm=\"api\"",
            false,
            false);
    FakeRequest request = FakeRequest.with(FakeSecurityContext.user("ann"));

    new DenyAllGuard(throwing, "GET /x").filter(request.context());

    EnforcerTest.problem(request.abortResponse(), 403);
  }

  @Test
  void describesItsEndpoint() {
    assertEquals("DenyAllGuard[DELETE /orders/{id}]", guard.toString());
  }

  @Test
  void rejectsNulls() {
    assertThrows(NullPointerException.class, () -> new DenyAllGuard(null, "GET /x"));
    assertThrows(NullPointerException.class, () -> new DenyAllGuard(enforcer, null));
  }
}
