package dev.bouncer.runtime;

import dev.bouncer.policy.GrantIndex;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@link Authorizer#fromGrants(Function)}: asks the application for a caller's grant strings once
 * per decision ({@link #forCaller}) and answers every check of that decision from them.
 *
 * <p>A grant collection the JDK or Guava guarantees immutable ({@code List.of}, {@code Set.of},
 * {@code Stream.toList()}, {@code Collections.emptyList()}, Guava's {@code Immutable*}) is indexed
 * once ({@link GrantIndex}) and the index reused for as long as the application hands out the same
 * instance (an application that keeps a caller's grants, for example in its principal or a session
 * cache): a check then costs a few map look-ups whatever the number of grants. The index is found
 * by the identity of that collection in a small table, which holds the collection itself, so an
 * identity is never confused with a later object's. Any other collection may change between
 * requests (a grant revoked from a set the application keeps), so it is read as it is, grant by
 * grant, on each check: no answer ever comes from a copy that could be stale.
 */
final class GrantsAuthorizer implements Authorizer {
  /** Slots of the identity table; a power of two. A miss only costs building an index again. */
  private static final int SLOTS = 256;

  private static final View DENY_ALL = new View(GrantIndex.empty());

  private static final Set<Class<?>> JDK_IMMUTABLE =
      Set.copyOf(
          List.<Class<?>>of(
          List.of().getClass(),
          List.of(1).getClass(),
          List.of(1, 2, 3).getClass(),
          Set.of().getClass(),
          Set.of(1).getClass(),
          Set.of(1, 2, 3).getClass(),
          Stream.of(1, 2, 3).toList().getClass(),
          Collections.emptyList().getClass(),
          Collections.emptySet().getClass(),
          Collections.singletonList(1).getClass(),
          Collections.singleton(1).getClass()));

  /** Whether instances of a collection class can never change. */
  private static final ClassValue<Boolean> IMMUTABLE =
      new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
          if (JDK_IMMUTABLE.contains(type)) {
            return true;
          }
          // Guava's immutable collections cannot be subclassed outside Guava.
          for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            if (c.getName().equals("com.google.common.collect.ImmutableCollection")) {
              return true;
            }
          }
          return false;
        }
      };

  private final String name;
  private final Function<? super SecurityContext, ? extends Collection<String>> grants;
  private final GrantCache parsed = new GrantCache();
  private final AtomicReferenceArray<Indexed> indexed = new AtomicReferenceArray<>(SLOTS);

  GrantsAuthorizer(String name, Function<? super SecurityContext, ? extends Collection<String>> grants) {
    this.name = name;
    this.grants = grants;
  }

  @Override
  public boolean permits(SecurityContext caller, Permission required) {
    return forCaller(caller).permits(caller, required);
  }

  /** The caller's grants, asked for once; every check of the decision is answered from them. */
  @Override
  public Authorizer forCaller(SecurityContext caller) {
    Collection<String> granted = grants.apply(caller);
    if (granted == null) {
      return DENY_ALL;
    }
    if (!IMMUTABLE.get(granted.getClass())) {
      return new Scan(granted, parsed);
    }
    int slot = slot(granted);
    Indexed entry = indexed.get(slot);
    if (entry != null && entry.grants == granted) {
      return entry.view;
    }
    View view = new View(index(granted));
    indexed.set(slot, new Indexed(granted, view));
    return view;
  }

  private GrantIndex index(Collection<String> granted) {
    List<dev.bouncer.policy.Permission> permissions = new ArrayList<>(granted.size());
    for (String grant : granted) {
      Permission permission = parsed.get(grant);
      if (permission != null) {
        permissions.add(permission.policy());
      }
    }
    return GrantIndex.of(permissions);
  }

  private static int slot(Object granted) {
    int h = System.identityHashCode(granted);
    return (h ^ (h >>> 16)) & (SLOTS - 1);
  }

  @Override
  public String toString() {
    return name;
  }

  /** An indexed immutable grant collection, kept with the collection that is its key. */
  private record Indexed(Collection<String> grants, View view) {}

  /** The checks of one decision against an indexed, immutable grant collection. */
  private static final class View implements Authorizer {
    private final GrantIndex index;

    View(GrantIndex index) {
      this.index = index;
    }

    @Override
    public boolean permits(SecurityContext caller, Permission required) {
      return index.implies(required.policy());
    }

    @Override
    public String toString() {
      return "grants of one caller (" + index.size() + ", indexed)";
    }
  }

  /** The checks of one decision against a collection that may change: read as it is each time. */
  private static final class Scan implements Authorizer {
    private final Collection<String> granted;
    private final GrantCache parsed;

    Scan(Collection<String> granted, GrantCache parsed) {
      this.granted = granted;
      this.parsed = parsed;
    }

    @Override
    public boolean permits(SecurityContext caller, Permission required) {
      for (String grant : granted) {
        Permission permission = parsed.get(grant);
        if (permission != null && permission.implies(required)) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      return "grants of one caller (read on each check)";
    }
  }
}
