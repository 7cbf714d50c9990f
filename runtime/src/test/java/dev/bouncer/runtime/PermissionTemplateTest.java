package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * The runtime's {@link PermissionTemplate} as generated code and authorizers use it. What a
 * template means is {@code bouncer-policy}'s and is tested there; these rows hold the guarantees
 * that matter at this public API: a request value never widens a permission, and the roles
 * authorizer never grants an ambiguous one.
 */
class PermissionTemplateTest {
  private static final PermissionTemplate ORDER =
      PermissionTemplate.of(new String[] {"orders"}, new String[] {"read"}, new String[] {"{id}"});



  /** A value is one literal sub-part: its wildcard, comma or colon never widens what is needed. */
  @ParameterizedTest
  @ValueSource(strings = {"*", "42,43", "42:x", "42:*", ",", ":", "42,*", " 42", "*,42"})
  void injectedSeparatorsNeverWiden(String value) {
    Permission required = ORDER.with(value);
    assertEquals(Set.of(value), required.parts().get(2), "one literal sub-part");
    assertFalse(required.isPlain());
    assertFalse(Permission.parse("orders:read:42").implies(required), value);
    assertFalse(Permission.parse("orders:read:42,43").implies(required), value);
    // Only a granted wildcard covers any value, however strange.
    assertTrue(Permission.parse("orders:read:*").implies(required), value);
    assertTrue(Permission.parse("orders:read").implies(required), value);
  }

  @Test
  void rolesNeverGrantAValueThatIsNotPlain() {
    FakeSecurityContext caller = FakeSecurityContext.user("u", "orders:read:*", "orders:read:42");
    assertFalse(Authorizer.roles().permits(caller, ORDER.with("*")));
    assertTrue(Authorizer.roles().permits(caller, ORDER.with("42")));
  }


}
