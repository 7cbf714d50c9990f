package dev.bouncer.bench.decision;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;

/**
 * Obtains the filter Jersey's {@link RolesAllowedDynamicFeature} registers for {@code
 * DecisionResource.roles()} ({@code @RolesAllowed("orders:read")}) through its public {@code
 * configure}, with a feature context that only records what is registered.
 */
final class JerseyRolesAllowed {
  private JerseyRolesAllowed() {}

  static ContainerRequestFilter filter() {
    Method method;
    try {
      method = DecisionResource.class.getMethod("roles");
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    ResourceInfo info =
        new ResourceInfo() {
          @Override
          public Method getResourceMethod() {
            return method;
          }

          @Override
          public Class<?> getResourceClass() {
            return DecisionResource.class;
          }
        };
    RecordingFeatureContext recorder = new RecordingFeatureContext();
    new RolesAllowedDynamicFeature().configure(info, recorder);
    if (recorder.registered.size() != 1
        || !(recorder.registered.get(0) instanceof ContainerRequestFilter filter)) {
      throw new IllegalStateException("expected one filter, got " + recorder.registered);
    }
    return filter;
  }
}
