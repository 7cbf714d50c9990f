package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Check;
import dev.bouncer.runtime.spi.Enforcer;
import dev.bouncer.runtime.spi.GeneratedGuards;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;

/**
 * Stands in for what the processor generates for {@link SubResourceGateTest.Grand}: {@code get}
 * has no policy of its own, {@code fails} has a check that throws.
 */
public final class SubResourceGateTest_Grand_BouncerGuards implements GeneratedGuards {
  @Override
  public int contract() {
    return CONTRACT;
  }

  @Override
  public String resourceClassName() {
    return "dev.bouncer.runtime.SubResourceGateTest$Grand";
  }

  @Override
  public ContainerRequestFilter guardFor(
      String methodName, Class<?>[] parameterTypes, Enforcer enforcer) {
    return methodName.equals("fails") ? new Failing() : NO_POLICY;
  }

  /** A check whose authorizer broke. */
  static final class Failing implements Check {
    @Override
    public Response denial(ContainerRequestContext request) {
      throw new IllegalStateException("authorizer is down");
    }
  }
}
