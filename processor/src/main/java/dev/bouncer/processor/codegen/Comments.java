package dev.bouncer.processor.codegen;

/**
 * Makes user text (expressions, paths) safe to put in generated comments: one line, no comment
 * terminator, no unicode escape that javac would decode inside a comment.
 */
final class Comments {
  private Comments() {}

  /** For a {@code //} comment. */
  static String line(String text) {
    return text.replace("\\", "\\\\").replace("\r\n", " ").replace('\r', ' ').replace('\n', ' ');
  }

  /** For Javadoc: also no {@code * /} and no {@code @} that would start a tag. */
  static String javadoc(String text) {
    return line(text)
        .replace("*/", "*&#47;")
        .replace("/*", "&#47;*")
        .replace("@", "{@literal @}");
  }
}
