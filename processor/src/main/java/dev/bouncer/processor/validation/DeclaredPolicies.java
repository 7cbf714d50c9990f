package dev.bouncer.processor.validation;

import dev.bouncer.processor.model.Origin;
import dev.bouncer.processor.model.Policy;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * The policy declared on each class or method, read with {@link PolicyReader} (and so checked,
 * reporting each problem once) on first use, and its policy annotations. The stages of one round
 * (placement, resolution, lint) share one instance, so no element is read twice; javac may renew
 * its elements between rounds, so a new round gets a new instance.
 */
public final class DeclaredPolicies {
  private final PolicyReader reader;
  private final Map<Element, Optional<Policy>> read = new HashMap<>();
  private final Map<Element, Map<String, AnnotationMirror>> annotations = new HashMap<>();

  public DeclaredPolicies(Reporter reporter) {
    this.reader = new PolicyReader(reporter);
  }

  /**
   * The policy annotations on {@code element}, by policy annotation (see {@link
   * PolicyReader#policyAnnotations}); once per element.
   */
  public Map<String, AnnotationMirror> annotations(Element element) {
    Map<String, AnnotationMirror> found = annotations.get(element);
    if (found == null) {
      found = Collections.unmodifiableMap(reader.policyAnnotationsOf(element));
      annotations.put(element, found);
    }
    return found;
  }

  /** Whether {@code element} carries a policy annotation, valid or not. */
  public boolean declares(Element element) {
    return !annotations(element).isEmpty();
  }

  /** The first policy annotation written on {@code element}, or null if none. */
  public AnnotationMirror first(Element element) {
    Map<String, AnnotationMirror> found = annotations(element);
    return found.isEmpty() ? null : found.values().iterator().next();
  }

  /**
   * The policy declared on {@code element} (origin CLASS for a type, METHOD for a method), read
   * and checked on first use; empty if there is none or it is invalid (then it was reported).
   */
  public Optional<Policy> read(Element element) {
    Optional<Policy> cached = read.get(element);
    if (cached == null) {
      cached = reader.read(element, element instanceof TypeElement ? Origin.CLASS : Origin.METHOD);
      read.put(element, cached);
    }
    return cached;
  }

  /** {@link #read(Element)}, with the origin as seen from the resource class {@code resource}. */
  public Optional<Policy> read(Element element, TypeElement resource) {
    return read(element).map(p -> p.withOrigin(originOf(element, resource)));
  }

  /** Whether {@code element} carries a policy annotation that is invalid (and was reported). */
  public boolean invalid(Element element) {
    return declares(element) && read(element).isEmpty();
  }

  /** The type that declares the policy: its element, or the class of its method. */
  public static TypeElement declaringType(Policy policy) {
    Element e = policy.element();
    return (TypeElement) (e instanceof TypeElement ? e : e.getEnclosingElement());
  }

  /** Where a policy declared on {@code declaredOn} comes from, seen from the class {@code type}. */
  private static Origin originOf(Element declaredOn, TypeElement type) {
    TypeElement declaring =
        (TypeElement)
            (declaredOn instanceof TypeElement ? declaredOn : declaredOn.getEnclosingElement());
    if (declaring.equals(type)) {
      return declaredOn instanceof TypeElement ? Origin.CLASS : Origin.METHOD;
    }
    return declaring.getKind() == ElementKind.INTERFACE ? Origin.INTERFACE : Origin.SUPERCLASS;
  }
}
