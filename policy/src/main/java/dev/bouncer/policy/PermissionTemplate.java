package dev.bouncer.policy;

import java.util.ArrayList;
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
  /** The parts as written; a part without a slot is shared by every permission filled from it. */
  private final String[][] parts;
  /** For each part, whether it holds a slot. */
  private final boolean[] slotted;
  private final List<String> slotNames;
  private final boolean constantsPlain;
  private final String text;
  /**
   * How a filled permission renders its text from its slot values, when every slot is a part of
   * its own (as in {@code orders:read:{id}}); else null and the text is rendered from the parts.
   */
  private final Permission.Rendering rendering;

  private PermissionTemplate(String[][] parts, List<String> slotNames) {
    this.parts = parts;
    this.slotNames = slotNames;
    this.slotted = new boolean[parts.length];
    boolean plain = true;
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      for (String sub : parts[i]) {
        if (isSlot(sub)) {
          slotted[i] = true;
        } else {
          plain &= sub.equals(Permission.WILDCARD) || Permission.isWord(sub);
        }
      }
      sb.append(i == 0 ? "" : ":").append(String.join(",", parts[i]));
    }
    this.constantsPlain = plain;
    this.text = sb.toString();
    this.rendering = rendering(parts, slotted, slotNames.size());
  }

  /** The text around the slots, when each slot is a part of its own; else null. */
  private static Permission.Rendering rendering(String[][] parts, boolean[] slotted, int slots) {
    String[] pieces = new String[slots + 1];
    int[] slotParts = new int[slots];
    StringBuilder piece = new StringBuilder();
    int slot = 0;
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        piece.append(':');
      }
      if (slotted[i]) {
        if (parts[i].length != 1) {
          return null; // a slot among other sub-parts: the filled part may repeat one
        }
        pieces[slot] = piece.toString();
        slotParts[slot++] = i;
        piece.setLength(0);
      } else {
        Permission.renderPart(piece, parts[i]);
      }
    }
    pieces[slot] = piece.toString();
    return new Permission.Rendering(pieces, slotParts);
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
    String[][] copy = new String[parts.length][];
    List<String> slots = new ArrayList<>();
    for (int i = 0; i < parts.length; i++) {
      copy[i] = parts[i].clone();
      for (String sub : copy[i]) {
        if (isSlot(sub)) {
          slots.add(sub.substring(1, sub.length() - 1));
        }
      }
    }
    return new PermissionTemplate(copy, List.copyOf(slots));
  }

  /**
   * The text of the permission this one-slot template filled with {@code value} would be, if that
   * permission is plain ({@link Permission#isPlain}); else null. Equal to {@code with(value)}'s
   * {@code isPlain() ? toString() : null}, without building the permission: for authorizers that
   * compare plain texts only (roles), on the request path.
   *
   * @param value the slot's value
   * @return the text, or null if the filled permission is not plain
   * @throws IllegalArgumentException if the template does not have exactly one slot, or the value
   *     is null or empty
   */
  public String plainText(String value) {
    if (slotNames.size() != 1) {
      throw new IllegalArgumentException(text + " has " + slotNames.size() + " slots, not one");
    }
    if (value == null || value.isEmpty()) {
      throw new IllegalArgumentException("no value for {" + slotNames.get(0) + "} in " + text);
    }
    if (!constantsPlain || !Permission.isWord(value)) {
      return null;
    }
    if (rendering != null) {
      return rendering.pieces()[0] + value + rendering.pieces()[1];
    }
    return with(value).toString();
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
    boolean plain = constantsPlain;
    int next = 0;
    String[][] filled = new String[parts.length][];
    for (int i = 0; i < parts.length; i++) {
      String[] part = parts[i];
      if (!slotted[i]) {
        filled[i] = part; // shared: Permission never changes or exposes it
        continue;
      }
      String[] subs = new String[part.length];
      for (int j = 0; j < part.length; j++) {
        String sub = part[j];
        if (isSlot(sub)) {
          String value = values[next++];
          if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException("no value for " + sub + " in " + text);
          }
          plain &= Permission.isWord(value);
          subs[j] = value;
        } else {
          subs[j] = sub;
        }
      }
      filled[i] = subs;
    }
    return Permission.ofTrusted(filled, plain, rendering);
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
