package dev.bouncer.bench.decision;

import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.InputStream;
import java.net.URI;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A matched request as a server hands it to an authorization filter: {@code GET
 * /orders/42/lines?region=eu} with a security context. {@link #abortWith} records the answer, so a
 * benchmark can return it and a check can read it.
 */
public final class BenchRequest implements ContainerRequestContext {
  private final UriInfo uriInfo;
  private final MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
  private SecurityContext securityContext;
  private Response aborted;
  // One request property, all a filter here sets (Bouncer's sub-resource gate marks the request
  // decided); two fields, so that setting it allocates nothing.
  private String propertyName;
  private Object propertyValue;

  /**
   * A request from {@code caller}.
   *
   * @param caller the security context, or null for an anonymous request
   */
  public BenchRequest(SecurityContext caller) {
    this(caller, null);
  }

  /**
   * A request from {@code caller} that the server matched through sub-resource locators.
   *
   * @param caller the security context, or null for an anonymous request
   * @param matchedResources what {@code UriInfo.getMatchedResources()} lists, innermost first
   */
  public BenchRequest(SecurityContext caller, List<Object> matchedResources) {
    this.securityContext = caller;
    this.uriInfo = new BenchUriInfo("42", "eu", matchedResources);
  }

  /** Forgets the request property, so that the next filter call decides afresh. */
  public void clearProperty() {
    propertyName = null;
    propertyValue = null;
  }

  /** The answer a filter aborted with, or null if it let the request through. */
  public Response aborted() {
    return aborted;
  }

  @Override
  public void abortWith(Response response) {
    this.aborted = response;
  }

  @Override
  public SecurityContext getSecurityContext() {
    return securityContext;
  }

  @Override
  public void setSecurityContext(SecurityContext context) {
    this.securityContext = context;
  }

  @Override
  public UriInfo getUriInfo() {
    return uriInfo;
  }

  @Override
  public MultivaluedMap<String, String> getHeaders() {
    return headers;
  }

  @Override
  public String getHeaderString(String name) {
    List<String> values = headers.get(name);
    return values == null ? null : String.join(",", values);
  }

  @Override
  public boolean containsHeaderString(
      String name, String valueSeparatorRegex, Predicate<String> valuePredicate) {
    throw unsupported();
  }

  @Override
  public String getMethod() {
    return "GET";
  }

  @Override
  public Object getProperty(String name) {
    return name.equals(propertyName) ? propertyValue : null;
  }

  @Override
  public Collection<String> getPropertyNames() {
    return List.of();
  }

  @Override
  public void setProperty(String name, Object object) {
    if (propertyName != null && !propertyName.equals(name)) {
      throw unsupported();
    }
    propertyName = name;
    propertyValue = object;
  }

  @Override
  public void removeProperty(String name) {}

  @Override
  public void setRequestUri(URI requestUri) {
    throw unsupported();
  }

  @Override
  public void setRequestUri(URI baseUri, URI requestUri) {
    throw unsupported();
  }

  @Override
  public Request getRequest() {
    throw unsupported();
  }

  @Override
  public void setMethod(String method) {
    throw unsupported();
  }

  @Override
  public Date getDate() {
    return null;
  }

  @Override
  public Locale getLanguage() {
    return null;
  }

  @Override
  public int getLength() {
    return -1;
  }

  @Override
  public MediaType getMediaType() {
    return null;
  }

  @Override
  public List<MediaType> getAcceptableMediaTypes() {
    return List.of();
  }

  @Override
  public List<Locale> getAcceptableLanguages() {
    return List.of();
  }

  @Override
  public Map<String, Cookie> getCookies() {
    return Map.of();
  }

  @Override
  public boolean hasEntity() {
    return false;
  }

  @Override
  public InputStream getEntityStream() {
    return InputStream.nullInputStream();
  }

  @Override
  public void setEntityStream(InputStream input) {
    throw unsupported();
  }

  private static UnsupportedOperationException unsupported() {
    return new UnsupportedOperationException("not needed by the benchmarked filters");
  }
}
