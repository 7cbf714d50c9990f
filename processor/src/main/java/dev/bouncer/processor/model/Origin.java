package dev.bouncer.processor.model;

/** Where an endpoint's effective policy was declared. */
public enum Origin {
  /** On the resource method itself. */
  METHOD,
  /** On the resource class. */
  CLASS,
  /** Nowhere: no policy applies. */
  NONE
}
