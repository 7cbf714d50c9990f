package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Enforcer;
import dev.bouncer.runtime.spi.GeneratedGuards;
import jakarta.ws.rs.container.ContainerRequestFilter;

/** Generated guards that do not say which class they are for, as an older Bouncer wrote them. */
public final class GuardBinderTest_Legacy_BouncerGuards implements GeneratedGuards {
  @Override
  public ContainerRequestFilter guardFor(
      String methodName, Class<?>[] parameterTypes, Enforcer enforcer) {
    return PERMIT_ALL;
  }
}
