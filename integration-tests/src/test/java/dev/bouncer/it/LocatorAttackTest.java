package dev.bouncer.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.bouncer.it.app.Apps;
import dev.bouncer.it.app.Hits;
import dev.bouncer.it.app.TestAuthenticationFilter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Sub-resource locators attacked with raw request bytes: percent-encoded literal and template
 * segments, encoded slashes, matrix parameters (with and without values, at every depth), dot
 * segments, case variants, an encoded character inside a locator's own {@code @Path}, regular
 * expression templates, locators returning {@code Class} and {@code Object}, three-deep chains, one
 * sub-resource class reached from an open and a protected locator, and the methods a server
 * answers itself (OPTIONS, HEAD).
 *
 * <p>Whatever a server decides to match, the policy checked must be that of the locators it really
 * invoked: hit counters record which locators and which resource method ran, and each request is
 * judged against them. A protected locator that ran for a caller without its grant means a denial
 * (401 anonymous, 403 identified) and no resource method; a request that went only through open
 * locators must not be denied.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class LocatorAttackTest {
  /** Protected locators (their hit key) and the grant each needs. */
  private static final Map<String, String> PROTECTED =
      Map.of(
          "people.admin", "people:admin",
          "vault.named", "vault:open",
          "store.item", "store:item",
          "store.space", "store:space",
          "store.class", "store:class",
          "store.object", "store:object");

  /**
   * What a server answers when no resource method matched (after the locators ran, before any
   * filter): the matching algorithm decides these, and no resource method runs.
   */
  private static final Set<Integer> NO_METHOD_MATCHED = Set.of(404, 405, 406, 415);

  private static final String ALL_GRANTS = String.join(" ", new TreeSet<>(PROTECTED.values()));

  private static final List<String> PATHS =
      List.of(
          // a protected literal beside an open template, both returning Box
          "lx/people/admin",
          "lx/people/admin;x=1",
          "lx/people/admin;",
          "lx/people/admin;x",
          "lx/people/admin;x=1;y=2",
          "lx/people/%61dmin",
          "lx/people/adm%69n",
          "lx/people/%61%64%6D%69%6E",
          "lx/people/ADMIN",
          "lx/people/Admin",
          "lx/people/bob",
          "lx/people/bob;x=1",
          "lx/people/admin/leaf",
          "lx/people/admin;x=1/leaf",
          "lx/people/admin;x=1/leaf;y=2",
          "lx/people/admin%2Fleaf",
          "lx/people/admin%2fleaf",
          "lx/people/admin%3Bx=1",
          "lx/people/admin/inner",
          "lx/people/admin/inner;z=3/leaf",
          "lx/people/admin;x=1/inner;y=2/leaf;z=3",
          "lx/people/bob/inner/leaf",
          "lx/people/bob;a=b/inner;c=d/leaf",
          "lx/people/./admin",
          "lx/people/bob/../admin",
          "lx/people/bob/%2E%2E/admin",
          "lx/people//admin",
          "lx;x=1/people/admin",
          "lx/people;x=1/admin",
          // a protected plain template beside an open regular expression
          "lx/vault/42",
          "lx/vault/4%32",
          "lx/vault/%34%32",
          "lx/vault/42;m=1",
          "lx/vault/abc",
          "lx/vault/ab%63",
          "lx/vault/42/inner/leaf",
          "lx/vault/abc/inner/leaf",
          // an open literal beside a protected template
          "lx/store/public",
          "lx/store/publi%63",
          "lx/store/%70ublic",
          "lx/store/public;m=1",
          "lx/store/public;",
          "lx/store/PUBLIC",
          "lx/store/x",
          "lx/store/x;m=1",
          // an open two-segment literal beside a protected one-segment template
          "lx/store/a/b",
          "lx/store/a%2Fb",
          "lx/store/a%2fb",
          "lx/store/a;m=1/b",
          "lx/store/a/b/leaf",
          "lx/store/a%2Fb/leaf",
          // a protected locator whose @Path holds an encoded character
          "lx/store/sp%20ace",
          "lx/store/sp%20ace/leaf",
          "lx/store/sp%2520ace",
          // Class and Object
          "lx/store/kind/class",
          "lx/store/kind/class;m=1",
          "lx/store/kind/object",
          "lx/store/kind/object/leaf",
          "lx/store/kind/open-object",
          "lx/store/kind/open-object/leaf",
          "lx/store/kind%2Fobject",
          "lx/store/kind/%6Fbject");

  private final HttpClient client =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();
  private ServerUnderTest explicit;
  private ServerUnderTest discovered;

  /** Starts this implementation's server for one application. */
  protected abstract ServerUnderTest.Factory factory();

  /**
   * Whether this server tells Bouncer which locator it matched, whatever the request looks like:
   * Jersey always (its {@code ExtendedUriInfo}), any Jakarta REST 4.0 server through the matched
   * resource template. Otherwise Bouncer requires the policy of every locator that could have
   * returned the sub-resource, except those the server's matched URIs rule out (RESTEasy 6): a
   * percent-encoded or matrix-parameter request through an open locator beside a protected one is
   * then denied too, fail closed, never open.
   */
  protected boolean exactForEveryRequest() {
    for (java.lang.reflect.Method m : jakarta.ws.rs.core.UriInfo.class.getMethods()) {
      if (m.getName().equals("getMatchedResourceTemplate")) {
        return true;
      }
    }
    return false;
  }

  @BeforeAll
  void start() throws Exception {
    explicit = factory().start(Apps.locators(true));
    discovered = factory().start(Apps.locators(false));
  }

  @AfterAll
  void stop() {
    explicit.close();
    discovered.close();
  }

  @TestFactory
  Stream<DynamicTest> everyRequestIsJudgedByTheLocatorsThatRan() {
    List<DynamicTest> tests = new ArrayList<>();
    for (String mode : List.of("explicit", "discovered")) {
      for (String method : List.of("GET", "DELETE", "HEAD", "OPTIONS")) {
        for (String path : PATHS) {
          for (String who : List.of("anonymous", "nobody", "everything")) {
            tests.add(
                DynamicTest.dynamicTest(
                    mode + " " + method + " /" + path + " as " + who,
                    () -> judge(mode.equals("explicit") ? explicit : discovered, method, path, who)));
          }
        }
      }
    }
    return tests.stream();
  }

  /** The decisive cases, stated exactly: each one was answered wrongly by an earlier Bouncer. */
  @Test
  void matrixParametersOnAProtectedLiteralDoNotOpenIt() throws Exception {
    for (ServerUnderTest server : List.of(explicit, discovered)) {
      for (String path : List.of("lx/people/admin;x=1", "lx/people/admin;")) {
        for (String method : List.of("GET", "DELETE")) {
          Outcome o = send(server, method, path, "anonymous");
          assertTrue(o.ran.contains("people.admin"), o.toString());
          assertEquals(401, o.status, o.toString());
          assertTrue(o.resourceMethods().isEmpty(), o.toString());
        }
      }
    }
  }

  @Test
  void percentEncodedSegmentsAreCheckedAgainstTheLocatorTheServerPicked() throws Exception {
    for (ServerUnderTest server : List.of(explicit, discovered)) {
      for (String path :
          List.of("lx/vault/4%32", "lx/vault/%34%32", "lx/store/publi%63", "lx/store/%70ublic")) {
        Outcome anonymous = send(server, "GET", path, "anonymous");
        assertTrue(anonymous.resourceMethods().isEmpty() || protectedRan(anonymous).isEmpty(),
            anonymous.toString());
        if (!protectedRan(anonymous).isEmpty()) {
          assertEquals(401, anonymous.status, anonymous.toString());
        }
      }
      Outcome space = send(server, "GET", "lx/store/sp%20ace", "anonymous");
      assertTrue(space.ran.contains("store.space"), space.toString());
      assertEquals(401, space.status, space.toString());
      Outcome spaceAllowed = send(server, "GET", "lx/store/sp%20ace", "everything");
      assertEquals(200, spaceAllowed.status, spaceAllowed.toString());
    }
  }

  @Test
  void openLocatorsAreNotDeniedForLegitimateCallers() throws Exception {
    for (ServerUnderTest server : List.of(explicit, discovered)) {
      for (String path :
          List.of(
              "lx/people/bob",
              "lx/people/bob;x=1",
              "lx/people/bob/inner/leaf",
              "lx/vault/42",
              "lx/store/public",
              "lx/store/public;m=1",
              "lx/store/a/b",
              "lx/store/kind/open-object")) {
        if (!exactForEveryRequest() && (path.indexOf('%') >= 0 || path.indexOf(';') >= 0)) {
          continue; // may have been matched by the protected sibling too: both hold there
        }
        Outcome o = send(server, "GET", path, "nobody");
        assertEquals(200, o.status, o.toString());
        assertEquals(1, o.resourceMethods().size(), o.toString());
      }
    }
  }

  @Test
  void optionsBeneathLocatorsIsAnsweredByTheServerAsWithoutBouncer() throws Exception {
    for (ServerUnderTest server : List.of(explicit, discovered)) {
      for (String path : List.of("lx/people/bob", "lx/people/bob/leaf", "lx/people/admin")) {
        for (String accept : List.of("*/*", "application/json", "text/plain")) {
          HttpResponse<String> response =
              client.send(
                  HttpRequest.newBuilder(URI.create(server.baseUri() + path))
                      .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                      .header("Accept", accept)
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          assertTrue(
              response.statusCode() == 200 || response.statusCode() == 204,
              "OPTIONS /" + path + " (" + accept + "): " + response.statusCode());
          String allow = response.headers().firstValue("Allow").orElse("");
          assertTrue(allow.contains("GET"), "OPTIONS /" + path + ": Allow " + allow);
        }
      }
    }
  }

  @Test
  void explicitOptionsAndHeadMethodsAreChecked() throws Exception {
    for (ServerUnderTest server : List.of(explicit, discovered)) {
      Outcome options = send(server, "OPTIONS", "lx/people/admin/explicit-options", "anonymous");
      assertEquals(401, options.status, options.toString());
      assertTrue(options.resourceMethods().isEmpty(), options.toString());
      Outcome head = send(server, "HEAD", "lx/people/admin/explicit-head", "nobody");
      assertEquals(403, head.status, head.toString());
      assertTrue(head.resourceMethods().isEmpty(), head.toString());
      Outcome headOfGet = send(server, "HEAD", "lx/people/admin", "anonymous");
      assertEquals(401, headOfGet.status, headOfGet.toString());
      assertTrue(headOfGet.resourceMethods().isEmpty(), headOfGet.toString());
      Outcome allowed = send(server, "OPTIONS", "lx/people/admin/explicit-options", "everything");
      assertEquals(200, allowed.status, allowed.toString());
    }
  }

  private void judge(ServerUnderTest server, String method, String path, String who)
      throws Exception {
    Outcome o = send(server, method, path, who);
    assertNotEquals(500, o.status, o.toString());
    Set<String> missing = new TreeSet<>();
    for (String locator : protectedRan(o)) {
      if (!who.equals("everything")) {
        missing.add(PROTECTED.get(locator));
      }
    }
    boolean serverOptions = method.equals("OPTIONS") && !path.contains("explicit-options");
    boolean unmatched = o.resourceMethods().isEmpty() && NO_METHOD_MATCHED.contains(o.status);
    if (!missing.isEmpty() && !serverOptions && !unmatched) {
      assertEquals(who.equals("anonymous") ? 401 : 403, o.status, "must deny: " + o);
      assertTrue(o.resourceMethods().isEmpty(), "a resource method ran: " + o);
    }
    boolean plain = path.indexOf('%') < 0 && path.indexOf(';') < 0;
    if (missing.isEmpty() && (plain || exactForEveryRequest())) {
      assertTrue(o.status != 401 && o.status != 403, "denied a caller it must let in: " + o);
    }
  }

  private static Set<String> protectedRan(Outcome o) {
    Set<String> ran = new TreeSet<>(o.ran);
    ran.retainAll(PROTECTED.keySet());
    return ran;
  }

  private Outcome send(ServerUnderTest server, String method, String path, String who)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(server.baseUri() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(Duration.ofSeconds(10));
    if (!who.equals("anonymous")) {
      request.header(TestAuthenticationFilter.USER, who);
      if (who.equals("everything")) {
        request.header(TestAuthenticationFilter.GRANTS, ALL_GRANTS);
      }
    }
    Map<String, Integer> before = Hits.snapshot();
    HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    Map<String, Integer> after = Hits.snapshot();
    Set<String> ran = new TreeSet<>();
    after.forEach(
        (key, n) -> {
          if (n > before.getOrDefault(key, 0)) {
            ran.add(key);
          }
        });
    return new Outcome(method + " /" + path + " as " + who, response.statusCode(), ran);
  }

  private record Outcome(String request, int status, Set<String> ran) {
    Set<String> resourceMethods() {
      Set<String> methods = new TreeSet<>();
      for (String key : ran) {
        if ((key.startsWith("box.") && !key.startsWith("box.inner@")) || key.startsWith("classbox.")) {
          methods.add(key);
        }
      }
      return methods;
    }

    @Override
    public String toString() {
      return request + " -> " + status + ", ran " + ran;
    }
  }
}
