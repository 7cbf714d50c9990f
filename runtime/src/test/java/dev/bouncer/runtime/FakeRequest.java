package dev.bouncer.runtime;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ContainerRequestContext} that has a security context and properties and records {@code
 * abortWith}; any other method throws, so a filter that reads more of the request than it should is noticed.
 */
public final class FakeRequest {
  private final List<Response> aborts = new ArrayList<>();
  private final Map<String, Object> properties = new HashMap<>();
  private final ContainerRequestContext context;
  private UriInfo uriInfo;
  private MultivaluedMap<String, String> headers;
  private String httpMethod = "GET";

  private FakeRequest(SecurityContext securityContext) {
    context =
        (ContainerRequestContext)
            Proxy.newProxyInstance(
                ContainerRequestContext.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class},
                (proxy, method, args) -> {
                  switch (method.getName()) {
                    case "getSecurityContext":
                      return securityContext;
                    case "abortWith":
                      aborts.add((Response) args[0]);
                      return null;
                    case "getProperty":
                      return properties.get((String) args[0]);
                    case "setProperty":
                      properties.put((String) args[0], args[1]);
                      return null;
                    case "getUriInfo":
                      if (uriInfo == null) {
                        throw new UnsupportedOperationException("no UriInfo given");
                      }
                      return uriInfo;
                    case "getHeaders":
                      if (headers == null) {
                        throw new UnsupportedOperationException("no headers given");
                      }
                      return headers;
                    case "getMethod":
                      return httpMethod;
                    case "toString":
                      return "FakeRequest";
                    default:
                      throw new UnsupportedOperationException(method.toString());
                  }
                });
  }

  /** A request whose security context is {@code securityContext}, which may be null. */
  public static FakeRequest with(SecurityContext securityContext) {
    return new FakeRequest(securityContext);
  }

  /** Gives the request a {@link UriInfo}; without one, {@code getUriInfo} throws. */
  public FakeRequest uriInfo(UriInfo info) {
    this.uriInfo = info;
    return this;
  }

  /** Sets the request's HTTP method (GET unless set). */
  public FakeRequest method(String name) {
    this.httpMethod = name;
    return this;
  }

  /** Gives the request headers; without them, {@code getHeaders} throws. */
  public FakeRequest headers(MultivaluedMap<String, String> requestHeaders) {
    this.headers = requestHeaders;
    return this;
  }

  /** A property a filter set, or null. */
  public Object property(String name) {
    return properties.get(name);
  }

  /** The request to pass to a filter. */
  public ContainerRequestContext context() {
    return context;
  }

  /** Whether a filter aborted the request. */
  public boolean aborted() {
    return !aborts.isEmpty();
  }

  /** The one response the request was aborted with; fails unless it was aborted exactly once. */
  public Response abortResponse() {
    if (aborts.size() != 1) {
      throw new AssertionError("expected one abortWith, got " + aborts.size());
    }
    return aborts.get(0);
  }
}
