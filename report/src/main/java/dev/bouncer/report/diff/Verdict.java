package dev.bouncer.report.diff;

/** How a policy change affects who may call an endpoint. */
public enum Verdict {
  /** Exactly the same callers are allowed: the text changed, the meaning did not. */
  UNCHANGED,
  /** Every caller allowed before is still allowed, and some more are. */
  LOOSENED,
  /** Every caller allowed now was allowed before, and some are no longer. */
  TIGHTENED,
  /** Some callers gain access and others lose it. */
  INCOMPARABLE
}
