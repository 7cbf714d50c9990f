package dev.bouncer.runtime.spi;

import jakarta.ws.rs.container.ContainerRequestFilter;
import java.util.Objects;

/**
 * A sub-resource locator as the generated code describes it to the runtime.
 *
 * @param path the locator's own {@code @Path} template as written, for example {@code
 *     "{tenant}"} or {@code "projects/{project: [a-z0-9]+}"}: when several locators of a class may
 *     return the same kind of sub-resource, the runtime tells them apart by which template the
 *     request's path matched, with the precedence of the Jakarta REST matching algorithm
 * @param guard the filter that enforces its policy, or {@link GeneratedGuards#PERMIT_ALL} or
 *     {@link GeneratedGuards#NO_POLICY}
 */
public record Locator(String path, ContainerRequestFilter guard) {
  /**
   * Checks the arguments.
   *
   * @param path the locator's {@code @Path}
   * @param guard its filter
   */
  public Locator {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(guard, "guard");
  }
}
