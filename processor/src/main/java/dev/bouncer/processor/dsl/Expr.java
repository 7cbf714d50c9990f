package dev.bouncer.processor.dsl;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The syntax tree of a permission expression. {@code toString()} prints the normalised form, which
 * parses back to an equal tree.
 */
public sealed interface Expr {

  /** The direct sub-expressions, in written order; none for a permission. */
  default List<Expr> operands() {
    return List.of();
  }

  /** Every permission in the expression, in written order, repeats included. */
  default List<Atom> atoms() {
    List<Atom> found = new java.util.ArrayList<>();
    java.util.Deque<Expr> todo = new java.util.ArrayDeque<>();
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

  /** One sub-part of a permission: a word, {@code *}, or a {@code {name}} template. */
  record Sub(Kind kind, String text, int offset) {
    /** What a sub-part is. */
    public enum Kind {
      WORD,
      WILDCARD,
      TEMPLATE
    }

    @Override
    public String toString() {
      return switch (kind) {
        case WORD -> text;
        case WILDCARD -> "*";
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

  /** A permission: parts separated by {@code :}, each a list of sub-parts separated by {@code ,}. */
  record Atom(List<List<Sub>> parts, int start, int end) implements Expr {
    public Atom {
      parts = List.copyOf(parts.stream().map(List::copyOf).toList());
    }

    /** Whether any sub-part is a template. */
    public boolean hasTemplates() {
      return parts.stream().flatMap(List::stream).anyMatch(s -> s.kind() == Sub.Kind.TEMPLATE);
    }

    @Override
    public String toString() {
      return parts.stream()
          .map(p -> p.stream().map(Sub::toString).collect(Collectors.joining(",")))
          .collect(Collectors.joining(":"));
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Atom a && a.parts.equals(parts);
    }

    @Override
    public int hashCode() {
      return parts.hashCode();
    }
  }

  /** {@code !operand}. */
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

  /** {@code a && b && ...}, two or more operands. */
  record And(List<Expr> operands) implements Expr {
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

  /** {@code a || b || ...}, two or more operands. */
  record Or(List<Expr> operands) implements Expr {
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
}
