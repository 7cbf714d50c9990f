package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Enforcer;
import dev.bouncer.runtime.spi.GeneratedGuards;
import jakarta.ws.rs.container.ContainerRequestFilter;

/** Generated guards that cannot be instantiated: they have no no-argument constructor. */
public final class GuardBinderTest_Unconstructible_BouncerGuards implements GeneratedGuards {
  @Override
  public String resourceClassName() {
    return "dev.bouncer.runtime.GuardBinderTest$Unconstructible";
  }

  public GuardBinderTest_Unconstructible_BouncerGuards(String unexpected) {}

  @Override
  public ContainerRequestFilter guardFor(
      String methodName, Class<?>[] parameterTypes, Enforcer enforcer) {
    return PERMIT_ALL;
  }
}
