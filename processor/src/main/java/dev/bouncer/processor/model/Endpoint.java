package dev.bouncer.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One resource method, or sub-resource locator, of a resource class, with its effective policy.
 *
 * @param type the resource class that declares it
 * @param method the method
 * @param httpMethods its HTTP methods, sorted; empty for a sub-resource locator
 * @param path the full path: class {@code @Path} plus method {@code @Path}, with a leading slash
 * @param root whether the class is a root resource (has {@code @Path}); sub-resource paths are
 *     relative to the locator that returns them
 * @param policy the effective policy
 * @param templates where each {@code {name}} of the policy's expression takes its value, in order
 *     of first appearance
 * @param overridden the supertype methods that {@code method} overrides or implements, nearest
 *     first: a server may report any of them as the resource method
 * @param methodPath the method's own {@code @Path} as written, or "" if it has none
 * @param locates for a sub-resource locator, the erased type of what it returns (for a locator
 *     returning {@code Class<X>}, X); null otherwise
 */
public record Endpoint(
    TypeElement type,
    ExecutableElement method,
    List<String> httpMethods,
    String path,
    boolean root,
    Policy policy,
    List<TemplateBinding> templates,
    List<ExecutableElement> overridden,
    String methodPath,
    TypeMirror locates) {

  public Endpoint {
    httpMethods = List.copyOf(httpMethods);
    templates = List.copyOf(templates);
    overridden = List.copyOf(overridden);
  }

  public boolean locator() {
    return httpMethods.isEmpty();
  }

  /** For example {@code GET /orders/{id}}, or {@code GET,HEAD /x}, or {@code LOCATOR /x}. */
  public String display() {
    return (locator() ? "LOCATOR" : String.join(",", httpMethods)) + " " + path;
  }
}
