package dev.bouncer.policy;

/** A token of the permission expression language, with its [start, end) offsets. */
record Token(Kind kind, String text, int start, int end) {
  enum Kind {
    WORD("a word"),
    STAR("'*'"),
    COLON("':'"),
    COMMA("','"),
    LBRACE("'{'"),
    RBRACE("'}'"),
    AND("'&&'"),
    OR("'||'"),
    NOT("'!'"),
    LPAREN("'('"),
    RPAREN("')'"),
    END("the end of the expression");

    final String description;

    Kind(String description) {
      this.description = description;
    }
  }

  String describe() {
    return kind == Kind.WORD ? "'" + text + "'" : kind.description;
  }
}
