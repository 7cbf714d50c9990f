package dev.bouncer.runtime;

import dev.bouncer.runtime.spi.Check;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * For servers that cannot say which locator they invoked: the locators of one class that could
 * have returned one kind of sub-resource, each with its {@code @Path} and its check. Every
 * candidate's policy is required, never the weaker of two, unless the server's own record proves
 * that a candidate was not matched:
 *
 * <ul>
 *   <li>the matched resource template (Jakarta REST 4.0), built from the {@code @Path} values the
 *       server matched: a candidate whose {@code @Path} does not occur in it as whole segments was
 *       not matched;
 *   <li>what the server says a locator consumed (its matched URIs): a candidate whose {@code @Path}
 *       fits no reading of that text (as sent, percent-decoded, without matrix parameters, in any
 *       letter case) was not matched.
 * </ul>
 *
 * <p>A rule-out can only leave more checks, and when every candidate is ruled out (the record is not
 * what was expected) all of them hold again. The one positive identification is for a consumed
 * text with no percent-encoding and no matrix parameter, which every server reads alike: the
 * highest-ranked candidate that fits it, by the precedence of the matching algorithm, is the one
 * the server took.
 */
final class LocatorCandidates {
  /**
   * One candidate. {@code check} is null for a locator whose policy needs no check. {@code
   * readings} match every way a server could read the {@code @Path} (for ruling out); {@code
   * exact} is the template as the Jakarta REST matching algorithm reads it (null if unreadable);
   * {@code rank} its precedence there: literal characters, template variables, variables with a
   * regular expression.
   */
  record Candidate(String template, Check check, List<Pattern> readings, Pattern exact, int[] rank) {
    Candidate(String template, Check check) {
      this(normalize(template), check, compile(normalize(template)), exactPattern(normalize(template)),
          rankOf(normalize(template)));
    }

    /** Whether some reading of what a locator consumed fits this candidate's {@code @Path}. */
    boolean mayHaveConsumed(List<String> consumedReadings) {
      if (template.isEmpty() || readings.isEmpty()) {
        return true; // consumes nothing, or a template we cannot read: never ruled out
      }
      for (Pattern pattern : readings) {
        for (String reading : consumedReadings) {
          if (pattern.matcher(reading).matches()) {
            return true;
          }
        }
      }
      return false;
    }

    int compareRank(Candidate other) {
      for (int i = 0; i < rank.length; i++) {
        if (rank[i] != other.rank[i]) {
          return Integer.compare(rank[i], other.rank[i]);
        }
      }
      return 0;
    }
  }

  /** {@link #byTemplate} found no candidate: the template does not decide. A unique instance. */
  private static final List<Check> UNDECIDED = new ArrayList<>(0);

  /**
   * How many distinct matched templates {@link #byTemplate} answers are kept for: the server builds
   * them from the {@code @Path} values it matched, so an application has few.
   */
  private static final int MAX_TEMPLATES = 1_000;

  private final List<Candidate> candidates;
  private final List<Check> all;

  /**
   * What the matched template decides, worked out once per template (no substring per request).
   */
  private final Map<String, List<Check>> byTemplate = new ConcurrentHashMap<>();

  LocatorCandidates(List<Candidate> candidates) {
    this.candidates = List.copyOf(candidates);
    this.all = checksOf(this.candidates);
  }

  /** Candidates that always require {@code checks}: for a parent the processor never saw. */
  static LocatorCandidates always(List<Check> checks) {
    List<Candidate> list = new ArrayList<>();
    for (Check check : checks) {
      list.add(new Candidate("", check, List.of(), null, new int[3]));
    }
    return new LocatorCandidates(list);
  }

  /** Whether several candidates, some of them guarded, make the server's record matter. */
  boolean ambiguous() {
    return candidates.size() > 1 && !all.isEmpty();
  }

  /**
   * The checks a request must pass.
   *
   * @param matchedTemplate the server's matched resource template, or null
   * @param consumed what the server says the locator consumed, as sent (not decoded), or null
   */
  List<Check> checksFor(String matchedTemplate, String consumed) {
    if (!ambiguous()) {
      return all;
    }
    if (matchedTemplate != null) {
      List<Check> decided = byTemplate.get(matchedTemplate);
      if (decided == null) {
        decided = byTemplate(matchedTemplate);
        if (byTemplate.size() < MAX_TEMPLATES) {
          byTemplate.putIfAbsent(matchedTemplate, decided);
        }
      }
      if (decided != UNDECIDED) {
        return decided;
      }
    }
    if (consumed != null) {
      List<Candidate> proven = provenMatch(normalize(consumed));
      if (proven != null) {
        return checksOf(proven);
      }
      List<String> readings = readings(consumed);
      List<Candidate> possible = new ArrayList<>();
      for (Candidate c : candidates) {
        if (c.mayHaveConsumed(readings)) {
          possible.add(c);
        }
      }
      if (!possible.isEmpty()) {
        return checksOf(possible);
      }
    }
    return all;
  }

  /**
   * The checks of the candidates whose {@code @Path} occurs in the matched template, or {@link
   * #UNDECIDED} when none does.
   */
  private List<Check> byTemplate(String matchedTemplate) {
    String haystack = "/" + normalize(matchedTemplate) + "/";
    List<Candidate> occurring = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.template().isEmpty() || haystack.contains("/" + c.template() + "/")) {
        occurring.add(c);
      }
    }
    return occurring.isEmpty() ? UNDECIDED : checksOf(occurring);
  }

  /**
   * The candidates the server must have matched when it consumed {@code raw}, or null when that
   * cannot be proven. Only for a text with no percent-encoding and no matrix parameter, which every
   * server reads the same way: the locator it matched fits that text, and no candidate that fits
   * it ranks above the one it matched (the server would have taken that one instead, section
   * 3.7.2 of the specification). So it is the highest-ranked fitting candidate, or one of several
   * tied at the top, which then all hold.
   */
  private List<Candidate> provenMatch(String raw) {
    if (raw.isEmpty() || raw.indexOf('%') >= 0 || raw.indexOf(';') >= 0) {
      return null;
    }
    List<Candidate> fitting = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.exact() == null) {
        return null; // a candidate we cannot evaluate might be the one the server took
      }
      if (c.exact().matcher(raw).matches()) {
        fitting.add(c);
      }
    }
    if (fitting.isEmpty()) {
      return null;
    }
    Candidate best = fitting.get(0);
    for (Candidate c : fitting) {
      if (c.compareRank(best) > 0) {
        best = c;
      }
    }
    List<Candidate> top = new ArrayList<>();
    for (Candidate c : fitting) {
      if (c.compareRank(best) == 0) {
        top.add(c);
      }
    }
    return top;
  }

  private static List<Check> checksOf(List<Candidate> chosen) {
    List<Check> checks = new ArrayList<>();
    for (Candidate c : chosen) {
      if (c.check() != null && !checks.contains(c.check())) {
        checks.add(c.check());
      }
    }
    return List.copyOf(checks);
  }

  /** The ways a server may have read {@code consumed}: as sent, decoded, without matrix parameters. */
  static List<String> readings(String consumed) {
    Set<String> readings = new LinkedHashSet<>();
    String raw = normalize(consumed);
    String bare = withoutMatrixParameters(raw);
    readings.add(raw);
    readings.add(decode(raw));
    readings.add(bare);
    readings.add(decode(bare));
    readings.add(withoutMatrixParameters(decode(raw)));
    return List.copyOf(readings);
  }

  /**
   * The patterns a {@code @Path} can match, as written and percent-decoded (servers treat encoded
   * characters in {@code @Path} as either), letter case ignored: wider than any server, so that a
   * candidate is only ruled out when no server could have matched it.
   */
  private static List<Pattern> compile(String template) {
    if (template.isEmpty()) {
      return List.of();
    }
    List<Pattern> patterns = new ArrayList<>();
    for (String variant : new LinkedHashSet<>(List.of(template, decode(template)))) {
      try {
        patterns.add(Pattern.compile(regex(variant), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
      } catch (IllegalArgumentException e) { // PatternSyntaxException, unbalanced braces
        return List.of(); // cannot read it: the candidate is never ruled out
      }
    }
    return List.copyOf(patterns);
  }

  /** The template as the matching algorithm reads it: case-sensitive, a variable one segment. */
  private static Pattern exactPattern(String template) {
    try {
      return Pattern.compile(regex(template, "[^/]+"));
    } catch (IllegalArgumentException e) { // PatternSyntaxException, unbalanced braces
      return null;
    }
  }

  /** Literal characters, template variables, variables with a regular expression. */
  private static int[] rankOf(String template) {
    int[] rank = new int[3];
    int i = 0;
    while (i < template.length()) {
      if (template.charAt(i) == '{') {
        int end;
        try {
          end = closing(template, i);
        } catch (IllegalArgumentException e) {
          return rank;
        }
        rank[1]++;
        if (template.substring(i + 1, end).indexOf(':') >= 0) {
          rank[2]++;
        }
        i = end + 1;
      } else {
        rank[0]++;
        i++;
      }
    }
    return rank;
  }

  private static String regex(String template) {
    return regex(template, "[^/]*");
  }

  private static String regex(String template, String variable) {
    StringBuilder regex = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int end = closing(template, i);
        String body = template.substring(i + 1, end);
        int colon = body.indexOf(':');
        regex.append(colon >= 0 ? "(?:" + body.substring(colon + 1) + ")" : variable);
        i = end + 1;
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return regex.toString();
  }

  private static int closing(String template, int open) {
    int depth = 0;
    for (int i = open; i < template.length(); i++) {
      if (template.charAt(i) == '{') {
        depth++;
      } else if (template.charAt(i) == '}' && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException("unbalanced braces in @Path(\"" + template + "\")");
  }

  private static String withoutMatrixParameters(String path) {
    StringBuilder sb = new StringBuilder(path.length());
    boolean inMatrix = false;
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '/') {
        inMatrix = false;
      } else if (c == ';') {
        inMatrix = true;
      }
      if (!inMatrix) {
        sb.append(c);
      }
    }
    return normalize(sb.toString());
  }

  /** Percent-decodes as UTF-8; a malformed escape is kept as it is. */
  static String decode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%'
          && i + 2 < text.length()
          && hex(text.charAt(i + 1)) >= 0
          && hex(text.charAt(i + 2)) >= 0) {
        bytes.write(hex(text.charAt(i + 1)) * 16 + hex(text.charAt(i + 2)));
        i += 2;
      } else {
        byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        bytes.write(encoded, 0, encoded.length);
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }

  /** Without surrounding slashes, doubled slashes or white space (servers differ in keeping it). */
  static String normalize(String template) {
    StringBuilder sb = new StringBuilder(template.length());
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (Character.isWhitespace(c)
          || (c == '/' && (sb.length() == 0 || sb.charAt(sb.length() - 1) == '/'))) {
        continue;
      }
      sb.append(c);
    }
    int end = sb.length();
    while (end > 0 && sb.charAt(end - 1) == '/') {
      end--;
    }
    return sb.substring(0, end);
  }
}
