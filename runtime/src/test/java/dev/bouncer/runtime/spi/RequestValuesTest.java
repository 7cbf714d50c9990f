package dev.bouncer.runtime.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncer.runtime.FakeRequest;
import dev.bouncer.runtime.FakeSecurityContext;
import dev.bouncer.runtime.FakeUriInfo;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.ArrayList;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

/** Template values: exactly one non-empty value, or null (which generated code denies). */
class RequestValuesTest {

  private static ContainerRequestContext request(FakeUriInfo uri) {
    return FakeRequest.with(FakeSecurityContext.anonymous()).uriInfo(uri.build()).context();
  }

  private static ContainerRequestContext withHeader(String name, String... values) {
    MultivaluedMap<String, String> headers = new MultivaluedHashMap<>();
    headers.put(name, new ArrayList<>(Arrays.asList(values)));
    return FakeRequest.with(FakeSecurityContext.anonymous()).headers(headers).context();
  }

  @Test
  void aSinglePathValue() {
    assertEquals("42", RequestValues.path(request(new FakeUriInfo().path("id", "42")), "id"));
  }

  @Test
  void aPathValueThatIsMissingEmptyOrRepeatedIsNull() {
    FakeUriInfo uri =
        new FakeUriInfo().path("empty", "").path("two", "1", "2").path("none").path("id", "7");

    assertNull(RequestValues.path(request(uri), "missing"));
    assertNull(RequestValues.path(request(uri), "empty"));
    assertNull(RequestValues.path(request(uri), "two"));
    assertNull(RequestValues.path(request(uri), "none"));
    assertEquals("7", RequestValues.path(request(uri), "id"));
  }

  @Test
  void pathAndQueryAreNotMixedUp() {
    FakeUriInfo uri = new FakeUriInfo().path("id", "p").query("id", "q").query("page", "3");

    assertEquals("p", RequestValues.path(request(uri), "id"));
    assertEquals("q", RequestValues.query(request(uri), "id"));
    assertEquals("3", RequestValues.query(request(uri), "page"));
    assertNull(RequestValues.path(request(uri), "page"));
  }

  @Test
  void aQueryValueThatIsRepeatedOrEmptyIsNull() {
    FakeUriInfo uri = new FakeUriInfo().query("tenant", "a", "b").query("blank", "");

    assertNull(RequestValues.query(request(uri), "tenant"));
    assertNull(RequestValues.query(request(uri), "blank"));
    assertNull(RequestValues.query(request(uri), "absent"));
  }

  @Test
  void headers() {
    assertEquals("acme", RequestValues.header(withHeader("X-Tenant", "acme"), "X-Tenant"));
    assertNull(RequestValues.header(withHeader("X-Tenant", "acme", "evil"), "X-Tenant"));
    assertNull(RequestValues.header(withHeader("X-Tenant", ""), "X-Tenant"));
    assertNull(RequestValues.header(withHeader("X-Tenant", (String) null), "X-Tenant"));
    assertNull(RequestValues.header(withHeader("X-Other", "acme"), "X-Tenant"));
  }

  @Test
  void aValueThatIsOnlyWhitespaceIsKeptAsWritten() {
    assertEquals(" ", RequestValues.header(withHeader("X-Tenant", " "), "X-Tenant"));
  }
}
