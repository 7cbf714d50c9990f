package dev.bouncer.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An immutable permission in Apache Shiro's wildcard form, compared case-sensitively.
 *
 * <p>A permission is a list of <em>parts</em> separated by {@code :}; each part is a set of
 * <em>sub-parts</em> separated by {@code ,}; the sub-part {@code *} stands for any value. For example
 * {@code orders:read,write:42} has three parts: {@code {orders}}, {@code {read, write}} and {@code
 * {42}}.
 *
 * <p>{@link #implies(Permission)} follows {@code org.apache.shiro.authz.permission.WildcardPermission}
 * except that comparison is case-sensitive: a granted {@code orders:*} or {@code orders} implies
 * {@code orders:read:42}; a granted part {@code read,write} holds {@code read}; a granted {@code
 * orders:read:*} also implies {@code orders:read}.
 */
public final class Permission {
  /** The sub-part that stands for any value. */
  public static final String WILDCARD = "*";

  /**
   * The sub-parts of each part, in written order, possibly with repeats. Never exposed and never
   * changed: a template shares its constant parts between the permissions it fills.
   */
  private final String[][] subs;

  private final boolean plain;
  /** For a filled template: how to render the text from the slot values; else null. */
  private final Rendering rendering;
  // Computed on first use (a filled template is usually only checked, never printed or hashed).
  // Racy single-check caching is safe: the values are immutable and always computed the same.
  private String text;
  private int hash;
  private List<Set<String>> parts;

  private Permission(String[][] subs, boolean plain) {
    this(subs, plain, null);
  }

  private Permission(String[][] subs, boolean plain, Rendering rendering) {
    this.subs = subs;
    this.plain = plain;
    this.rendering = rendering;
  }

  /**
   * For {@link PermissionTemplate}: {@code subs} must be valid and never changed afterwards;
   * {@code rendering}, if not null, must describe them.
   */
  static Permission ofTrusted(String[][] subs, boolean plain, Rendering rendering) {
    return new Permission(subs, plain, rendering);
  }

  /**
   * The text of a filled template around its slots: {@code pieces[0] + value + pieces[1] ...},
   * each value the single sub-part of part {@code slotParts[i]}. Shared by every permission the
   * template fills, so that rendering one is a single concatenation.
   */
  record Rendering(String[] pieces, int[] slotParts) {}

  /** The sub-parts of each part, for {@link GrantIndex}; never to be changed. */
  String[][] subs() {
    return subs;
  }

  /**
   * Parses {@code parts:separated:by,colons}. Lenient about characters (as Shiro is, so that grants
   * from identity providers parse), strict about structure: no part and no sub-part may be empty;
   * whitespace around a sub-part is dropped.
   *
   * @param text the permission
   * @return the parsed permission
   * @throws IllegalArgumentException if {@code text} is null, blank, or has an empty part or
   *     sub-part
   */
  public static Permission parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("permission must not be null");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("permission must not be empty");
    }
    String[] rawParts = text.split(":", -1);
    String[][] subs = new String[rawParts.length][];
    int partStart = 0;
    for (int p = 0; p < rawParts.length; p++) {
      String part = rawParts[p];
      String[] rawSubs = part.split(",", -1);
      int subStart = partStart;
      for (int i = 0; i < rawSubs.length; i++) {
        String trimmed = rawSubs[i].strip();
        if (trimmed.isEmpty()) {
          throw new IllegalArgumentException(
              "empty " + (part.isBlank() ? "part" : "sub-part") + " at offset " + subStart + " in '"
                  + text + "'");
        }
        subStart += rawSubs[i].length() + 1;
        rawSubs[i] = trimmed;
      }
      subs[p] = rawSubs;
      partStart += part.length() + 1;
    }
    return new Permission(subs, isPlain(subs));
  }

  /**
   * A permission from its parts, each an array of sub-parts; what generated code calls.
   *
   * @param parts the parts, none empty; no sub-part blank or containing {@code :} or {@code ,}
   * @return the permission
   * @throws IllegalArgumentException if a part or sub-part is invalid
   */
  public static Permission of(String[]... parts) {
    checkParts(parts);
    String[][] subs = new String[parts.length][];
    for (int i = 0; i < parts.length; i++) {
      subs[i] = parts[i].clone();
    }
    return new Permission(subs, isPlain(subs));
  }

  static void checkParts(String[][] parts) {
    if (parts == null || parts.length == 0) {
      throw new IllegalArgumentException("a permission needs at least one part");
    }
    for (String[] part : parts) {
      if (part == null || part.length == 0) {
        throw new IllegalArgumentException("empty part in " + Arrays.deepToString(parts));
      }
      for (String sub : part) {
        if (sub == null || sub.isBlank() || sub.indexOf(':') >= 0 || sub.indexOf(',') >= 0) {
          throw new IllegalArgumentException(
              "invalid sub-part '" + sub + "' in " + Arrays.deepToString(parts));
        }
      }
    }
  }

  /**
   * Whether a caller granted this permission holds {@code required}, with Shiro's wildcard rules,
   * case-sensitive. Allocates nothing.
   *
   * @param required the permission to check
   * @return true if this permission implies it
   */
  public boolean implies(Permission required) {
    Objects.requireNonNull(required, "required");
    return implies(subs, required.subs);
  }

  /**
   * Shiro's wildcard rule, case-sensitive, on parts already split into sub-parts: the one
   * implementation of implication, for permissions and for {@link Expr.Atom}s alike. A grant with
   * fewer parts implies everything beneath it; each part must hold {@code *} or every sub-part of
   * the required part; a grant's extra parts must hold {@code *}.
   */
  static boolean implies(String[][] granted, String[][] required) {
    int mine = granted.length;
    int i = 0;
    for (; i < required.length; i++) {
      if (i >= mine) {
        // A shorter grant implies everything beneath it: "orders" implies "orders:read".
        return true;
      }
      String[] part = granted[i];
      if (!contains(part, WILDCARD) && !containsAll(part, required[i])) {
        return false;
      }
    }
    // A longer grant implies a shorter requirement only if its extra parts are wildcards.
    for (; i < mine; i++) {
      if (!contains(granted[i], WILDCARD)) {
        return false;
      }
    }
    return true;
  }

  private static boolean containsAll(String[] part, String[] required) {
    for (String sub : required) {
      if (!contains(part, sub)) {
        return false;
      }
    }
    return true;
  }

  private static boolean contains(String[] part, String sub) {
    for (String s : part) {
      if (s.equals(sub)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The parts, each the set of its sub-parts in written order.
   *
   * @return an unmodifiable list of unmodifiable sets
   */
  public List<Set<String>> parts() {
    List<Set<String>> result = parts;
    if (result == null) {
      List<Set<String>> list = new ArrayList<>(subs.length);
      for (String[] part : subs) {
        list.add(Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(part))));
      }
      result = Collections.unmodifiableList(list);
      parts = result;
    }
    return result;
  }

  /**
   * Whether {@link #toString()} reads back as this permission: every sub-part is a word of {@code
   * [A-Za-z0-9_.-]} or the wildcard, and none is a request value. A permission built from a
   * template with a value such as {@code a:b}, {@code x,y} or {@code *} is not plain: its text
   * would say something else than it means, so an authorizer that compares texts (Bouncer's
   * role-based one) must never grant it.
   *
   * @return true if the text is unambiguous
   */
  public boolean isPlain() {
    return plain;
  }

  /**
   * Whether {@code s} is a word of the expression language: one or more of {@code [A-Za-z0-9_.-]}.
   *
   * @param s the text
   * @return true if it is a word
   */
  public static boolean isWord(String s) {
    if (s.isEmpty()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '_'
              || c == '.'
              || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPlain(String[][] subs) {
    for (String[] part : subs) {
      for (String sub : part) {
        if (!sub.equals(WILDCARD) && !isWord(sub)) {
          return false;
        }
      }
    }
    return true;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Permission && ((Permission) o).parts().equals(parts());
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = parts().hashCode();
      hash = h;
    }
    return h;
  }

  /** Returns the permission in its written form, for example {@code orders:read,write:*}. */
  @Override
  public String toString() {
    String t = text;
    if (t == null) {
      t = rendering == null ? render(subs) : render(rendering, subs);
      text = t;
    }
    return t;
  }

  private static String render(String[][] subs) {
    StringBuilder sb = new StringBuilder();
    for (int p = 0; p < subs.length; p++) {
      if (p > 0) {
        sb.append(':');
      }
      renderPart(sb, subs[p]);
    }
    return sb.toString();
  }

  private static String render(Rendering rendering, String[][] subs) {
    String[] pieces = rendering.pieces();
    int[] slotParts = rendering.slotParts();
    if (slotParts.length == 1) {
      return pieces[0] + subs[slotParts[0]][0] + pieces[1];
    }
    int length = 0;
    for (String piece : pieces) {
      length += piece.length();
    }
    for (int part : slotParts) {
      length += subs[part][0].length();
    }
    StringBuilder sb = new StringBuilder(length).append(pieces[0]);
    for (int i = 0; i < slotParts.length; i++) {
      sb.append(subs[slotParts[i]][0]).append(pieces[i + 1]);
    }
    return sb.toString();
  }

  /** Appends one part: its sub-parts in written order, each once, as {@link #parts()} has them. */
  static void renderPart(StringBuilder sb, String[] part) {
    for (int i = 0; i < part.length; i++) {
      if (!repeated(part, i)) {
        sb.append(i == 0 ? "" : ",").append(part[i]);
      }
    }
  }

  /** Whether {@code part[i]} already appeared earlier in the part. */
  private static boolean repeated(String[] part, int i) {
    for (int j = 0; j < i; j++) {
      if (part[j].equals(part[i])) {
        return true;
      }
    }
    return false;
  }
}
