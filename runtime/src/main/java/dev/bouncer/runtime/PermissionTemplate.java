package dev.bouncer.runtime;

import java.util.List;

/**
 * A permission with {@code {name}} slots, such as {@code orders:read:{id}}, built once (by generated
 * code, from parts split at compile time) and filled per request with {@link #with(String...)}.
 *
 * <p>A value fills its slot as <b>one literal sub-part</b>: {@code *}, {@code a,b} or {@code x:y}
 * in a value never widen the requirement. Only a granted wildcard covers it: a caller granted {@code
 * orders:read:42} does not hold {@code orders:read:{id}} for the id {@code *}, {@code 42,43} or
 * {@code 42:x}; a caller granted {@code orders:read:*} does.
 */
public final class PermissionTemplate {
  private final dev.bouncer.policy.PermissionTemplate template;

  private PermissionTemplate(dev.bouncer.policy.PermissionTemplate template) {
    this.template = template;
  }

  /**
   * Builds a template from parts already split into sub-parts; a sub-part written {@code {name}}
   * is a slot, filled in the order the slots appear.
   *
   * @param parts one array of sub-parts per part, for example {@code {"orders"}, {"read"},
   *     {"{id}"}}
   * @return the template
   * @throws IllegalArgumentException if there is no part, a part or sub-part is empty, or a
   *     constant sub-part contains {@code :} or {@code ,}
   */
  public static PermissionTemplate of(String[]... parts) {
    return new PermissionTemplate(dev.bouncer.policy.PermissionTemplate.of(parts));
  }

  /**
   * The permission with each slot filled by one value, in slot order. Each value is one literal
   * sub-part, whatever characters it contains.
   *
   * @param values one non-empty value per slot
   * @return the required permission
   * @throws IllegalArgumentException if the number of values is wrong or a value is null or empty
   */
  public Permission with(String... values) {
    return Permission.of(template.with(values));
  }

  /**
   * The text a caller's role must have for {@link Authorizer#roles()} to grant this one-slot
   * template filled with {@code value}: the filled permission's text if it is plain, else null
   * (the roles authorizer grants no permission that is not plain). Computed without building the
   * permission, for the request path.
   *
   * @param value the slot's value, not null or empty
   * @return the text, or null
   * @throws IllegalArgumentException if the template does not have exactly one slot, or the value
   *     is null or empty
   */
  public String plainText(String value) {
    return template.plainText(value);
  }

  /**
   * The names of the slots, in the order {@link #with(String...)} takes their values.
   *
   * @return the slot names, for example {@code [id]}
   */
  public List<String> slotNames() {
    return template.slotNames();
  }

  /** Returns the template as written, for example {@code orders:read:{id}}. */
  @Override
  public String toString() {
    return template.toString();
  }
}
