package dev.bouncer.bench.decision;

import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A feature context that records what is registered, with an empty configuration. */
final class RecordingFeatureContext implements FeatureContext {
  final List<Object> registered = new ArrayList<>();
  final Map<String, Object> properties = new HashMap<>();

  @Override
  public Configuration getConfiguration() {
    return new Configuration() {
      @Override
      public jakarta.ws.rs.RuntimeType getRuntimeType() {
        return jakarta.ws.rs.RuntimeType.SERVER;
      }

      @Override
      public Map<String, Object> getProperties() {
        return properties;
      }

      @Override
      public Object getProperty(String name) {
        return properties.get(name);
      }

      @Override
      public Collection<String> getPropertyNames() {
        return properties.keySet();
      }

      @Override
      public boolean isEnabled(Feature feature) {
        return false;
      }

      @Override
      public boolean isEnabled(Class<? extends Feature> featureClass) {
        return false;
      }

      @Override
      public boolean isRegistered(Object component) {
        return registered.contains(component);
      }

      @Override
      public boolean isRegistered(Class<?> componentClass) {
        return false;
      }

      @Override
      public Map<Class<?>, Integer> getContracts(Class<?> componentClass) {
        return Map.of();
      }

      @Override
      public Set<Class<?>> getClasses() {
        return Set.of();
      }

      @Override
      public Set<Object> getInstances() {
        return Set.copyOf(registered);
      }
    };
  }

  @Override
  public FeatureContext property(String name, Object value) {
    properties.put(name, value);
    return this;
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
