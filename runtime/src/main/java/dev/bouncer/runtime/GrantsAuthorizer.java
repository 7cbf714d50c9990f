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
 * when the application hands out the same instance a second time (it keeps a caller's grants, for
 * example in its principal or a session cache; a collection made per request is never indexed) and
 * the index reused from then on: a check costs a few map look-ups whatever the number of grants,
 * and the answer for a constant permission of generated code is remembered with the index. The
 * index is found by the identity of that collection in a small table, which holds the collection
 * itself, so an identity is never confused with a later object's. Any other collection may change between
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

  /** The class of the application's grants function: the code that built this authorizer. */
  Class<?> grantsClass() {
    return grants.getClass();
  }

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
    // The table holds only immutable collections: a hit needs no second look at the class.
    int slot = slot(granted);
    Indexed entry = indexed.get(slot);
    if (entry != null && entry.grants == granted && entry.view != null) {
      return entry.view;
    }
    if (!IMMUTABLE.get(granted.getClass())) {
      return new Scan(granted, parsed);
    }
    if (entry != null && entry.grants == granted) {
      // Seen a second time: the application keeps this collection, so indexing it pays off.
      View view = new View(index(granted));
      indexed.set(slot, new Indexed(granted, view));
      return view;
    }
    // Seen once so far (a collection made per request would never be asked for again): read it
    // grant by grant, as cheap as before, and remember it was seen.
    indexed.set(slot, new Indexed(granted, null));
    return new Scan(granted, parsed);
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

  /**
   * An immutable grant collection, kept with the collection that is its key: its index, or null
   * when it has been seen only once.
   */
  private record Indexed(Collection<String> grants, View view) {}

  /** One remembered answer: whether the collection's grants imply a constant permission. */
  private record Answer(Permission required, boolean permits) {}

  /**
   * The checks of one decision against an indexed, immutable grant collection. The answers for
   * the constant permissions of generated code ({@link Permission#memoSlot()}) are remembered,
   * since neither the grants nor the permission can change; a filled template is always looked up.
   */
  private static final class View implements Authorizer {
    private static final int ANSWERS = 16;

    private final GrantIndex index;
    // Racy by design: an Answer is immutable (final fields), so a reader sees a whole one or an
    // older one, and checks that it is about the same permission instance before using it.
    private final Answer[] answers = new Answer[ANSWERS];

    View(GrantIndex index) {
      this.index = index;
    }

    @Override
    public boolean permits(SecurityContext caller, Permission required) {
      int slot = required.memoSlot();
      if (slot < 0) {
        return index.implies(required.policy());
      }
      slot &= ANSWERS - 1;
      Answer answer = answers[slot];
      if (answer != null && answer.required == required) {
        return answer.permits;
      }
      boolean permits = index.implies(required.policy());
      answers[slot] = new Answer(required, permits);
      return permits;
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
