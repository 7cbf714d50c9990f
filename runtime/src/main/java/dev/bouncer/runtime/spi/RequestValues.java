package dev.bouncer.runtime.spi;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;

/**
 * The request values that fill permission templates. Each returns the single, non-empty value of
 * the name, or null when there is none, it is empty, or there are several (a caller must not be
 * authorized for one value while the resource acts on another): generated code denies on null.
 */
public final class RequestValues {
  private RequestValues() {}

  /**
   * A path template variable, decoded as the resource method sees it.
   *
   * @param request the request
   * @param name the variable's name
   * @return its single non-empty value, or null
   */
  public static String path(ContainerRequestContext request, String name) {
    return single(request.getUriInfo().getPathParameters(true), name);
  }

  /**
   * A query parameter, decoded.
   *
   * @param request the request
   * @param name the parameter's name
   * @return its single non-empty value, or null
   */
  public static String query(ContainerRequestContext request, String name) {
    return single(request.getUriInfo().getQueryParameters(true), name);
  }

  /**
   * A request header.
   *
   * @param request the request
   * @param name the header's name (case-insensitive)
   * @return its single non-empty value, or null
   */
  public static String header(ContainerRequestContext request, String name) {
    return single(request.getHeaders(), name);
  }

  private static String single(MultivaluedMap<String, String> map, String name) {
    List<String> values = map.get(name);
    if (values == null || values.size() != 1) {
      return null;
    }
    String value = values.get(0);
    return value == null || value.isEmpty() ? null : value;
  }
}
