package dev.bouncer.runtime;

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

  private final List<Set<String>> parts;
  private final String text;
  private final int hash;
  private final boolean plain;

  private Permission(List<Set<String>> parts, boolean plain) {
    this.parts = parts;
    this.text = render(parts);
    this.hash = parts.hashCode();
    this.plain = plain;
  }

  /**
   * A permission whose parts are given sub-part by sub-part, some of them literal request values.
   * Used by {@link PermissionTemplate}; the caller has validated the parts.
   */
  static Permission ofParts(List<Set<String>> parts, boolean plain) {
    return new Permission(parts, plain);
  }

  /**
   * Parses a permission string such as {@code orders:read,write:*}.
   *
   * <p>Parts are separated by {@code :} and sub-parts by {@code ,}; whitespace around sub-parts is
   * ignored. Empty parts and empty sub-parts are rejected. Characters other than {@code :}, {@code ,}
   * and whitespace are taken literally, so that grants from an identity provider parse as Shiro
   * would parse them.
   *
   * @param text the permission string
   * @return the parsed permission
   * @throws IllegalArgumentException if {@code text} is null, blank, or has an empty part or sub-part
   */
  public static Permission parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("permission must not be null");
    }
    if (text.isBlank()) {
      throw new IllegalArgumentException("permission must not be empty");
    }
    List<Set<String>> parts = new ArrayList<>();
    int partStart = 0;
    for (String part : text.split(":", -1)) {
      Set<String> subs = new LinkedHashSet<>();
      int subStart = partStart;
      for (String sub : part.split(",", -1)) {
        String trimmed = sub.strip();
        if (trimmed.isEmpty()) {
          throw new IllegalArgumentException(
              "empty " + (part.isBlank() ? "part" : "sub-part") + " at offset " + subStart + " in '"
                  + text + "'");
        }
        subs.add(trimmed);
        subStart += sub.length() + 1;
      }
      parts.add(Collections.unmodifiableSet(subs));
      partStart += part.length() + 1;
    }
    return new Permission(Collections.unmodifiableList(parts), isPlain(parts));
  }

  /**
   * Builds a permission from parts already split into sub-parts; generated code uses this so that
   * no string is parsed at run time.
   *
   * @param parts one array of sub-parts per part, for example {@code {"orders"}, {"read", "write"}}
   * @return the permission
   * @throws IllegalArgumentException if there is no part, or a part or sub-part is empty or contains
   *     {@code :} or {@code ,}
   */
  public static Permission of(String[]... parts) {
    checkParts(parts);
    List<Set<String>> list = new ArrayList<>(parts.length);
    for (String[] part : parts) {
      list.add(Collections.unmodifiableSet(new LinkedHashSet<>(Arrays.asList(part))));
    }
    return new Permission(Collections.unmodifiableList(list), isPlain(list));
  }

  /**
   * Checks parts given sub-part by sub-part, as generated code gives them: at least one part, no
   * empty part, no blank sub-part, none containing a separator.
   */
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
   * Whether a caller granted this permission holds {@code required}, with Shiro's wildcard
   * semantics (case-sensitive).
   *
   * @param required the permission an endpoint requires
   * @return true if this permission covers {@code required}
   */
  public boolean implies(Permission required) {
    Objects.requireNonNull(required, "required");
    List<Set<String>> other = required.parts;
    int mine = parts.size();
    int i = 0;
    for (Set<String> otherPart : other) {
      if (i >= mine) {
        // A shorter grant implies everything beneath it: "orders" implies "orders:read".
        return true;
      }
      Set<String> part = parts.get(i);
      if (!part.contains(WILDCARD) && !part.containsAll(otherPart)) {
        return false;
      }
      i++;
    }
    // A longer grant implies a shorter requirement only if its extra parts are wildcards.
    for (; i < mine; i++) {
      if (!parts.get(i).contains(WILDCARD)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The parts of this permission, each an unmodifiable set of sub-parts in written order.
   *
   * @return an unmodifiable list of parts
   */
  public List<Set<String>> parts() {
    return parts;
  }

  /**
   * Whether {@link #toString()} reads back as this permission: every sub-part is a word of {@code
   * [A-Za-z0-9_.-]} or the wildcard, and none is a request value. A permission built from a
   * template with a value such as {@code a:b}, {@code x,y} or {@code *} is not plain: its text
   * would say something else than it means, so {@link Authorizer#roles()} never grants it.
   *
   * @return true if the text is unambiguous
   */
  public boolean isPlain() {
    return plain;
  }

  static boolean isWord(String s) {
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

  private static boolean isPlain(List<Set<String>> parts) {
    for (Set<String> part : parts) {
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
    return o instanceof Permission && ((Permission) o).parts.equals(parts);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  /** Returns the permission in its written form, for example {@code orders:read,write:*}. */
  @Override
  public String toString() {
    return text;
  }

  private static String render(List<Set<String>> parts) {
    StringBuilder sb = new StringBuilder();
    for (Set<String> part : parts) {
      if (sb.length() > 0) {
        sb.append(':');
      }
      sb.append(String.join(",", part));
    }
    return sb.toString();
  }
}
