package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Enforcer;
import dev.bouncer.runtime.spi.GeneratedGuards;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * Names its class but was generated for version 1 of the contract (it does not override {@code
 * contract()}), as Bouncer generated before version 2: one nested filter class per endpoint.
 */
public final class GuardBinderTest_OldContract_BouncerGuards implements GeneratedGuards {
  @Override
  public String resourceClassName() {
    return "dev.bouncer.runtime.GuardBinderTest$OldContract";
  }

  @Override
  public ContainerRequestFilter guardFor(
      String methodName, Class<?>[] parameterTypes, Enforcer enforcer) {
    return PERMIT_ALL; // would open the endpoint if it were trusted
  }
}
