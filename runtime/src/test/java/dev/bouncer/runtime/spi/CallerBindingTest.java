package dev.bouncer.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.FakeSecurityContext;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The per-thread caller binding: lent to one request at a time and never carrying a caller over. */
class CallerBindingTest {
  private static final String CHALLENGE = "Bearer realm=\"test\"";

  private final Enforcer grants =
      new Enforcer(Authorizer.fromGrants(caller -> Set.of("orders:read")), CHALLENGE, false, false);

  @Test
  void rolesAuthorizer_bindsNothing() {
    assertNull(CallerBinding.forRequest(new Enforcer(Authorizer.roles(), CHALLENGE, false, false)));
  }

  @Test
  void sameThread_reusesOneBinding_emptiedWhenLentAndWhenGivenBack() {
    CallerBinding first = CallerBinding.forRequest(grants);
    first.caller = FakeSecurityContext.user("rita");
    first.authorizer = grants.authorizer();
    first.bound = grants.authorizer();
    CallerBinding.release(first);
    assertNull(first.caller, "a thread holds no caller between requests");
    assertNull(first.bound);

    CallerBinding second = CallerBinding.forRequest(grants);
    assertSame(first, second, "no allocation per request");
    assertNull(second.caller);
    CallerBinding.release(second);
  }

  @Test
  void requestStartedWhileLent_getsABindingOfItsOwn() {
    CallerBinding outer = CallerBinding.forRequest(grants);
    outer.caller = FakeSecurityContext.user("rita");
    CallerBinding inner = CallerBinding.forRequest(grants);
    assertNotSame(outer, inner);
    CallerBinding.release(inner);
    assertEquals("rita", outer.caller.getUserPrincipal().getName(), "the outer request's binding is untouched");
    CallerBinding.release(outer);
  }

  @Test
  void otherThreads_haveTheirOwn() throws Exception {
    CallerBinding mine = CallerBinding.forRequest(grants);
    CallerBinding[] theirs = new CallerBinding[1];
    Thread other = new Thread(() -> theirs[0] = CallerBinding.forRequest(grants));
    other.start();
    other.join();
    assertNotSame(mine, theirs[0]);
    CallerBinding.release(mine);
  }
}
