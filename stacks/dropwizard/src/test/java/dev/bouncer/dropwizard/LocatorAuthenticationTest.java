package dev.bouncer.dropwizard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.RequiresPermission;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The fail-closed branches the Dropwizard integration tests cannot reach: a request whose locators
 * cannot be told, and a method whose annotations cannot be read, are authenticated.
 */
class LocatorAuthenticationTest {

  /** An authentication filter that counts its calls and refuses, as dropwizard-auth's do. */
  private static final class Refusing implements ContainerRequestFilter {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public void filter(ContainerRequestContext request) {
      calls.incrementAndGet();
      throw new NotAuthorizedException("Basic realm=\"test\"");
    }
  }

  /** A request whose UriInfo is not Jersey's ExtendedUriInfo. */
  private static ContainerRequestContext requestWithPlainUriInfo() {
    UriInfo uriInfo =
        (UriInfo)
            Proxy.newProxyInstance(
                UriInfo.class.getClassLoader(),
                new Class<?>[] {UriInfo.class},
                (proxy, method, args) -> {
                  throw new UnsupportedOperationException(method.getName());
                });
    return (ContainerRequestContext)
        Proxy.newProxyInstance(
            ContainerRequestContext.class.getClassLoader(),
            new Class<?>[] {ContainerRequestContext.class},
            (proxy, method, args) -> {
              if (method.getName().equals("getUriInfo")) {
                return uriInfo;
              }
              throw new UnsupportedOperationException(method.getName());
            });
  }

  @Test
  void locatorsThatCannotBeToldAreAuthenticated() {
    Refusing auth = new Refusing();
    LocatorAuthentication filter = new LocatorAuthentication(auth);
    assertThrows(NotAuthorizedException.class, () -> filter.filter(requestWithPlainUriInfo()));
    assertEquals(1, auth.calls.get());
  }

  static class Resource {
    @RequiresPermission("orders:read")
    public void guarded() {}

    public void open() {}
  }

  @Test
  void policyIsReadAsBouncerReadsIt() throws Exception {
    assertTrue(
        BouncerAuthDynamicFeature.enforced(Resource.class, Resource.class.getMethod("guarded")));
    assertFalse(
        BouncerAuthDynamicFeature.enforced(Resource.class, Resource.class.getMethod("open")));
  }

  @Test
  void unreadableAnnotationsAreAuthenticated() throws Exception {
    Method open = Resource.class.getMethod("open");
    // BouncerPolicies refuses a null class; the bridge must take that doubt as "authenticate".
    assertTrue(BouncerAuthDynamicFeature.enforced(null, open));
  }
}
