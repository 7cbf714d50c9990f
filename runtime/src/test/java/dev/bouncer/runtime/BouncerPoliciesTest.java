package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.Authenticated;
import dev.bouncer.RequiresPermission;
import jakarta.annotation.security.PermitAll;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Test;

class BouncerPoliciesTest {

  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.TYPE, ElementType.METHOD})
  @RequiresPermission("orders:admin")
  @interface OrdersAdmin {}

  static class Mixed {
    @RequiresPermission("orders:read")
    public void own() {}

    @OrdersAdmin
    public void composed() {}

    @PermitAll
    public void open() {}

    public void none() {}
  }

  @Authenticated
  static class Guarded {
    public void fromClass() {}

    @PermitAll
    public void opened() {}
  }

  static class Sub extends Guarded {}

  @Test
  void ownAndComposedPoliciesAreEnforced() throws Exception {
    assertTrue(BouncerPolicies.enforced(Mixed.class, Mixed.class.getMethod("own")));
    assertTrue(BouncerPolicies.enforced(Mixed.class, Mixed.class.getMethod("composed")));
  }

  @Test
  void permitAllAndUnannotatedAreNot() throws Exception {
    assertFalse(BouncerPolicies.enforced(Mixed.class, Mixed.class.getMethod("open")));
    assertFalse(BouncerPolicies.enforced(Mixed.class, Mixed.class.getMethod("none")));
    assertFalse(BouncerPolicies.enforced(Guarded.class, Guarded.class.getMethod("opened")));
  }

  @Test
  void classLevelPolicyIsEnforcedAlsoThroughASubclass() throws Exception {
    assertTrue(BouncerPolicies.enforced(Guarded.class, Guarded.class.getMethod("fromClass")));
    assertTrue(BouncerPolicies.enforced(Sub.class, Sub.class.getMethod("fromClass")));
  }

  @Test
  void nullIsRefused() {
    assertThrows(
        NullPointerException.class,
        () -> BouncerPolicies.enforced(null, Mixed.class.getMethod("own")));
    assertThrows(NullPointerException.class, () -> BouncerPolicies.enforced(Mixed.class, null));
  }
}
