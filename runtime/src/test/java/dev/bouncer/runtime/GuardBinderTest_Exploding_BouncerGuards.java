package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Enforcer;
import dev.bouncer.runtime.spi.GeneratedGuards;
import jakarta.ws.rs.container.ContainerRequestFilter;

/** Generated guards whose class initialization fails. */
public final class GuardBinderTest_Exploding_BouncerGuards implements GeneratedGuards {
  @Override
  public int contract() {
    return CONTRACT;
  }

  @Override
  public String resourceClassName() {
    return "dev.bouncer.runtime.GuardBinderTest$Exploding";
  }

  static final Object STATE = explode();

  private static Object explode() {
    throw new IllegalStateException("static initializer failed");
  }

  @Override
  public ContainerRequestFilter guardFor(
      String methodName, Class<?>[] parameterTypes, Enforcer enforcer) {
    return PERMIT_ALL;
  }
}
