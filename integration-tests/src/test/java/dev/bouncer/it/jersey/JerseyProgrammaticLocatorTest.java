package dev.bouncer.it.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncer.RequiresPermission;
import dev.bouncer.it.ServerUnderTest;
import dev.bouncer.it.app.Hits;
import dev.bouncer.it.app.TestAuthenticationFilter;
import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.BouncerFeature;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.glassfish.jersey.server.model.Resource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Jersey only: a locator that returns a programmatic {@link Resource}. Jersey says which locator it
 * invoked, so the locator's policy holds, and the programmatic handler (which carries no policy of
 * its own) runs only when it does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JerseyProgrammaticLocatorTest {
  @Path("prog")
  public static class ProgrammaticParent {
    @Path("admin")
    @RequiresPermission("prog:admin")
    public Resource admin() {
      Hits.record("prog.admin");
      return handler("prog.admin.get");
    }

    @Path("open")
    public Resource open() {
      Hits.record("prog.open");
      return handler("prog.open.get");
    }

    private static Resource handler(String key) {
      Resource.Builder builder = Resource.builder();
      builder.addMethod("GET").handledBy(request -> Response.ok(Hits.record(key)).build());
      return builder.build();
    }
  }

  private final HttpClient client =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private ServerUnderTest explicit;
  private ServerUnderTest discovered;

  @BeforeAll
  void start() {
    explicit =
        JerseyServer.start(
            app(
                BouncerFeature.builder()
                    .authorizer(Authorizer.fromGrants(TestAuthenticationFilter::grantsOf))
                    .build()));
    discovered = JerseyServer.start(app(null));
  }

  @AfterAll
  void stop() {
    explicit.close();
    discovered.close();
  }

  private static Application app(Object feature) {
    return new Application() {
      @Override
      public Set<Class<?>> getClasses() {
        return Set.of(ProgrammaticParent.class, TestAuthenticationFilter.class);
      }

      @Override
      @SuppressWarnings("deprecation")
      public Set<Object> getSingletons() {
        return feature == null ? Set.of() : Set.of(feature);
      }
    };
  }

  private int get(ServerUnderTest server, String path, String user, String grants) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUri() + path));
    if (user != null) {
      request.header(TestAuthenticationFilter.USER, user);
      if (grants != null) {
        request.header(TestAuthenticationFilter.GRANTS, grants);
      }
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
  }

  @Test
  void aProtectedLocatorReturningAProgrammaticResourceIsChecked() throws Exception {
    for (ServerUnderTest server : new ServerUnderTest[] {explicit, discovered}) {
      int ran = Hits.count("prog.admin.get");
      assertEquals(401, get(server, "prog/admin", null, null));
      assertEquals(403, get(server, "prog/admin", "bob", null));
      assertEquals(403, get(server, "prog/admin;x=1", "bob", null));
      assertEquals(ran, Hits.count("prog.admin.get"), "the handler ran for a denied request");
      assertEquals(200, get(server, "prog/admin", "ada", "prog:admin"));
      assertEquals(ran + 1, Hits.count("prog.admin.get"));
    }
  }

  @Test
  void anOpenLocatorReturningAProgrammaticResourceIsOpen() throws Exception {
    for (ServerUnderTest server : new ServerUnderTest[] {explicit, discovered}) {
      assertEquals(200, get(server, "prog/open", null, null));
    }
  }
}
