package dev.bouncer.policy;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The syntax tree of a permission expression, and the one model of what its atoms mean. {@code
 * toString()} prints the normalised form, which parses back to an equal tree.
 *
 * <p>An {@link Atom} is a permission: parts separated by {@code :}, each a list of sub-parts
 * separated by {@code ,}. A sub-part is a word, the wildcard {@code *}, or a template {@code
 * {name}}: a <em>hole</em> filled at run time with one literal value that only the same hole or a
 * {@code *} covers. A hole is identified by its name; a client that knows where the value comes
 * from renames holes by that ({@link Atom#withTemplates(UnaryOperator)}), so that two templates
 * reading the same request value are the same hole whatever they are called, and two reading
 * different values are different holes. Roles ({@link Atom#role(String)}) and constants ({@link
 * Const}) are never produced by the parser: they let clients put other kinds of policy on the
 * same scale.
 */
public sealed interface Expr {

  /**
   * The direct sub-expressions, in written order; none for a permission or a constant.
   *
   * @return the operands
   */
  default List<Expr> operands() {
    return List.of();
  }

  /**
   * Every permission in the expression, in written order, repeats included.
   *
   * @return the atoms
   */
  default List<Atom> atoms() {
    List<Atom> found = new ArrayList<>();
    Deque<Expr> todo = new ArrayDeque<>();
    todo.push(this);
    while (!todo.isEmpty()) {
      Expr e = todo.pop();
      if (e instanceof Atom atom) {
        found.add(atom);
      }
      List<Expr> children = e.operands();
      for (int i = children.size() - 1; i >= 0; i--) {
        todo.push(children.get(i));
      }
    }
    return found;
  }

  /**
   * The same expression with every template renamed, for example from {@code id} to the request
   * value it reads ({@code PATH:id}); see {@link Atom#withTemplates(UnaryOperator)}.
   *
   * @param rename the new name of each template name
   * @return the renamed expression
   */
  default Expr withTemplates(UnaryOperator<String> rename) {
    if (this instanceof Atom atom) {
      return atom.withTemplates(rename);
    }
    if (this instanceof Not not) {
      return new Not(not.operand().withTemplates(rename));
    }
    if (this instanceof Const) {
      return this;
    }
    List<Expr> renamed = new ArrayList<>();
    for (Expr operand : operands()) {
      renamed.add(operand.withTemplates(rename));
    }
    return this instanceof And ? new And(renamed) : new Or(renamed);
  }

  /**
   * One sub-part of a permission: a word, {@code *}, or a {@code {name}} template.
   *
   * @param kind what it is
   * @param text the word, {@code *}, or the template's name (without braces)
   * @param offset its 0-based offset in the source, for diagnostics; not part of equality
   */
  record Sub(Kind kind, String text, int offset) {
    /** What a sub-part is. */
    public enum Kind {
      /** A literal word. */
      WORD,
      /** {@code *}: any value. */
      WILDCARD,
      /** {@code {name}}: one literal value known at run time. */
      TEMPLATE
    }

    @Override
    public String toString() {
      return switch (kind) {
        case WORD -> text;
        case WILDCARD -> Permission.WILDCARD;
        case TEMPLATE -> "{" + text + "}";
      };
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Sub s && s.kind == kind && s.text.equals(text);
    }

    @Override
    public int hashCode() {
      return kind.hashCode() * 31 + text.hashCode();
    }
  }

  /**
   * An atom: a permission, constant or with templates, or (never from the parser) a role.
   *
   * @param parts the parts, each a non-empty list of sub-parts; a role has one part with one word
   * @param start the 0-based offset where it starts in the source
   * @param end the offset just past it
   * @param role whether this is a role of {@code @RolesAllowed}, which implies only itself
   */
  record Atom(List<List<Sub>> parts, int start, int end, boolean role) implements Expr {
    /**
     * Copies the parts.
     *
     * @param parts the parts
     * @param start the start offset
     * @param end the end offset
     * @param role whether it is a role
     */
    public Atom {
      parts = List.copyOf(parts.stream().map(List::copyOf).toList());
      if (parts.isEmpty() || parts.stream().anyMatch(List::isEmpty)) {
        throw new IllegalArgumentException("an atom needs parts, none empty: " + parts);
      }
    }

    /**
     * A permission atom.
     *
     * @param parts the parts
     * @param start the start offset
     * @param end the end offset
     */
    public Atom(List<List<Sub>> parts, int start, int end) {
      this(parts, start, end, false);
    }

    /**
     * A role: an opaque name that implies, and is implied by, only the same role.
     *
     * @param name the role
     * @return the atom
     */
    public static Atom role(String name) {
      return new Atom(List.of(List.of(new Sub(Sub.Kind.WORD, name, 0))), 0, 0, true);
    }

    /**
     * Whether any sub-part is a template.
     *
     * @return true if it has a template
     */
    public boolean hasTemplates() {
      return parts.stream().flatMap(List::stream).anyMatch(s -> s.kind() == Sub.Kind.TEMPLATE);
    }

    /**
     * The same atom with each template named {@code rename.apply(name)}.
     *
     * @param rename the new name of each template name
     * @return the renamed atom
     */
    public Atom withTemplates(UnaryOperator<String> rename) {
      List<List<Sub>> renamed = new ArrayList<>();
      for (List<Sub> part : parts) {
        List<Sub> subs = new ArrayList<>();
        for (Sub sub : part) {
          subs.add(
              sub.kind() == Sub.Kind.TEMPLATE
                  ? new Sub(Sub.Kind.TEMPLATE, rename.apply(sub.text()), sub.offset())
                  : sub);
        }
        renamed.add(subs);
      }
      return new Atom(renamed, start, end, role);
    }

    /**
     * Whether a caller granted this atom holds {@code required}, by {@link Permission}'s rule
     * (Apache Shiro's, case-sensitive), whatever values the templates take: a template is a
     * literal that equals only the same template and that only {@code *} covers. A role implies
     * only the same role, and nothing else implies a role.
     *
     * @param required the atom to hold
     * @return true if this atom implies it
     */
    public boolean implies(Atom required) {
      if (role || required.role) {
        return role == required.role && parts.equals(required.parts);
      }
      return Permission.implies(subs(), required.subs());
    }

    /** The sub-parts as {@link Permission} compares them: a template is written {@code {name}}. */
    private String[][] subs() {
      String[][] subs = new String[parts.size()][];
      for (int i = 0; i < subs.length; i++) {
        List<Sub> part = parts.get(i);
        subs[i] = new String[part.size()];
        for (int j = 0; j < part.size(); j++) {
          subs[i][j] = part.get(j).toString();
        }
      }
      return subs;
    }

    @Override
    public String toString() {
      String text =
          parts.stream()
              .map(p -> p.stream().map(Sub::toString).collect(Collectors.joining(",")))
              .collect(Collectors.joining(":"));
      return role ? "role " + text : text;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Atom a && a.role == role && a.parts.equals(parts);
    }

    @Override
    public int hashCode() {
      return parts.hashCode() + (role ? 1 : 0);
    }
  }

  /**
   * {@code !operand}.
   *
   * @param operand the negated expression
   */
  record Not(Expr operand) implements Expr {
    @Override
    public List<Expr> operands() {
      return List.of(operand);
    }

    @Override
    public String toString() {
      return "!" + (operand instanceof Atom || operand instanceof Not ? operand : "(" + operand + ")");
    }
  }

  /**
   * {@code a && b && ...}, two or more operands.
   *
   * @param operands the operands
   */
  record And(List<Expr> operands) implements Expr {
    /**
     * Copies the operands.
     *
     * @param operands the operands
     */
    public And {
      operands = List.copyOf(operands);
    }

    @Override
    public String toString() {
      return operands.stream()
          .map(e -> e instanceof Or || e instanceof And ? "(" + e + ")" : e.toString())
          .collect(Collectors.joining(" && "));
    }
  }

  /**
   * {@code a || b || ...}, two or more operands.
   *
   * @param operands the operands
   */
  record Or(List<Expr> operands) implements Expr {
    /**
     * Copies the operands.
     *
     * @param operands the operands
     */
    public Or {
      operands = List.copyOf(operands);
    }

    @Override
    public String toString() {
      return operands.stream()
          .map(e -> e instanceof Or ? "(" + e + ")" : e.toString())
          .collect(Collectors.joining(" || "));
    }
  }

  /**
   * A constant: every identified caller ({@code true}) or none ({@code false}). Never produced by
   * the parser; for clients that map other kinds of policy ({@code @Authenticated}, {@code
   * @DenyAll}) onto expressions.
   *
   * @param value the constant's value
   */
  record Const(boolean value) implements Expr {
    /** Every identified caller. */
    public static final Const TRUE = new Const(true);

    /** No caller. */
    public static final Const FALSE = new Const(false);

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }
}
