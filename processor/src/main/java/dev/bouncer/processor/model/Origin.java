package dev.bouncer.processor.model;

/**
 * Where an endpoint's effective policy was declared. {@link Policy#element()} names the element: a
 * method, or a type for a class-level policy.
 */
public enum Origin {
  /** On the resource method itself, as declared in the resource class. */
  METHOD,
  /** On the resource class. */
  CLASS,
  /** On a superclass: on the method there, or on the superclass itself. */
  SUPERCLASS,
  /** On an interface: on the method there, or on the interface itself. */
  INTERFACE,
  /** Nowhere: no policy applies. */
  NONE
}
