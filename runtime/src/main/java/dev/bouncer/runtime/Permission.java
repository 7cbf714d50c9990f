package dev.bouncer.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

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
 *
 * <p>The rules live in Bouncer's policy language module ({@code bouncer-policy}), which the
 * processor's checks and {@code bouncer diff} use too; this type is what generated code and
 * authorizers see.
 */
public final class Permission {
  /** The sub-part that stands for any value. */
  public static final String WILDCARD = dev.bouncer.policy.Permission.WILDCARD;

  /** Hands out {@link #memoSlot}s. */
  private static final AtomicInteger CONSTANTS = new AtomicInteger();

  private final dev.bouncer.policy.Permission permission;
  private final int memoSlot;

  private Permission(dev.bouncer.policy.Permission permission, int memoSlot) {
    this.permission = permission;
    this.memoSlot = memoSlot;
  }

  /**
   * For a constant of generated code ({@link #of(String[]...)}), a number that tells it from other
   * constants, which an authorizer may use to remember its answer for an unchanging caller;
   * negative for any other permission (parsed, or a filled template, made per request).
   */
  int memoSlot() {
    return memoSlot;
  }

  /** The permission of the policy language, for {@link GrantsAuthorizer}. */
  dev.bouncer.policy.Permission policy() {
    return permission;
  }

  /** For {@link PermissionTemplate}: wraps a filled template. */
  static Permission of(dev.bouncer.policy.Permission permission) {
    return new Permission(permission, -1);
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
    return new Permission(dev.bouncer.policy.Permission.parse(text), -1);
  }

  /**
   * A permission from its parts, each an array of sub-parts; what generated code calls.
   *
   * @param parts the parts, none empty; no sub-part blank or containing {@code :} or {@code ,}
   * @return the permission
   * @throws IllegalArgumentException if a part or sub-part is invalid
   */
  public static Permission of(String[]... parts) {
    return new Permission(
        dev.bouncer.policy.Permission.of(parts), CONSTANTS.getAndIncrement() & Integer.MAX_VALUE);
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
    return permission.implies(required.permission);
  }

  /**
   * The parts, each the set of its sub-parts in written order.
   *
   * @return an unmodifiable list of unmodifiable sets
   */
  public List<Set<String>> parts() {
    return permission.parts();
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
    return permission.isPlain();
  }

  static boolean isWord(String s) {
    return dev.bouncer.policy.Permission.isWord(s);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Permission && ((Permission) o).permission.equals(permission);
  }

  @Override
  public int hashCode() {
    return permission.hashCode();
  }

  /** Returns the permission in its written form, for example {@code orders:read,write:*}. */
  @Override
  public String toString() {
    return permission.toString();
  }
}
