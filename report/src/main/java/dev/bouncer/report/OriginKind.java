package dev.bouncer.report;

/**
 * Where an effective policy was declared ({@code policy.origin.kind}). Kinds may be added within
 * format 2: one this version does not know reads as {@link #UNKNOWN}, an opaque label whose
 * spelling the record keeps.
 */
public enum OriginKind {
  /** On the resource method itself. */
  METHOD,
  /** On its class. */
  CLASS,
  /** Inherited from a superclass. */
  SUPERCLASS,
  /** Inherited from an interface. */
  INTERFACE,
  /** No policy applies. */
  NONE,
  /** A kind this version of Bouncer does not know. */
  UNKNOWN;

  /** The kind spelled {@code name}, or {@link #UNKNOWN}. */
  public static OriginKind of(String name) {
    for (OriginKind k : values()) {
      if (k != UNKNOWN && k.name().equals(name)) {
        return k;
      }
    }
    return UNKNOWN;
  }
}
