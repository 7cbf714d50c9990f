package dev.bouncer.runtime;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link UriInfo} with the matched resources and URIs a server reports (innermost first, as
 * Jersey and RESTEasy do), decoded path and query parameters, and a request URI. Asking for
 * undecoded parameters, or for anything else, throws, so a filter that reads more than it should is
 * noticed.
 */
public final class FakeUriInfo {
  private final List<Object> matchedResources = new ArrayList<>();
  private final List<String> matchedUris = new ArrayList<>();
  private final MultivaluedMap<String, String> pathParameters = new MultivaluedHashMap<>();
  private final MultivaluedMap<String, String> queryParameters = new MultivaluedHashMap<>();
  private URI requestUri = URI.create("http://127.0.0.1/");

  /** The matched resource instances, innermost first. */
  public FakeUriInfo resources(Object... innermostFirst) {
    matchedResources.addAll(List.of(innermostFirst));
    return this;
  }

  /** The matched URIs, innermost first. */
  public FakeUriInfo uris(String... innermostFirst) {
    matchedUris.addAll(List.of(innermostFirst));
    return this;
  }

  public FakeUriInfo path(String name, String... values) {
    pathParameters.put(name, new ArrayList<>(List.of(values)));
    return this;
  }

  public FakeUriInfo query(String name, String... values) {
    queryParameters.put(name, new ArrayList<>(List.of(values)));
    return this;
  }

  public FakeUriInfo requestUri(String uri) {
    requestUri = URI.create(uri);
    return this;
  }

  public UriInfo build() {
    return (UriInfo)
        Proxy.newProxyInstance(
            UriInfo.class.getClassLoader(),
            new Class<?>[] {UriInfo.class},
            (proxy, method, args) -> {
              int arity = args == null ? 0 : args.length;
              switch (method.getName() + "/" + arity) {
                case "getMatchedResources/0":
                  return matchedResources;
                case "getMatchedURIs/0":
                case "getMatchedURIs/1":
                  return matchedUris;
                case "getRequestUri/0":
                  return requestUri;
                case "getPathParameters/1":
                  return decoded(args[0], pathParameters);
                case "getQueryParameters/1":
                  return decoded(args[0], queryParameters);
                case "toString/0":
                  return "FakeUriInfo";
                default:
                  throw new UnsupportedOperationException(method.toString());
              }
            });
  }

  private static MultivaluedMap<String, String> decoded(
      Object decode, MultivaluedMap<String, String> values) {
    if (!Boolean.TRUE.equals(decode)) {
      throw new UnsupportedOperationException("only decoded values are faked");
    }
    return values;
  }
}
