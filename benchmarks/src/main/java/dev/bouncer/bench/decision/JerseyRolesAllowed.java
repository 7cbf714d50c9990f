package dev.bouncer.bench.decision;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
    Recorder recorder = new Recorder();
    new RolesAllowedDynamicFeature().configure(info, recorder);
    if (recorder.registered.size() != 1
        || !(recorder.registered.get(0) instanceof ContainerRequestFilter filter)) {
      throw new IllegalStateException("expected one filter, got " + recorder.registered);
    }
    return filter;
  }

  /** Records registered instances; registering a class is not expected. */
  private static final class Recorder implements FeatureContext {
    final List<Object> registered = new ArrayList<>();

    @Override
    public Configuration getConfiguration() {
      throw new UnsupportedOperationException();
    }

    @Override
    public FeatureContext property(String name, Object value) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FeatureContext register(Class<?> componentClass) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FeatureContext register(Class<?> componentClass, int priority) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FeatureContext register(Class<?> componentClass, Class<?>... contracts) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FeatureContext register(Class<?> componentClass, Map<Class<?>, Integer> contracts) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FeatureContext register(Object component) {
      registered.add(component);
      return this;
    }

    @Override
    public FeatureContext register(Object component, int priority) {
      registered.add(component);
      return this;
    }

    @Override
    public FeatureContext register(Object component, Class<?>... contracts) {
      registered.add(component);
      return this;
    }

    @Override
    public FeatureContext register(Object component, Map<Class<?>, Integer> contracts) {
      registered.add(component);
      return this;
    }
  }
}
