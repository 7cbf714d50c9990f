package dev.bouncer.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class PermissionTemplateTest {
  private static final PermissionTemplate ORDER =
      PermissionTemplate.of(new String[] {"orders"}, new String[] {"read"}, new String[] {"{id}"});

  @Test
  void fillsSlotsInOrder() {
    PermissionTemplate t =
        PermissionTemplate.of(
            new String[] {"tenant"}, new String[] {"{tenant}"}, new String[] {"read", "{kind}"});
    assertEquals(List.of("tenant", "kind"), t.slotNames());
    assertEquals("tenant:{tenant}:read,{kind}", t.toString());
    Permission p = t.with("acme", "invoices");
    assertEquals(List.of(Set.of("tenant"), Set.of("acme"), Set.of("read", "invoices")), p.parts());
    assertTrue(p.isPlain());
    assertEquals(Permission.parse("tenant:acme:read,invoices"), p);
  }

  @Test
  void exactGrantHoldsThePlainValue() {
    assertTrue(Permission.parse("orders:read:42").implies(ORDER.with("42")));
    assertTrue(Permission.parse("orders:read:*").implies(ORDER.with("42")));
    assertFalse(Permission.parse("orders:read:43").implies(ORDER.with("42")));
  }

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
  void rejectsMissingValuesAndBadConstants() {
    assertThrows(IllegalArgumentException.class, () -> ORDER.with());
    assertThrows(IllegalArgumentException.class, () -> ORDER.with((String) null));
    assertThrows(IllegalArgumentException.class, () -> ORDER.with(""));
    assertThrows(IllegalArgumentException.class, () -> ORDER.with("1", "2"));
    assertThrows(
        IllegalArgumentException.class, () -> PermissionTemplate.of(new String[] {"a:b"}));
    assertThrows(IllegalArgumentException.class, () -> PermissionTemplate.of());
  }

  @Test
  void emptyBracesAreALiteralNotASlot() {
    PermissionTemplate t = PermissionTemplate.of(new String[] {"orders"}, new String[] {"{}"});

    assertEquals(List.of(), t.slotNames());
    assertEquals("orders:{}", t.with().toString());
  }
}
