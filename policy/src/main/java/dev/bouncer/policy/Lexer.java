package dev.bouncer.policy;

import java.util.ArrayList;
import java.util.List;

/** Splits an expression into tokens; whitespace separates tokens and is otherwise dropped. */
final class Lexer {
  private Lexer() {}

  static List<Token> tokenize(String source) throws SyntaxError {
    List<Token> tokens = new ArrayList<>();
    int i = 0;
    int n = source.length();
    while (i < n) {
      char c = source.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int start = i;
      if (isWordChar(c)) {
        while (i < n && isWordChar(source.charAt(i))) {
          i++;
        }
        tokens.add(new Token(Token.Kind.WORD, source.substring(start, i), start, i));
        continue;
      }
      Token.Kind kind;
      switch (c) {
        case '*' -> kind = Token.Kind.STAR;
        case ':' -> kind = Token.Kind.COLON;
        case ',' -> kind = Token.Kind.COMMA;
        case '{' -> kind = Token.Kind.LBRACE;
        case '}' -> kind = Token.Kind.RBRACE;
        case '!' -> kind = Token.Kind.NOT;
        case '(' -> kind = Token.Kind.LPAREN;
        case ')' -> kind = Token.Kind.RPAREN;
        case '&', '|' -> {
          if (i + 1 < n && source.charAt(i + 1) == c) {
            tokens.add(
                new Token(c == '&' ? Token.Kind.AND : Token.Kind.OR, "" + c + c, start, i + 2));
            i += 2;
            continue;
          }
          throw new SyntaxError(
              SyntaxError.Kind.SYNTAX, "'" + c + "' must be doubled: write '" + c + c + "'", start);
        }
        default -> throw new SyntaxError(
            SyntaxError.Kind.SYNTAX,
            "unexpected character '"
                + printable(c)
                + "'; a permission word may contain only letters, digits, '_', '.' and '-'",
            start);
      }
      tokens.add(new Token(kind, String.valueOf(c), start, i + 1));
      i++;
    }
    tokens.add(new Token(Token.Kind.END, "", n, n));
    return tokens;
  }

  static boolean isWordChar(char c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '_'
        || c == '.'
        || c == '-';
  }

  private static String printable(char c) {
    return c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }
}
