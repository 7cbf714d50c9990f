package dev.bouncer.processor.scan;

import dev.bouncer.processor.discovery.Annotations;
import dev.bouncer.processor.discovery.ResourceDiscovery;
import dev.bouncer.processor.validation.DeclaredPolicies;
import dev.bouncer.processor.validation.Message;
import dev.bouncer.processor.validation.PolicyReader;
import dev.bouncer.processor.validation.Reporter;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;

/**
 * Placement checks: policy annotations where Jakarta REST never looks. Takes a type; returns
 * nothing, and reports {@code [BouncerNotResourceMethod]}, {@code [BouncerInaccessibleMethod]} and
 * {@code [BouncerNotResourceClass]}. Reads (so checks) the policy of every other method the type
 * declares.
 */
final class PlacementChecks {
  private final Reporter reporter;
  private final ResourceDiscovery discovery;
  private final DeclaredPolicies declared;

  PlacementChecks(Reporter reporter, ResourceDiscovery discovery, DeclaredPolicies declared) {
    this.reporter = reporter;
    this.discovery = discovery;
    this.declared = declared;
  }

  /**
   * Checks the policy annotations of {@code type} and of the methods it declares. An interface or
   * abstract class ({@code abstractType}) is not held to them: a method may become a resource
   * method in the class that implements it.
   */
  void check(TypeElement type, boolean abstractType) {
    boolean anyResourceMethod = checkDeclaredMethods(type, abstractType);
    anyResourceMethod |= discovery.inheritsResourceMethods(type);
    if (declared.declares(type) && !anyResourceMethod && !abstractType) {
      reporter.report(
          Message.NOT_RESOURCE_CLASS,
          Reporter.at(type, declared.first(type)),
          type.getSimpleName());
    }
  }

  /**
   * Reports policy annotations on methods of {@code type} that Jakarta REST never calls, and reads
   * (so checks) the others. Returns whether {@code type} declares a resource method.
   */
  private boolean checkDeclaredMethods(TypeElement type, boolean abstractType) {
    boolean anyResourceMethod = false;
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      boolean resourceMethod = discovery.isResourceMethod(method, type);
      anyResourceMethod |= resourceMethod;
      if (!declared.declares(method)) {
        continue;
      }
      AnnotationMirror first = declared.first(method);
      // On an interface or abstract class, a method may become a resource method in the class
      // that implements it (which may add @GET), so only concrete classes are held to this.
      if (!resourceMethod && !abstractType) {
        reporter.report(
            Message.NOT_RESOURCE_METHOD,
            Reporter.at(method, first),
            method.getSimpleName(),
            PolicyReader.simple(Annotations.qualifiedName(first)));
        continue;
      }
      if (!method.getModifiers().contains(Modifier.PUBLIC)
          || method.getModifiers().contains(Modifier.STATIC)) {
        reporter.report(
            Message.INACCESSIBLE_METHOD,
            Reporter.at(method, first),
            method.getSimpleName(),
            inaccessible(method),
            PolicyReader.simple(Annotations.qualifiedName(first)));
        continue;
      }
      declared.read(method);
    }
    return anyResourceMethod;
  }

  /** Why a method Jakarta REST cannot call is inaccessible: static, private or not public. */
  private static String inaccessible(ExecutableElement method) {
    if (method.getModifiers().contains(Modifier.STATIC)) {
      return "static";
    }
    return method.getModifiers().contains(Modifier.PRIVATE) ? "private" : "not public";
  }
}
