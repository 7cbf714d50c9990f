package dev.bouncer.it.app;

import java.security.Principal;
import java.util.Set;

/** A caller as the test authentication filter identifies it: a name and its grants. */
public record TestPrincipal(String name, Set<String> grants) implements Principal {
  @Override
  public String getName() {
    return name;
  }
}
