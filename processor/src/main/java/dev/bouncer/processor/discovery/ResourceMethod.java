package dev.bouncer.processor.discovery;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/**
 * One resource method or sub-resource locator of a resource class, as Jakarta REST sees it: what
 * {@link ResourceDiscovery} finds and the later stages (resolution, lint, template binding) read.
 * Built and used within one round.
 *
 * @param resource the resource class it was found in (the class being scanned)
 * @param method the method, declared in {@code resource} or inherited
 * @param overridden the supertype methods {@code method} overrides or implements, nearest first
 * @param jaxRs the method whose Jakarta REST annotations apply: {@code method}, or the first
 *     overridden one with an HTTP-method annotation or {@code @Path}
 * @param httpMethods the HTTP methods of {@code jaxRs}, sorted; empty for a locator
 * @param methodPath the {@code @Path} of {@code jaxRs} as written, or "" if it has none
 * @param path the full path: the class's {@code @Path} joined with {@code methodPath}
 * @param root whether {@code resource} has {@code @Path} (a root resource)
 * @param locates for a locator, the erased type it returns (X for {@code Class<? extends X>}),
 *     {@code Object} where that is not a class; null for a resource method
 */
public record ResourceMethod(
    TypeElement resource,
    ExecutableElement method,
    List<ExecutableElement> overridden,
    ExecutableElement jaxRs,
    List<String> httpMethods,
    String methodPath,
    String path,
    boolean root,
    TypeMirror locates) {

  public ResourceMethod {
    overridden = List.copyOf(overridden);
    httpMethods = List.copyOf(httpMethods);
  }

  /** Whether it is a sub-resource locator: {@code @Path} without an HTTP method. */
  public boolean locator() {
    return httpMethods.isEmpty();
  }

  /** Whether {@code resource} declares the method itself (rather than inheriting it). */
  public boolean declaredHere() {
    return method.getEnclosingElement().equals(resource);
  }

  /** The method, then the methods it overrides, nearest first. */
  public List<ExecutableElement> chain() {
    List<ExecutableElement> chain = new ArrayList<>(overridden.size() + 1);
    chain.add(method);
    chain.addAll(overridden);
    return chain;
  }
}
