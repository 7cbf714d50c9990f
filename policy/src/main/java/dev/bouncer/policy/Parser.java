package dev.bouncer.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for permission expressions. The grammar (docs/dsl.md):
 *
 * <pre>
 * expression := or
 * or         := and ( "||" and )*
 * and        := unary ( "&amp;&amp;" unary )*
 * unary      := "!" unary | "(" expression ")" | permission
 * permission := part ( ":" part )*
 * part       := sub ( "," sub )*
 * sub        := word | "*" | "{" name "}"
 * word       := one or more of [A-Za-z0-9_.-]
 * </pre>
 *
 * <p>Whitespace may separate operators and parentheses, but not the tokens of one permission.
 */
public final class Parser {
  /**
   * Deeper nesting of parentheses and '!' together than this is rejected, so that neither parsing
   * nor anything that walks the tree later can overflow the stack.
   */
  static final int MAX_DEPTH = 200;

  private final String source;
  private final List<Token> tokens;
  private int pos;
  private int depth;

  private Parser(String source, List<Token> tokens) {
    this.source = source;
    this.tokens = tokens;
  }

  /**
   * Parses an expression.
   *
   * @param source the expression as written
   * @return its tree
   * @throws SyntaxError with the offset where the input went wrong
   */
  public static Expr parse(String source) throws SyntaxError {
    if (source == null || source.isBlank()) {
      throw new SyntaxError(
          SyntaxError.Kind.EMPTY_EXPRESSION, "the permission expression is empty", 0);
    }
    Parser parser = new Parser(source, Lexer.tokenize(source));
    Expr expr = parser.or();
    Token next = parser.peek();
    if (next.kind() != Token.Kind.END) {
      if (next.kind() == Token.Kind.RPAREN) {
        throw new SyntaxError(
            SyntaxError.Kind.UNBALANCED, "')' has no matching '('", next.start());
      }
      throw new SyntaxError(
          SyntaxError.Kind.SYNTAX,
          "expected '&&', '||' or the end of the expression but found " + next.describe(),
          next.start());
    }
    return expr;
  }

  // or := and ( "||" and )*
  private Expr or() throws SyntaxError {
    List<Expr> operands = new ArrayList<>();
    operands.add(and());
    while (peek().kind() == Token.Kind.OR) {
      pos++;
      operands.add(and());
    }
    return operands.size() == 1 ? operands.get(0) : new Expr.Or(operands);
  }

  // and := unary ( "&&" unary )*
  private Expr and() throws SyntaxError {
    List<Expr> operands = new ArrayList<>();
    operands.add(unary());
    while (peek().kind() == Token.Kind.AND) {
      pos++;
      operands.add(unary());
    }
    return operands.size() == 1 ? operands.get(0) : new Expr.And(operands);
  }

  // unary := "!" unary | "(" expression ")" | permission
  private Expr unary() throws SyntaxError {
    // A run of '!' is read in a loop, not by recursion, so that it cannot overflow the stack.
    int nots = 0;
    while (peek().kind() == Token.Kind.NOT) {
      if (depth + nots >= MAX_DEPTH) {
        throw tooDeep(peek());
      }
      pos++;
      nots++;
    }
    depth += nots;
    try {
      Expr operand = primary();
      for (int i = 0; i < nots; i++) {
        operand = new Expr.Not(operand);
      }
      return operand;
    } finally {
      depth -= nots;
    }
  }

  // primary := "(" expression ")" | permission     (the rest of unary, after its "!"s)
  private Expr primary() throws SyntaxError {
    Token t = peek();
    if (depth >= MAX_DEPTH) {
      throw tooDeep(t);
    }
    depth++;
    try {
      return unaryAtDepth(t);
    } finally {
      depth--;
    }
  }

  private Expr unaryAtDepth(Token t) throws SyntaxError {
    switch (t.kind()) {
      case LPAREN -> {
        pos++;
        Expr inner = or();
        Token close = peek();
        if (close.kind() != Token.Kind.RPAREN) {
          if (close.kind() == Token.Kind.END) {
            throw new SyntaxError(SyntaxError.Kind.UNBALANCED, "'(' is never closed", t.start());
          }
          throw new SyntaxError(
              SyntaxError.Kind.SYNTAX, "expected ')' but found " + close.describe(), close.start());
        }
        pos++;
        return inner;
      }
      case WORD, STAR, LBRACE -> {
        return permission();
      }
      default -> {
        if (t.kind() == Token.Kind.END
            || t.kind() == Token.Kind.AND
            || t.kind() == Token.Kind.OR
            || t.kind() == Token.Kind.RPAREN) {
          throw new SyntaxError(
              SyntaxError.Kind.EMPTY_OPERAND,
              "expected a permission, '!' or '(' but found " + t.describe(),
              t.start());
        }
        throw new SyntaxError(
            SyntaxError.Kind.SYNTAX,
            "expected a permission, '!' or '(' but found " + t.describe(),
            t.start());
      }
    }
  }

  // permission := part ( ":" part )*
  private Expr permission() throws SyntaxError {
    int start = peek().start();
    List<List<Expr.Sub>> parts = new ArrayList<>();
    parts.add(part());
    while (peek().kind() == Token.Kind.COLON) {
      requireAdjacent();
      pos++;
      parts.add(part());
    }
    int end = tokens.get(pos - 1).end();
    return new Expr.Atom(parts, start, end);
  }

  // part := sub ( "," sub )*
  private List<Expr.Sub> part() throws SyntaxError {
    List<Expr.Sub> subs = new ArrayList<>();
    subs.add(sub());
    while (peek().kind() == Token.Kind.COMMA) {
      requireAdjacent();
      pos++;
      subs.add(sub());
    }
    return subs;
  }

  // sub := word | "*" | "{" name "}"
  private Expr.Sub sub() throws SyntaxError {
    Token t = peek();
    if (pos > 0 && !adjacent() && isPermissionSeparator(tokens.get(pos - 1))) {
      throw new SyntaxError(
          SyntaxError.Kind.SYNTAX,
          "whitespace is not allowed inside a permission",
          tokens.get(pos - 1).end());
    }
    switch (t.kind()) {
      case WORD -> {
        pos++;
        return new Expr.Sub(Expr.Sub.Kind.WORD, t.text(), t.start());
      }
      case STAR -> {
        pos++;
        return new Expr.Sub(Expr.Sub.Kind.WILDCARD, "*", t.start());
      }
      case LBRACE -> {
        pos++;
        Token name = peek();
        if (name.kind() != Token.Kind.WORD || !adjacent()) {
          throw new SyntaxError(
              SyntaxError.Kind.SYNTAX,
              "expected a template name after '{' but found " + name.describe(),
              name.start());
        }
        pos++;
        Token close = peek();
        if (close.kind() != Token.Kind.RBRACE || !adjacent()) {
          throw new SyntaxError(
              SyntaxError.Kind.SYNTAX,
              "expected '}' to close the template {" + name.text() + " but found "
                  + close.describe(),
              close.start());
        }
        pos++;
        return new Expr.Sub(Expr.Sub.Kind.TEMPLATE, name.text(), t.start());
      }
      default -> {
        Token previous = pos > 0 ? tokens.get(pos - 1) : null;
        if (previous != null && previous.kind() == Token.Kind.COLON) {
          throw new SyntaxError(
              SyntaxError.Kind.EMPTY_PART,
              "empty part: a word, '*' or '{name}' must follow ':'",
              t.start());
        }
        if (previous != null && previous.kind() == Token.Kind.COMMA) {
          throw new SyntaxError(
              SyntaxError.Kind.EMPTY_PART,
              "empty sub-part: a word, '*' or '{name}' must follow ','",
              t.start());
        }
        throw new SyntaxError(
            SyntaxError.Kind.SYNTAX,
            "expected a word, '*' or '{name}' but found " + t.describe(),
            t.start());
      }
    }
  }

  private static boolean isPermissionSeparator(Token t) {
    return t.kind() == Token.Kind.COLON || t.kind() == Token.Kind.COMMA;
  }

  private static SyntaxError tooDeep(Token at) {
    return new SyntaxError(
        SyntaxError.Kind.SYNTAX,
        "the expression nests '(' and '!' more than " + MAX_DEPTH + " levels deep; simplify it",
        at.start());
  }

  private void requireAdjacent() throws SyntaxError {
    if (!adjacent()) {
      throw new SyntaxError(
          SyntaxError.Kind.SYNTAX,
          "whitespace is not allowed inside a permission",
          tokens.get(pos - 1).end());
    }
  }

  /** Whether the next token starts exactly where the previous one ended. */
  private boolean adjacent() {
    return pos == 0 || tokens.get(pos).start() == tokens.get(pos - 1).end();
  }

  private Token peek() {
    return tokens.get(pos);
  }

  @Override
  public String toString() {
    return "Parser[" + source + " @" + pos + "]";
  }
}
