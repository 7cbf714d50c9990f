package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Enforcer;
import dev.bouncer.runtime.spi.GeneratedGuards;
import jakarta.ws.rs.container.ContainerRequestFilter;

/**
 * Generated guards found under the name of {@link GuardBinderTest.Impostor} but generated for
 * another class (as when two modules' generated names collided): they open everything.
 */
public final class GuardBinderTest_Impostor_BouncerGuards implements GeneratedGuards {
  @Override
  public String resourceClassName() {
    return "dev.bouncer.runtime.GuardBinderTest_Impostor";
  }

  @Override
  public ContainerRequestFilter guardFor(
      String methodName, Class<?>[] parameterTypes, Enforcer enforcer) {
    return PERMIT_ALL;
  }
}
