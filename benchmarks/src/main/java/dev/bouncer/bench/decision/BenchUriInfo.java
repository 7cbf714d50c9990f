package dev.bouncer.bench.decision;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.PathSegment;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;

/**
 * The matched request {@code GET /orders/42/lines?region=eu}: path and query parameters already
 * decoded, as the server hands them to filters after matching. Only what filters read is
 * supported.
 */
final class BenchUriInfo implements UriInfo {
  private final MultivaluedMap<String, String> pathParameters = new MultivaluedHashMap<>();
  private final MultivaluedMap<String, String> queryParameters = new MultivaluedHashMap<>();

  private final List<Object> matchedResources;

  BenchUriInfo(String id, String region, List<Object> matchedResources) {
    this.matchedResources = matchedResources;
    pathParameters.putSingle("id", id);
    queryParameters.putSingle("region", region);
  }

  @Override
  public MultivaluedMap<String, String> getPathParameters() {
    return pathParameters;
  }

  @Override
  public MultivaluedMap<String, String> getPathParameters(boolean decode) {
    return pathParameters;
  }

  @Override
  public MultivaluedMap<String, String> getQueryParameters() {
    return queryParameters;
  }

  @Override
  public MultivaluedMap<String, String> getQueryParameters(boolean decode) {
    return queryParameters;
  }

  @Override
  public String getPath() {
    return "orders/" + pathParameters.getFirst("id") + "/lines";
  }

  @Override
  public String getPath(boolean decode) {
    return getPath();
  }

  @Override
  public List<PathSegment> getPathSegments() {
    throw unsupported();
  }

  @Override
  public List<PathSegment> getPathSegments(boolean decode) {
    throw unsupported();
  }

  @Override
  public URI getRequestUri() {
    return URI.create("http://localhost/" + getPath() + "?region=" + queryParameters.getFirst("region"));
  }

  @Override
  public UriBuilder getRequestUriBuilder() {
    throw unsupported();
  }

  @Override
  public URI getAbsolutePath() {
    return URI.create("http://localhost/" + getPath());
  }

  @Override
  public UriBuilder getAbsolutePathBuilder() {
    throw unsupported();
  }

  @Override
  public URI getBaseUri() {
    return URI.create("http://localhost/");
  }

  @Override
  public UriBuilder getBaseUriBuilder() {
    throw unsupported();
  }

  @Override
  public List<String> getMatchedURIs() {
    throw unsupported();
  }

  @Override
  public List<String> getMatchedURIs(boolean decode) {
    throw unsupported();
  }

  @Override
  public List<Object> getMatchedResources() {
    if (matchedResources == null) {
      throw unsupported();
    }
    return matchedResources;
  }

  @Override
  public String getMatchedResourceTemplate() {
    return "/orders/{id}/lines";
  }

  @Override
  public URI resolve(URI uri) {
    throw unsupported();
  }

  @Override
  public URI relativize(URI uri) {
    throw unsupported();
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("not needed by the benchmarked filters");
  }
}
