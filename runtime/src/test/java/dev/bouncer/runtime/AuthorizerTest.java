package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorizerTest {

  private static Permission p(String text) {
    return Permission.parse(text);
  }

  @Nested
  class Roles {

    @Test
    void asksForTheRoleNamedLikeThePermission() {
      FakeSecurityContext caller = FakeSecurityContext.user("ann", "orders:read");

      assertTrue(Authorizer.roles().permits(caller, p("orders:read")));
      assertEquals(List.of("orders:read"), caller.askedRoles());
    }

    @Test
    void deniesWhenNotInTheRole() {
      FakeSecurityContext caller = FakeSecurityContext.user("ann", "orders:write");

      assertFalse(Authorizer.roles().permits(caller, p("orders:read")));
    }

    @Test
    void usesTheCanonicalRendering() {
      FakeSecurityContext caller = FakeSecurityContext.user("ann", "orders:read,write");

      assertTrue(Authorizer.roles().permits(caller, p(" orders : read , write ")));
      assertEquals(List.of("orders:read,write"), caller.askedRoles());
    }

    @Test
    void hasNoWildcardSemantics() {
      FakeSecurityContext caller = FakeSecurityContext.user("ann", "orders:*", "*");

      assertFalse(Authorizer.roles().permits(caller, p("orders:read")));
    }

    @Test
    void usesTheRenderingOfPermissionsBuiltWithOf() {
      FakeSecurityContext caller = FakeSecurityContext.user("ann", "orders:read:42");
      Permission required =
          Permission.of(new String[] {"orders"}, new String[] {"read"}, new String[] {"42"});

      assertTrue(Authorizer.roles().permits(caller, required));
      assertEquals(List.of("orders:read:42"), caller.askedRoles());
    }
  }

  @Nested
  class FromGrants {

    private final SecurityContext caller = FakeSecurityContext.user("ann");

    private Authorizer granting(String... grants) {
      List<String> list = Arrays.asList(grants);
      return Authorizer.fromGrants(c -> list);
    }

    @Test
    void exactGrantPermits() {
      assertTrue(granting("orders:read").permits(caller, p("orders:read")));
    }

    @Test
    void wildcardGrantPermits() {
      Authorizer authorizer = granting("orders:*");

      assertTrue(authorizer.permits(caller, p("orders:read")));
      assertTrue(authorizer.permits(caller, p("orders:write:42")));
      assertFalse(authorizer.permits(caller, p("invoices:read")));
    }

    @Test
    void starGrantPermitsEverything() {
      assertTrue(granting("*").permits(caller, p("anything:at:all")));
    }

    @Test
    void subPartGrantPermitsEachSubPart() {
      Authorizer authorizer = granting("orders:read,write");

      assertTrue(authorizer.permits(caller, p("orders:write")));
      assertFalse(authorizer.permits(caller, p("orders:delete")));
    }

    @Test
    void isCaseSensitive() {
      assertFalse(granting("Orders:read").permits(caller, p("orders:read")));
    }

    @Test
    void anyMatchingGrantPermits() {
      Authorizer authorizer = granting("invoices:read", "orders:read", "reports:*");

      assertTrue(authorizer.permits(caller, p("orders:read")));
      assertTrue(authorizer.permits(caller, p("reports:export")));
      assertFalse(authorizer.permits(caller, p("orders:write")));
    }

    @Test
    void noGrantDenies() {
      assertFalse(granting().permits(caller, p("orders:read")));
    }

    @Test
    void nullCollectionDenies() {
      Authorizer authorizer = Authorizer.fromGrants(c -> null);

      assertFalse(authorizer.permits(caller, p("orders:read")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "orders::read", "orders:", "orders:a,,b", ":"})
    void invalidGrantGrantsNothing(String invalid) {
      Authorizer authorizer = granting(invalid);

      assertFalse(authorizer.permits(caller, p("orders:read")));
      assertFalse(authorizer.permits(caller, p("invalid")));
      // Asked twice: the second answer comes from the cache and must be the same.
      assertFalse(authorizer.permits(caller, p("orders:read")));
    }

    @Test
    void invalidGrantDoesNotHideValidOnes() {
      Authorizer authorizer = granting("orders::read", "orders:read");

      assertTrue(authorizer.permits(caller, p("orders:read")));
    }

    @Test
    void grantSpelledLikeTheCacheSentinelStillWorks() {
      // GrantCache marks grants that do not parse with a sentinel; a real "invalid" grant must
      // still be honoured.
      Authorizer authorizer = granting("invalid");

      assertTrue(authorizer.permits(caller, p("invalid")));
      assertTrue(authorizer.permits(caller, p("invalid:x")));
    }

    @Test
    void nullGrantEntriesAreIgnored() {
      Authorizer authorizer = granting(null, "orders:read", null);

      assertTrue(authorizer.permits(caller, p("orders:read")));
      assertFalse(granting((String) null).permits(caller, p("orders:read")));
    }

    @Test
    void grantsAreAskedForOnEveryCheck() {
      AtomicInteger calls = new AtomicInteger();
      List<String> grants = new ArrayList<>(List.of("orders:read"));
      Authorizer authorizer =
          Authorizer.fromGrants(
              c -> {
                calls.incrementAndGet();
                return grants;
              });

      assertTrue(authorizer.permits(caller, p("orders:read")));
      grants.clear();
      assertFalse(authorizer.permits(caller, p("orders:read")));
      assertEquals(2, calls.get());
    }

    @Test
    void grantsAreAskedForTheCallerBeingChecked() {
      SecurityContext ann = FakeSecurityContext.user("ann");
      SecurityContext bob = FakeSecurityContext.user("bob");
      Authorizer authorizer =
          Authorizer.fromGrants(
              c -> c.getUserPrincipal().getName().equals("ann") ? Set.of("orders:*") : Set.of());

      assertTrue(authorizer.permits(ann, p("orders:read")));
      assertFalse(authorizer.permits(bob, p("orders:read")));
    }

    @Test
    void acceptsAnyCollectionType() {
      Collection<String> grants = Set.of("orders:read");

      assertTrue(Authorizer.fromGrants(c -> grants).permits(caller, p("orders:read")));
    }

    @Test
    void exceptionFromGrantsPropagates() {
      IllegalStateException boom = new IllegalStateException("directory down");
      Authorizer authorizer =
          Authorizer.fromGrants(
              c -> {
                throw boom;
              });

      assertSame(
          boom,
          assertThrows(
              IllegalStateException.class, () -> authorizer.permits(caller, p("orders:read"))));
    }

    @Test
    void indexedAndScannedGrantsAnswerAlike() {
      // List.of is indexed once and reused; an ArrayList is read grant by grant on each check.
      List<String> grants = new ArrayList<>();
      for (int i = 0; i < 200; i++) {
        grants.add("res" + i + ":read,write:" + i);
      }
      grants.addAll(List.of("orders:read:*", "region:eu", "a:*:c", "b", "  spaced : x ", "bad::"));
      Authorizer indexed = Authorizer.fromGrants(c -> List.copyOf(grants.subList(0, grants.size())));
      List<String> fixed = List.copyOf(grants);
      Authorizer indexedSame = Authorizer.fromGrants(c -> fixed);
      Authorizer scanned = Authorizer.fromGrants(c -> grants);
      PermissionTemplate region = PermissionTemplate.of(new String[] {"region"}, new String[] {"{r}"});
      List<Permission> required =
          List.of(
              p("orders:read"), p("orders:read:42"), p("orders:write"), p("region:eu"),
              p("region:eu,us"), p("a:b:c"), p("a:b:d"), p("a:b"), p("a"), p("b:anything:else"),
              p("spaced:x"), p("res7:read"), p("res7:read,write:7"), p("res7:read:8"),
              p("res199:write:199"), p("bad"), region.with("eu"), region.with("*"),
              region.with("eu,us"), region.with("eu:x"));
      for (Permission permission : required) {
        boolean expected = scanned.permits(caller, permission);
        assertEquals(expected, indexed.permits(caller, permission), permission.toString());
        assertEquals(expected, indexedSame.permits(caller, permission), permission.toString());
        assertEquals(
            expected, indexedSame.forCaller(caller).permits(caller, permission), permission.toString());
      }
      assertTrue(indexedSame.permits(caller, p("res7:read,write:7")));
      assertFalse(indexedSame.permits(caller, region.with("*")));
    }

    @Test
    void rememberedAnswersBelongToOneCollection() {
      // Constants of generated code are remembered per indexed collection; another collection
      // (a new one after a change of grants) is a new answer.
      Permission read = Permission.of(new String[] {"orders"}, new String[] {"read"});
      Permission write = Permission.of(new String[] {"orders"}, new String[] {"write"});
      List<String> reader = List.of("orders:read", "region:eu");
      List<String> writer = List.of("orders:write");
      java.util.concurrent.atomic.AtomicReference<List<String>> current =
          new java.util.concurrent.atomic.AtomicReference<>();
      Authorizer authorizer = Authorizer.fromGrants(c -> current.get());

      for (int i = 0; i < 4; i++) {
        current.set(reader);
        assertTrue(authorizer.permits(caller, read));
        assertFalse(authorizer.permits(caller, write));
        current.set(writer);
        assertFalse(authorizer.permits(caller, read));
        assertTrue(authorizer.forCaller(caller).permits(caller, write));
      }
    }

    @Test
    void nullFunctionIsRejected() {
      assertThrows(NullPointerException.class, () -> Authorizer.fromGrants(null));
    }

    @Test
    void manyDistinctGrantsStillWork() {
      // More distinct grants than the cache keeps: those beyond its bound are parsed each time.
      List<String> grants = new ArrayList<>();
      for (int i = 0; i < 10_050; i++) {
        grants.add("orders:read:" + i);
      }
      Authorizer authorizer = Authorizer.fromGrants(c -> grants);

      assertTrue(authorizer.permits(caller, p("orders:read:10049")));
      assertTrue(authorizer.permits(caller, p("orders:read:10049")));
      assertFalse(authorizer.permits(caller, p("orders:read:10050")));
    }
  }
}
