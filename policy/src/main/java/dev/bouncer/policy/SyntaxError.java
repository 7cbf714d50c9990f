package dev.bouncer.policy;

/** A permission expression that does not parse, with the offset (0-based) where it went wrong. */
public final class SyntaxError extends Exception {
  private static final long serialVersionUID = 1L;

  /** Which rule of the grammar was broken; each has its own diagnostic key in the processor. */
  public enum Kind {
    /** Anything not covered by a more specific kind: an unexpected character or token. */
    SYNTAX,
    /** The whole expression is empty or blank. */
    EMPTY_EXPRESSION,
    /** An operator or parenthesis with nothing where a permission must be. */
    EMPTY_OPERAND,
    /** Nothing after a {@code :} or {@code ,} inside a permission. */
    EMPTY_PART,
    /** A {@code (} never closed or a {@code )} never opened. */
    UNBALANCED
  }

  /** Which rule was broken. */
  private final Kind kind;

  /** The 0-based offset into the expression. */
  private final int offset;

  SyntaxError(Kind kind, String detail, int offset) {
    super(detail, null, false, false);
    this.kind = kind;
    this.offset = offset;
  }

  /**
   * Which rule was broken.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * What is wrong, without key or position.
   *
   * @return the detail
   */
  public String detail() {
    return getMessage();
  }

  /**
   * The 0-based offset into the expression.
   *
   * @return the offset
   */
  public int offset() {
    return offset;
  }
}
