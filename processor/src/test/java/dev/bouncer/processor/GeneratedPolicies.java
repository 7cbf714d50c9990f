package dev.bouncer.processor;

import com.google.testing.compile.Compilation;
import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.spi.DenyAllGuard;
import dev.bouncer.runtime.spi.Enforcer;
import dev.bouncer.runtime.spi.GeneratedGuards;
import dev.bouncer.runtime.spi.Guard;
import dev.bouncer.runtime.spi.Locator;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.tools.JavaFileObject;

/**
 * Runs what the processor generated: loads the compiled classes of a {@link Compilation} and asks
 * a resource's generated class what it decides for a caller and a request, as the runtime does,
 * so that tests assert behaviour instead of generated text. The caller's roles are what {@code
 * Authorizer.roles()} compares permissions with: exact names.
 */
final class GeneratedPolicies {
  private static final Enforcer ENFORCER = new Enforcer(Authorizer.roles(), "Bearer", false, false);
  private static final Method PERMITS;

  static {
    try {
      PERMITS =
          Guard.class.getDeclaredMethod("permits", SecurityContext.class, ContainerRequestContext.class);
      PERMITS.setAccessible(true);
    } catch (NoSuchMethodException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  private final ClassLoader loader;

  private GeneratedPolicies(ClassLoader loader) {
    this.loader = loader;
  }

  /** The compiled classes of {@code compilation}, which must have succeeded. */
  static GeneratedPolicies of(Compilation compilation) {
    Map<String, byte[]> classes = new HashMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      if (file.getKind() != JavaFileObject.Kind.CLASS) {
        continue;
      }
      String path = file.toUri().getPath();
      String name = path.substring(path.indexOf("/CLASS_OUTPUT/") + "/CLASS_OUTPUT/".length());
      name = name.substring(0, name.length() - ".class".length()).replace('/', '.');
      try (InputStream in = file.openInputStream()) {
        classes.put(name, in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    ClassLoader loader =
        new ClassLoader(GeneratedPolicies.class.getClassLoader()) {
          @Override
          protected Class<?> findClass(String name) throws ClassNotFoundException {
            byte[] bytes = classes.get(name);
            if (bytes == null) {
              throw new ClassNotFoundException(name);
            }
            return defineClass(name, bytes, 0, bytes.length);
          }
        };
    return new GeneratedPolicies(loader);
  }

  /** Whether a class of that binary name was compiled (or generated and compiled). */
  boolean has(String binaryName) {
    try {
      loader.loadClass(binaryName);
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }

  /** The loaded class of that binary name. */
  Class<?> type(String binaryName) {
    try {
      return loader.loadClass(binaryName);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(binaryName + " was not compiled", e);
    }
  }

  /** The generated class of the resource class {@code resource} (binary name), instantiated. */
  GeneratedGuards guardsOf(String resource, String generatedSimpleName) {
    String pkg = resource.contains(".") ? resource.substring(0, resource.lastIndexOf('.') + 1) : "";
    try {
      return (GeneratedGuards) type(pkg + generatedSimpleName).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  /** The generated class of a top-level resource class {@code resource}. */
  GeneratedGuards guardsOf(String resource) {
    return guardsOf(resource, resource.substring(resource.lastIndexOf('.') + 1) + "_BouncerGuards");
  }

  /**
   * What the generated class of {@code resource} decides for the method {@code method} with
   * parameter types {@code parameterTypes} (binary names or primitive names), for a caller with
   * {@code roles} and a request with {@code values} ("path:id=42", "query:region=eu",
   * "header:X-Tenant=t"): {@code ALLOW}, {@code FORBID}, {@code DENY_ALL}, {@code PERMIT_ALL},
   * {@code NO_POLICY} or {@code UNKNOWN} (the class does not know the method).
   */
  String decide(
      String resource, String method, List<String> parameterTypes, Set<String> roles, String... values) {
    return decide(guardsOf(resource), method, parameterTypes, roles, values);
  }

  String decide(
      GeneratedGuards guards,
      String method,
      List<String> parameterTypes,
      Set<String> roles,
      String... values) {
    Class<?>[] types = new Class<?>[parameterTypes.size()];
    for (int i = 0; i < types.length; i++) {
      types[i] = classOf(parameterTypes.get(i));
    }
    return decision(guards.guardFor(method, types, ENFORCER), roles, values);
  }

  /** The locators of {@code guards} for sub-resources of class {@code subResource}, with their decisions. */
  List<String> locators(GeneratedGuards guards, String subResource, Set<String> roles, String... values) {
    List<String> result = new ArrayList<>();
    for (Locator locator : guards.locators(type(subResource), ENFORCER)) {
      result.add(locator.path() + "=" + decision(locator.guard(), roles, values));
    }
    return result;
  }

  private Class<?> classOf(String name) {
    switch (name) {
      case "int": return int.class;
      case "long": return long.class;
      case "boolean": return boolean.class;
      case "byte[]": return byte[].class;
      default:
        try {
          return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
          throw new AssertionError(e);
        }
    }
  }

  private static String decision(ContainerRequestFilter filter, Set<String> roles, String... values) {
    if (filter == null) {
      return "UNKNOWN";
    }
    if (filter == GeneratedGuards.PERMIT_ALL) {
      return "PERMIT_ALL";
    }
    if (filter == GeneratedGuards.NO_POLICY) {
      return "NO_POLICY";
    }
    if (filter instanceof DenyAllGuard) {
      return "DENY_ALL";
    }
    if (!(filter instanceof Guard guard)) {
      throw new AssertionError("not a Bouncer filter: " + filter);
    }
    try {
      boolean permitted = (boolean) PERMITS.invoke(guard, caller(roles), request(values));
      return permitted ? "ALLOW" : "FORBID";
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e.getCause());
    }
  }

  private static SecurityContext caller(Set<String> roles) {
    Principal principal = () -> "caller";
    return new SecurityContext() {
      @Override
      public Principal getUserPrincipal() {
        return principal;
      }

      @Override
      public boolean isUserInRole(String role) {
        return roles.contains(role);
      }

      @Override
      public boolean isSecure() {
        return true;
      }

      @Override
      public String getAuthenticationScheme() {
        return "test";
      }
    };
  }

  private static ContainerRequestContext request(String... values) {
    MultivaluedMap<String, String> path = new MultivaluedHashMap<>();
    MultivaluedMap<String, String> query = new MultivaluedHashMap<>();
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    for (String value : values) {
      String source = value.substring(0, value.indexOf(':'));
      String pair = value.substring(value.indexOf(':') + 1);
      String key = pair.substring(0, pair.indexOf('='));
      String v = pair.substring(pair.indexOf('=') + 1);
      switch (source) {
        case "path" -> path.add(key, v);
        case "query" -> query.add(key, v);
        case "header" -> headers.add(key, v);
        default -> throw new IllegalArgumentException(value);
      }
    }
    UriInfo uriInfo =
        (UriInfo)
            Proxy.newProxyInstance(
                GeneratedPolicies.class.getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (proxy, m, args) -> switch (m.getName()) {
                  case "getPathParameters" -> path;
                  case "getQueryParameters" -> query;
                  default -> throw new UnsupportedOperationException(m.getName());
                });
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            GeneratedPolicies.class.getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (proxy, m, args) -> switch (m.getName()) {
              case "getUriInfo" -> uriInfo;
              case "getHeaders" -> headers;
              default -> throw new UnsupportedOperationException(m.getName());
            });
  }
}
