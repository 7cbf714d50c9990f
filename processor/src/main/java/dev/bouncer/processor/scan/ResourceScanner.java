package dev.bouncer.processor.scan;

import dev.bouncer.processor.discovery.ResourceDiscovery;
import dev.bouncer.processor.discovery.ResourceMethod;
import dev.bouncer.processor.lint.LooseningLint;
import dev.bouncer.processor.model.Endpoint;
import dev.bouncer.processor.model.Policy;
import dev.bouncer.processor.model.PolicyKind;
import dev.bouncer.processor.model.TemplateBinding;
import dev.bouncer.processor.resolution.PolicyResolver;
import dev.bouncer.processor.validation.DeclaredPolicies;
import dev.bouncer.processor.validation.Message;
import dev.bouncer.processor.validation.Reporter;
import dev.bouncer.processor.validation.TemplateResolver;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The scan of one resource class, in stages: discovery ({@link ResourceDiscovery}), placement
 * checks, resolution ({@link PolicyResolver}), the loosening lint ({@link LooseningLint}),
 * {@code requireExplicit} and template binding ({@link TemplateResolver}). Takes a {@link
 * TypeElement}; returns a {@link Result} with its {@link Endpoint}s. One instance serves one round.
 */
public final class ResourceScanner {
  private final Reporter reporter;
  private final boolean requireExplicit;
  private final ResourceDiscovery discovery;
  private final DeclaredPolicies declared;
  private final PlacementChecks placement;
  private final PolicyResolver resolver;
  private final LooseningLint lint;
  private final TemplateResolver templates;

  public ResourceScanner(
      Reporter reporter, boolean requireExplicit, Elements elements, Types types) {
    this.reporter = reporter;
    this.requireExplicit = requireExplicit;
    this.discovery = new ResourceDiscovery(elements, types);
    this.declared = new DeclaredPolicies(reporter);
    this.templates = new TemplateResolver(reporter, types);
    this.placement = new PlacementChecks(reporter, discovery, declared);
    this.resolver = new PolicyResolver(reporter, discovery, declared, types);
    this.lint = new LooseningLint(reporter, discovery, declared, templates, types);
  }

  /** The scanned type: its endpoints, and whether it was clean (no error reported for it). */
  public record Result(TypeElement type, List<Endpoint> endpoints, boolean clean) {}

  /**
   * The types {@code type} needs that are not resolved yet, as written: another annotation
   * processor may generate them in a later round (see {@link ResourceDiscovery#unresolved}).
   */
  public List<String> unresolved(TypeElement type) {
    return discovery.unresolved(type);
  }

  /**
   * Checks the policy annotations declared in {@code type} and, for a concrete class, works out the
   * endpoints of every resource method it has, declared or inherited. An interface or abstract
   * class has no endpoints of its own: its policies are carried to the classes that implement it.
   */
  public Result scan(TypeElement type) {
    int errorsBefore = reporter.errorCount();
    boolean abstractType =
        type.getKind() == ElementKind.INTERFACE || type.getModifiers().contains(Modifier.ABSTRACT);
    declared.read(type); // the class-level policy first: its errors come before its methods'
    placement.check(type, abstractType);
    List<Endpoint> endpoints = abstractType ? List.of() : endpoints(type);
    boolean clean = reporter.errorCount() == errorsBefore;
    return new Result(type, endpoints, clean);
  }

  /** Every resource method of the concrete class {@code type}, declared or inherited. */
  private List<Endpoint> endpoints(TypeElement type) {
    List<Endpoint> endpoints = new ArrayList<>();
    for (ExecutableElement member : discovery.members(type)) {
      if (member.getEnclosingElement().equals(type) && declared.invalid(member)) {
        continue; // reported
      }
      Optional<ResourceMethod> method = discovery.resourceMethod(type, member);
      if (method.isPresent()) {
        endpoint(method.get()).ifPresent(endpoints::add);
      }
    }
    return endpoints;
  }

  /** The endpoint of one resource method; empty after reporting an error. */
  private Optional<Endpoint> endpoint(ResourceMethod method) {
    Optional<Policy> resolved = resolver.effectivePolicy(method);
    if (resolved.isEmpty()) {
      return Optional.empty(); // reported
    }
    Policy effective = resolved.get();
    if (requireExplicit && effective.kind() == PolicyKind.NONE) {
      reportMissingPolicy(method);
      return Optional.empty();
    }
    lint.check(method, effective);
    List<TemplateBinding> bindings = List.of();
    if (effective.kind() == PolicyKind.PERMISSION) {
      Optional<List<TemplateBinding>> bound =
          templates.resolve(effective, method.resource(), method.jaxRs(), method.path());
      if (bound.isEmpty()) {
        return Optional.empty(); // reported
      }
      bindings = bound.get();
    }
    return Optional.of(
        new Endpoint(
            method.resource(),
            method.method(),
            method.httpMethods(),
            method.path(),
            method.root(),
            effective,
            bindings,
            method.overridden(),
            method.methodPath(),
            method.locates()));
  }

  /** {@code -Abouncer.requireExplicit=true}: an endpoint without any policy is an error. */
  private void reportMissingPolicy(ResourceMethod method) {
    if (method.declaredHere()) {
      reporter.report(
          Message.MISSING_POLICY, Reporter.at(method.method()), method.method().getSimpleName());
    } else {
      TypeElement type = method.resource();
      reporter.report(
          Message.Variant.MISSING_POLICY_INHERITED,
          Reporter.at(type),
          type.getSimpleName(),
          method.method().getSimpleName());
    }
  }
}
