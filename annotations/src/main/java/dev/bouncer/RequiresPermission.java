package dev.bouncer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller must be identified and hold a permission to use this endpoint.
 *
 * <ul>
 *   <li>No identity: <b>401 Unauthorized</b> with a {@code WWW-Authenticate} challenge, since
 *       authenticating may help.
 *   <li>An identified caller whose permissions do not satisfy {@link #value()}: <b>403 Forbidden</b>;
 *       authenticating again would not help.
 * </ul>
 *
 * <p>In both cases the resource method does not run. The permission uses Apache Shiro's wildcard
 * form, case-sensitive: parts separated by {@code :}, alternatives within a part separated by
 * {@code ,}, and {@code *} for any value, for example {@code orders:read} or
 * {@code orders:read,write:*}. A caller granted {@code orders:*} or {@code orders} holds
 * {@code orders:read}.
 *
 * <p>The value is checked by Bouncer's annotation processor while the code compiles: an empty or
 * malformed permission is a compile error that points at the annotation value.
 *
 * <p>On a resource class, the annotation applies to every resource method of the class that has no
 * policy annotation of its own; a method-level policy annotation replaces it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {
  /**
   * The permission the caller must hold, for example {@code "orders:read"}.
   *
   * @return the permission expression
   */
  String value();
}
