package dev.bouncer.report;

/**
 * Where the value of a permission template comes from ({@code policy.templates[].source}). A
 * source this version does not know reads as {@link #UNKNOWN}; the record keeps its spelling.
 */
public enum TemplateSource {
  /** A path template variable. */
  PATH,
  /** A query parameter. */
  QUERY,
  /** A request header. */
  HEADER,
  /** A source this version of Bouncer does not know. */
  UNKNOWN;

  /** The source spelled {@code name}, or {@link #UNKNOWN}. */
  public static TemplateSource of(String name) {
    for (TemplateSource s : values()) {
      if (s != UNKNOWN && s.name().equals(name)) {
        return s;
      }
    }
    return UNKNOWN;
  }
}
