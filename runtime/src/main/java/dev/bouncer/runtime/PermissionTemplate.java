package dev.bouncer.runtime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
  private final List<List<String>> parts;
  private final List<String> slotNames;
  private final String text;

  private PermissionTemplate(List<List<String>> parts, List<String> slotNames) {
    this.parts = parts;
    this.slotNames = slotNames;
    StringBuilder sb = new StringBuilder();
    for (List<String> part : parts) {
      sb.append(sb.length() == 0 ? "" : ":").append(String.join(",", part));
    }
    this.text = sb.toString();
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
    Permission.checkParts(parts);
    List<List<String>> list = new ArrayList<>(parts.length);
    List<String> slots = new ArrayList<>();
    for (String[] part : parts) {
      for (String sub : part) {
        if (isSlot(sub)) {
          slots.add(sub.substring(1, sub.length() - 1));
        }
      }
      list.add(List.of(part));
    }
    return new PermissionTemplate(List.copyOf(list), List.copyOf(slots));
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
    if (values.length != slotNames.size()) {
      throw new IllegalArgumentException(
          text + " has " + slotNames.size() + " slots, got " + values.length + " values");
    }
    boolean plain = true;
    int next = 0;
    List<Set<String>> filled = new ArrayList<>(parts.size());
    for (List<String> part : parts) {
      Set<String> subs = new LinkedHashSet<>();
      for (String sub : part) {
        if (isSlot(sub)) {
          String value = values[next++];
          if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("no value for " + sub + " in " + text);
          }
          plain &= Permission.isWord(value);
          subs.add(value);
        } else {
          subs.add(sub);
        }
      }
      filled.add(Collections.unmodifiableSet(subs));
    }
    return Permission.ofParts(Collections.unmodifiableList(filled), plain);
  }

  /**
   * The names of the slots, in the order {@link #with(String...)} takes their values.
   *
   * @return the slot names, for example {@code [id]}
   */
  public List<String> slotNames() {
    return slotNames;
  }

  /** Returns the template as written, for example {@code orders:read:{id}}. */
  @Override
  public String toString() {
    return text;
  }

  private static boolean isSlot(String sub) {
    return sub.length() > 2 && sub.charAt(0) == '{' && sub.charAt(sub.length() - 1) == '}';
  }
}
