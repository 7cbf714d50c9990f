package dev.bouncer.runtime;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;

/**
 * The matched resource method of a request, for servers that inject no {@code @Context
 * ResourceInfo} into a filter instance registered through a {@code FeatureContext}: Quarkus REST
 * (RESTEasy Reactive) creates such instances itself and injects only into the classes it saw at
 * build time. Its request context says which method matched ({@code
 * ResteasyReactiveContainerRequestContext.getServerRequestContext().getResteasyReactiveResourceInfo()}),
 * reached through the public interfaces by reflection, resolved once per context class, so the
 * runtime needs nothing of Quarkus at compile time. Anything unexpected answers null, and the
 * caller denies.
 */
final class ServerResourceInfo {
  private static final String REACTIVE_CONTEXT =
      "org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext";
  private static final String REACTIVE_SERVER_CONTEXT =
      "org.jboss.resteasy.reactive.server.spi.ServerRequestContext";

  /** The two accessors for one request context class, or NONE when it is not Quarkus REST's. */
  private record Accessors(Method serverContext, Method resourceInfo) {}

  private static final Accessors NONE = new Accessors(null, null);

  private static final ClassValue<Accessors> BY_CONTEXT_CLASS =
      new ClassValue<>() {
        @Override
        protected Accessors computeValue(Class<?> contextClass) {
          Class<?> reactive = find(contextClass, REACTIVE_CONTEXT);
          if (reactive == null) {
            return NONE;
          }
          try {
            Class<?> server =
                Class.forName(REACTIVE_SERVER_CONTEXT, false, reactive.getClassLoader());
            return new Accessors(
                reactive.getMethod("getServerRequestContext"),
                server.getMethod("getResteasyReactiveResourceInfo"));
          } catch (ReflectiveOperationException | LinkageError e) {
            return NONE;
          }
        }
      };

  private ServerResourceInfo() {}

  /** The resource method the server matched for {@code request}, or null when it cannot say. */
  static Method resourceMethod(ContainerRequestContext request) {
    Accessors accessors = BY_CONTEXT_CLASS.get(request.getClass());
    if (accessors == NONE) {
      return null;
    }
    try {
      Object server = accessors.serverContext().invoke(request);
      Object info = server == null ? null : accessors.resourceInfo().invoke(server);
      return info instanceof ResourceInfo resourceInfo ? resourceInfo.getResourceMethod() : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  private static Class<?> find(Class<?> type, String interfaceName) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> iface : c.getInterfaces()) {
        if (iface.getName().equals(interfaceName)) {
          return iface;
        }
        Class<?> inherited = find(iface, interfaceName);
        if (inherited != null) {
          return inherited;
        }
      }
    }
    return null;
  }
}
