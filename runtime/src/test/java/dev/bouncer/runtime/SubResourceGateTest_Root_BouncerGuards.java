package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Enforcer;
import dev.bouncer.runtime.spi.GeneratedGuards;
import dev.bouncer.runtime.spi.Locator;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stands in for what the processor generates for {@link SubResourceGateTest.Root}: locators
 * {@code admin} (role admin), {@code tenants/{t}} (role tenant) and {@code public} (open) return a
 * {@code Child} (methods {@code admin()}, {@code tenant()} and {@code open()}); {@code other} returns a {@code Grand} and needs role other; {@code /} (role admin)
 * and {@code {t}} (role tenant) return a {@code Foreign}.
 */
public final class SubResourceGateTest_Root_BouncerGuards implements GeneratedGuards {
  @Override
  public int contract() {
    return CONTRACT;
  }

  @Override
  public String resourceClassName() {
    return "dev.bouncer.runtime.SubResourceGateTest$Root";
  }

  static final AtomicInteger LOCATOR_LOOKUPS = new AtomicInteger();

  @Override
  public ContainerRequestFilter guardFor(
      String methodName, Class<?>[] parameterTypes, Enforcer enforcer) {
    // The locators by their own signatures, for servers that say which one they invoked.
    switch (methodName) {
      case "admin":
        return new RoleCheck(enforcer, "admin");
      case "tenant":
        return new RoleCheck(enforcer, "tenant");
      case "open":
        return PERMIT_ALL;
      default:
        return null;
    }
  }

  @Override
  public List<Locator> locators(Class<?> subResourceClass, Enforcer enforcer) {
    LOCATOR_LOOKUPS.incrementAndGet();
    if (subResourceClass == SubResourceGateTest.Child.class) {
      return List.of(
          new Locator("admin", new RoleCheck(enforcer, "admin")),
          new Locator("tenants/{t}", new RoleCheck(enforcer, "tenant")),
          new Locator("/public/", PERMIT_ALL));
    }
    if (subResourceClass == SubResourceGateTest.Foreign.class) {
      return List.of(
          new Locator("/", new RoleCheck(enforcer, "admin")),
          new Locator("{t}", new RoleCheck(enforcer, "tenant")));
    }
    if (subResourceClass == SubResourceGateTest.Grand.class) {
      return List.of(new Locator("other", new RoleCheck(enforcer, "other")));
    }
    return List.of();
  }
}
