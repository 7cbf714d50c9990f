package dev.bouncer.processor.dsl;

import dev.bouncer.processor.validation.Message;

/** A permission expression that does not parse, with the offset (0-based) where it went wrong. */
public final class SyntaxError extends Exception {
  private static final long serialVersionUID = 1L;

  private final Message message;
  private final int offset;

  SyntaxError(Message message, String detail, int offset) {
    super(detail, null, false, false);
    this.message = message;
    this.offset = offset;
  }

  /** The catalogue entry: its key says which rule was broken. */
  public Message kind() {
    return message;
  }

  /** What is wrong, without key or position. */
  public String detail() {
    return getMessage();
  }

  /** The 0-based offset into the expression. */
  public int offset() {
    return offset;
  }
}
