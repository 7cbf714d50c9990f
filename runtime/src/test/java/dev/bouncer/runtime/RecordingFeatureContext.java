package dev.bouncer.runtime;

import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Configuration;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@link FeatureContext} that records {@code register(Object, int)}, the one registration Bouncer
 * should make; any other method throws. Its configuration says which providers are registered.
 */
final class RecordingFeatureContext {
  /** One {@code register(instance, priority)} call. */
  record Registration(Object component, int priority) {}

  private final List<Registration> registrations = new ArrayList<>();
  private final java.util.Map<String, Object> properties = new java.util.HashMap<>();
  private final FeatureContext context;

  /** A context whose configuration registers nothing. */
  RecordingFeatureContext() {
    this(configuration(Set.of(), Set.of()));
  }

  RecordingFeatureContext(Configuration configuration) {
    context =
        (FeatureContext)
            Proxy.newProxyInstance(
                FeatureContext.class.getClassLoader(),
                new Class<?>[] {FeatureContext.class},
                (proxy, method, args) -> {
                  Class<?>[] types = method.getParameterTypes();
                  if (method.getName().equals("register")
                      && types.length == 2
                      && types[0] == Object.class
                      && types[1] == int.class) {
                    registrations.add(new Registration(args[0], (Integer) args[1]));
                    return proxy;
                  }
                  if (method.getName().equals("getConfiguration")) {
                    return configuration;
                  }
                  if (method.getName().equals("property")) {
                    properties.put((String) args[0], args[1]);
                    return proxy;
                  }
                  throw new UnsupportedOperationException(method.toString());
                });
  }

  /** A configuration in which exactly {@code classes} and {@code instances} are registered. */
  static Configuration configuration(Set<Class<?>> classes, Set<Object> instances) {
    return (Configuration)
        Proxy.newProxyInstance(
            Configuration.class.getClassLoader(),
            new Class<?>[] {Configuration.class},
            (proxy, method, args) -> {
              switch (method.getName()) {
                case "isRegistered":
                  return args[0] instanceof Class<?>
                      ? classes.contains(args[0])
                      : instances.contains(args[0]);
                case "getClasses":
                  return classes;
                case "getInstances":
                  return instances;
                case "getProperty":
                  return null;
                default:
                  throw new UnsupportedOperationException(method.toString());
              }
            });
  }

  FeatureContext context() {
    return context;
  }

  /** The properties set with {@code property(name, value)}. */
  java.util.Map<String, Object> properties() {
    return properties;
  }

  List<Registration> registrations() {
    return registrations;
  }

  /** A resource method as the server describes it at start-up. */
  static ResourceInfo resource(Class<?> resourceClass, Method method) {
    return new ResourceInfo() {
      @Override
      public Method getResourceMethod() {
        return method;
      }

      @Override
      public Class<?> getResourceClass() {
        return resourceClass;
      }
    };
  }
}
