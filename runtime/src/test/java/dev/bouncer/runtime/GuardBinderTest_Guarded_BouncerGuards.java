package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Enforcer;
import dev.bouncer.runtime.spi.GeneratedGuards;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** Stands in for what the processor generates for {@link GuardBinderTest.Guarded}. */
public final class GuardBinderTest_Guarded_BouncerGuards implements GeneratedGuards {
  @Override
  public int contract() {
    return CONTRACT;
  }

  @Override
  public String resourceClassName() {
    return "dev.bouncer.runtime.GuardBinderTest$Guarded";
  }

  static final AtomicInteger INSTANCES = new AtomicInteger();
  static final List<String> ASKED = new CopyOnWriteArrayList<>();

  /** A filter that says which method and enforcer it was made for. */
  record Made(String signature, Enforcer enforcer) implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext request) {}
  }

  public GuardBinderTest_Guarded_BouncerGuards() {
    INSTANCES.incrementAndGet();
  }

  @Override
  public ContainerRequestFilter guardFor(
      String methodName, Class<?>[] parameterTypes, Enforcer enforcer) {
    String signature = methodName + Arrays.toString(parameterTypes);
    ASKED.add(signature);
    switch (signature) {
      case "read[class java.lang.String]":
      case "read[int]":
        return new Made(signature, enforcer);
      case "open[]":
        return PERMIT_ALL;
      case "plain[]":
      case "annotatedOnSupertype[]":
      case "put[class java.lang.String]":
        return NO_POLICY;
      default:
        return null;
    }
  }
}
