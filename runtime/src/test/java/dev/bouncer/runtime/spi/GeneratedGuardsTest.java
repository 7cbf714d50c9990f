package dev.bouncer.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.container.ContainerRequestFilter;
import java.io.Serializable;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import org.junit.jupiter.api.Test;

class GeneratedGuardsTest {

  private static final class Hidden {}

  @Test
  void matchesByNameAndExactParameterClasses() {
    Class<?>[] types = {String.class, int.class};

    assertTrue(GeneratedGuards.matches("read", types, "read", String.class, int.class));
    assertFalse(GeneratedGuards.matches("read", types, "write", String.class, int.class));
    assertFalse(GeneratedGuards.matches("read", types, "read", Object.class, int.class));
    assertFalse(GeneratedGuards.matches("read", types, "read", String.class, long.class));
    assertFalse(GeneratedGuards.matches("read", types, "read", String.class));
    assertFalse(GeneratedGuards.matches("read", types, "read", String.class, int.class, int.class));
    assertTrue(GeneratedGuards.matches("list", new Class<?>[0], "list"));
    assertFalse(GeneratedGuards.matches("list", new Class<?>[0], "list", String.class));
  }

  @Test
  void matchesATypeTheGeneratedCodeCanOnlyName() {
    Class<?>[] types = {Hidden.class, String.class};
    String hidden = Hidden.class.getTypeName();

    assertTrue(GeneratedGuards.matches("put", types, "put", hidden, String.class));
    assertFalse(GeneratedGuards.matches("put", types, "put", hidden, "java.lang.Object"));
    assertTrue(GeneratedGuards.matches("put", types, "put", hidden, "java.lang.String"));
    assertFalse(
        GeneratedGuards.matches("put", types, "put", "dev.bouncer.runtime.spi.Other", String.class));
  }

  @Test
  void isAFollowsSuperclassesAndInterfacesAllTheWayUp() {
    assertTrue(GeneratedGuards.isA(ArrayList.class, ArrayList.class.getTypeName()));
    assertTrue(GeneratedGuards.isA(ArrayList.class, AbstractList.class.getTypeName()));
    assertTrue(GeneratedGuards.isA(ArrayList.class, Object.class.getTypeName()));
    assertTrue(GeneratedGuards.isA(ArrayList.class, RandomAccess.class.getTypeName()));
    assertTrue(GeneratedGuards.isA(ArrayList.class, Iterable.class.getTypeName()), "via List");
    assertTrue(GeneratedGuards.isA(Hidden.class, Hidden.class.getTypeName()));
    assertFalse(GeneratedGuards.isA(ArrayList.class, Map.class.getTypeName()));
    assertFalse(GeneratedGuards.isA(String.class, List.class.getTypeName()));
    assertTrue(GeneratedGuards.isA(String.class, Serializable.class.getTypeName()));
    assertFalse(GeneratedGuards.isA(Runnable.class, Object.class.getTypeName()),
        "an interface has no superclass");
  }

  @Test
  void theSentinelsAreDistinctAndDoNothing() {
    assertNotSame(GeneratedGuards.PERMIT_ALL, GeneratedGuards.NO_POLICY);
    assertEquals("_BouncerGuards", GeneratedGuards.SUFFIX);
  }

  @Test
  void locatorsAreEmptyUnlessGeneratedCodeSaysOtherwise() {
    GeneratedGuards none = (name, types, enforcer) -> null;

    assertEquals(List.of(), none.locators(String.class, null));
  }

  @Test
  void aLocatorNeedsAPathAndAGuard() {
    ContainerRequestFilter guard = GeneratedGuards.PERMIT_ALL;

    assertEquals("a", new Locator("a", guard).path());
    assertEquals("path", assertThrows(NullPointerException.class, () -> new Locator(null, guard)).getMessage());
    assertEquals("guard", assertThrows(NullPointerException.class, () -> new Locator("a", null)).getMessage());
  }
}
