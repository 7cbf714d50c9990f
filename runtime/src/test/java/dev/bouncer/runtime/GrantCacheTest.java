package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class GrantCacheTest {
  private final GrantCache cache = new GrantCache();

  @Test
  void parsesAGrant() {
    assertEquals(Permission.parse("orders:read,write"), cache.get("orders:read,write"));
  }

  @Test
  void returnsTheCachedPermission() {
    assertSame(cache.get("orders:*"), cache.get("orders:*"));
  }

  @Test
  void nullGrantIsNothing() {
    assertNull(cache.get(null));
  }

  @Test
  void invalidGrantIsNothingEveryTime() {
    assertNull(cache.get("orders::read"));
    assertNull(cache.get("orders::read"));
    assertNull(cache.get(""));
  }

  @Test
  void grantThatLooksLikeTheSentinelIsAGrant() {
    assertEquals(Permission.parse("invalid"), cache.get("invalid"));
    assertEquals(Permission.parse("invalid"), cache.get("invalid"));
  }

  @Test
  void keepsWorkingPastItsBound() {
    for (int i = 0; i < 10_100; i++) {
      assertEquals(Permission.parse("t:" + i), cache.get("t:" + i));
    }
    assertNull(cache.get("past:the::bound"));
    assertEquals(Permission.parse("past:the:bound"), cache.get("past:the:bound"));
  }
}
