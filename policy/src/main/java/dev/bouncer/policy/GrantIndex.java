package dev.bouncer.policy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A caller's grants, indexed so that {@link #implies(Permission)} answers exactly as "some grant
 * {@linkplain Permission#implies(Permission) implies} the permission" without walking every grant.
 *
 * <p>The grants form a trie over their parts. At each depth a node has one child per literal
 * sub-part (a grant whose part is {@code read,write} is filed under both {@code read} and {@code
 * write}) and one child for the grants whose part holds {@code *}. A required part that is a single
 * sub-part (every filled template slot, and most written permissions) follows at most those two
 * children, so a check costs a few map look-ups per part whatever the number of grants. A
 * required part that lists several sub-parts needs one grant part holding all of them, which the
 * trie does not record; such permissions are decided by walking the grants, as {@link
 * Permission#implies(Permission)} does one by one.
 *
 * <p>Immutable once built and thread-safe; building copies nothing the caller can change later.
 */
public final class GrantIndex {
  private static final GrantIndex EMPTY = new GrantIndex(new Node(), new String[0][][]);

  private final Node root;
  private final String[][][] grants;

  private GrantIndex(Node root, String[][][] grants) {
    this.root = root;
    this.grants = grants;
  }

  /**
   * Indexes {@code grants}.
   *
   * @param grants the parsed grants; nulls are skipped (they grant nothing)
   * @return the index
   */
  public static GrantIndex of(List<Permission> grants) {
    if (grants.isEmpty()) {
      return EMPTY;
    }
    Node root = new Node();
    List<String[][]> kept = new ArrayList<>(grants.size());
    for (Permission grant : grants) {
      if (grant != null) {
        String[][] subs = grant.subs();
        kept.add(subs);
        insert(root, subs, 0);
      }
    }
    return new GrantIndex(root, kept.toArray(new String[0][][]));
  }

  /**
   * An index that grants nothing.
   *
   * @return the empty index
   */
  public static GrantIndex empty() {
    return EMPTY;
  }

  private static void insert(Node node, String[][] grant, int depth) {
    // Whether the rest of this grant, from this depth on, is all wildcards (or nothing): then it
    // implies a requirement that ends at this depth.
    if (wildcardsFrom(grant, depth)) {
      node.wildcardTail = true;
    }
    if (depth == grant.length) {
      node.ends = true;
      return;
    }
    String[] part = grant[depth];
    if (contains(part, Permission.WILDCARD)) {
      if (node.wildcard == null) {
        node.wildcard = new Node();
      }
      insert(node.wildcard, grant, depth + 1);
      return;
    }
    for (int i = 0; i < part.length; i++) {
      if (repeated(part, i)) {
        continue;
      }
      if (node.children == null) {
        node.children = new HashMap<>();
      }
      insert(node.children.computeIfAbsent(part[i], k -> new Node()), grant, depth + 1);
    }
  }

  private static boolean wildcardsFrom(String[][] grant, int depth) {
    for (int i = depth; i < grant.length; i++) {
      if (!contains(grant[i], Permission.WILDCARD)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether some grant implies {@code required}; the same answer as asking each grant's {@link
   * Permission#implies(Permission)}. Allocates nothing.
   *
   * @param required the permission to check
   * @return true if some grant implies it
   */
  public boolean implies(Permission required) {
    String[][] subs = required.subs();
    for (String[] part : subs) {
      if (part.length != 1) {
        return scan(subs);
      }
    }
    return lookup(root, subs, 0);
  }

  private static boolean lookup(Node node, String[][] required, int depth) {
    if (depth == required.length) {
      return node.wildcardTail;
    }
    if (node.ends) {
      return true; // a shorter grant implies everything beneath it
    }
    if (node.wildcard != null && lookup(node.wildcard, required, depth + 1)) {
      return true;
    }
    if (node.children == null) {
      return false;
    }
    Node next = node.children.get(required[depth][0]);
    return next != null && lookup(next, required, depth + 1);
  }

  private boolean scan(String[][] required) {
    for (String[][] grant : grants) {
      if (Permission.implies(grant, required)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The number of grants indexed.
   *
   * @return the count
   */
  public int size() {
    return grants.length;
  }

  private static boolean contains(String[] part, String sub) {
    for (String s : part) {
      if (s.equals(sub)) {
        return true;
      }
    }
    return false;
  }

  private static boolean repeated(String[] part, int i) {
    for (int j = 0; j < i; j++) {
      if (part[j].equals(part[i])) {
        return true;
      }
    }
    return false;
  }

  /** One trie node; filled while building, never changed once the index is published. */
  private static final class Node {
    Map<String, Node> children;
    Node wildcard;
    boolean ends;
    boolean wildcardTail;
  }
}
