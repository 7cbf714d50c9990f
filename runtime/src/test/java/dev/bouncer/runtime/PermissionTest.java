package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The runtime's {@link Permission} is the public face of {@code bouncer-policy}'s permission, which
 * owns the semantics and is tested there (including against Apache Shiro as the oracle). These
 * tests check that every public method hands over to it unchanged.
 */
class PermissionTest {

  @Test
  void parseKeepsPartsAndSubPartsInWrittenOrder() {
    Permission p = Permission.parse("orders:write,read:42");

    assertEquals(List.of(Set.of("orders"), Set.of("write", "read"), Set.of("42")), p.parts());
    assertEquals(List.of("write", "read"), List.copyOf(p.parts().get(1)));
    assertEquals("orders:write,read:42", p.toString());
  }

  @Test
  void ofTakesSplitParts() {
    assertEquals(
        Permission.parse("orders:read:42"),
        Permission.of(new String[] {"orders"}, new String[] {"read"}, new String[] {"42"}));
  }

  @Test
  void impliesWithShirosWildcardSemantics() {
    assertTrue(Permission.parse("orders:*").implies(Permission.parse("orders:read:42")));
    assertTrue(Permission.parse("orders").implies(Permission.parse("orders:read")));
    assertTrue(Permission.parse("orders:read,write").implies(Permission.parse("orders:write")));
    assertFalse(Permission.parse("orders:read").implies(Permission.parse("orders:write")));
    assertFalse(Permission.parse("orders:read:42").implies(Permission.parse("orders:read")));
    assertFalse(Permission.parse("Orders:read").implies(Permission.parse("orders:read")));
  }

  @Test
  void plainWhenTheTextReadsBackAsThePermission() {
    assertTrue(Permission.parse("orders:read:42").isPlain());
    assertTrue(Permission.parse("orders:*").isPlain());
    assertTrue(Permission.parse("orders:read,write").isPlain());
    // A request value that is not a word makes a filled template ambiguous as text.
    PermissionTemplate order =
        PermissionTemplate.of(new String[] {"orders"}, new String[] {"{id}"});
    assertTrue(order.with("42").isPlain());
    assertFalse(order.with("a:b").isPlain());
    assertFalse(order.with("*").isPlain());
    assertEquals("*", Permission.WILDCARD);
  }

  @Test
  void equalityByValue() {
    assertEquals(Permission.parse("orders:read"), Permission.parse("orders:read"));
    assertEquals(
        Permission.parse("orders:read").hashCode(), Permission.parse("orders:read").hashCode());
    assertNotEquals(Permission.parse("orders:read"), Permission.parse("orders:write"));
  }

  @Test
  void malformedTextIsRefused() {
    for (String text : new String[] {"", "orders::read", "orders:", ":orders", "orders:a,,b"}) {
      assertThrows(IllegalArgumentException.class, () -> Permission.parse(text), text);
    }
  }
}
