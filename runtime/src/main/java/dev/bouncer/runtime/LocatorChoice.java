package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Check;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The locators of one class that may have returned one kind of sub-resource, and how to tell which
 * one a request went through: by the path segment it consumed, with the precedence of the Jakarta
 * REST matching algorithm (section 3.7.2: more literal characters first, then more template
 * variables, then more variables with a regular expression). When that cannot single one out, every
 * candidate's policy must hold: Bouncer never picks the weaker of two.
 */
final class LocatorChoice {
  /** One candidate locator. {@code check} is null for a locator whose policy needs no check. */
  record Candidate(String template, Pattern pattern, int literals, int variables, int regexes, Check check) {
    static Candidate of(String template, Check check) {
      String path = strip(template);
      StringBuilder regex = new StringBuilder();
      int literals = 0;
      int variables = 0;
      int regexes = 0;
      int i = 0;
      while (i < path.length()) {
        char c = path.charAt(i);
        if (c == '{') {
          int end = closing(path, i);
          String body = path.substring(i + 1, end);
          int colon = body.indexOf(':');
          variables++;
          if (colon >= 0) {
            regexes++;
            regex.append("(?:").append(body.substring(colon + 1).strip()).append(')');
          } else {
            regex.append("[^/]+");
          }
          i = end + 1;
        } else {
          literals++;
          regex.append(Pattern.quote(String.valueOf(c)));
          i++;
        }
      }
      return new Candidate(
          template, Pattern.compile(regex.toString()), literals, variables, regexes, check);
    }

    /** The index of the brace that closes the one at {@code open}, braces in a regex included. */
    private static int closing(String path, int open) {
      int depth = 0;
      for (int i = open; i < path.length(); i++) {
        if (path.charAt(i) == '{') {
          depth++;
        } else if (path.charAt(i) == '}' && --depth == 0) {
          return i;
        }
      }
      throw new IllegalArgumentException("unbalanced braces in @Path(\"" + path + "\")");
    }

    boolean outranks(Candidate other) {
      if (literals != other.literals) {
        return literals > other.literals;
      }
      if (variables != other.variables) {
        return variables > other.variables;
      }
      return regexes > other.regexes;
    }

    boolean ties(Candidate other) {
      return literals == other.literals && variables == other.variables && regexes == other.regexes;
    }
  }

  private final List<Candidate> candidates;

  LocatorChoice(List<Candidate> candidates) {
    this.candidates = List.copyOf(candidates);
  }

  /** A choice that always requires {@code checks}: for a parent the processor never saw. */
  static LocatorChoice always(List<Check> checks) {
    List<Candidate> all = new ArrayList<>();
    for (Check check : checks) {
      all.add(new Candidate("", Pattern.compile(""), 0, 0, 0, check));
    }
    return new LocatorChoice(all);
  }

  /**
   * The checks a request must pass, given the path segment the locator consumed (decoded, without
   * surrounding slashes), or null when it is unknown.
   */
  List<Check> checksFor(String consumed) {
    if (candidates.size() == 1) {
      return checksOf(candidates);
    }
    List<Candidate> matching = new ArrayList<>();
    if (consumed != null) {
      for (Candidate c : candidates) {
        if (c.pattern().matcher(strip(consumed)).matches()) {
          matching.add(c);
        }
      }
    }
    if (matching.isEmpty()) {
      return checksOf(candidates); // cannot tell: all of them
    }
    Candidate best = matching.get(0);
    for (Candidate c : matching) {
      if (c.outranks(best)) {
        best = c;
      }
    }
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : matching) {
      if (c.ties(best)) {
        chosen.add(c);
      }
    }
    return checksOf(chosen);
  }

  private static List<Check> checksOf(List<Candidate> chosen) {
    List<Check> checks = new ArrayList<>();
    for (Candidate c : chosen) {
      if (c.check() != null) {
        checks.add(c.check());
      }
    }
    return checks;
  }

  static String strip(String path) {
    int start = 0;
    int end = path.length();
    while (start < end && path.charAt(start) == '/') {
      start++;
    }
    while (end > start && path.charAt(end - 1) == '/') {
      end--;
    }
    return path.substring(start, end);
  }
}
