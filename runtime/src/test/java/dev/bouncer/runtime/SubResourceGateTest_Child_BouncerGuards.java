package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Enforcer;
import dev.bouncer.runtime.spi.GeneratedGuards;
import dev.bouncer.runtime.spi.Locator;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.List;

/**
 * Stands in for what the processor generates for {@link SubResourceGateTest.Child}: {@code get}
 * needs role reader, {@code open} is open, {@code plain} has no policy, {@code foreign} has a filter
 * that is no {@code Check}; locators {@code b} (role b), {@code {x}} (role x) and {@code n} (no
 * policy) return a {@code Grand}.
 */
public final class SubResourceGateTest_Child_BouncerGuards implements GeneratedGuards {
  @Override
  public int contract() {
    return CONTRACT;
  }

  @Override
  public String resourceClassName() {
    return "dev.bouncer.runtime.SubResourceGateTest$Child";
  }

  @Override
  public ContainerRequestFilter guardFor(
      String methodName, Class<?>[] parameterTypes, Enforcer enforcer) {
    switch (methodName) {
      case "get":
        return new RoleCheck(enforcer, "reader");
      case "open":
        return PERMIT_ALL;
      case "plain":
        return NO_POLICY;
      case "preflight":
        return new RoleCheck(enforcer, "reader");
      case "foreign":
        return request -> {};
      default:
        return null;
    }
  }

  @Override
  public List<Locator> locators(Class<?> subResourceClass, Enforcer enforcer) {
    if (subResourceClass == SubResourceGateTest.Grand.class) {
      return List.of(
          new Locator("b", new RoleCheck(enforcer, "b")),
          new Locator("{x}", new RoleCheck(enforcer, "x")),
          new Locator("n", NO_POLICY));
    }
    if (subResourceClass == SubResourceGateTest.Foreign.class) {
      return List.of(new Locator("foreign", request -> {}));
    }
    return null;
  }
}
