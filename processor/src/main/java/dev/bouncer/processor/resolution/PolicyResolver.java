package dev.bouncer.processor.resolution;

import dev.bouncer.processor.discovery.ResourceDiscovery;
import dev.bouncer.processor.discovery.ResourceMethod;
import dev.bouncer.processor.model.Policy;
import dev.bouncer.processor.validation.DeclaredPolicies;
import dev.bouncer.processor.validation.Message;
import dev.bouncer.processor.validation.Reporter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * Resolution: the effective policy of a resource method. Takes a {@link ResourceMethod} from
 * discovery; returns the {@link Policy} in effect, with its origin as seen from the resource class
 * ({@link Policy#none()} when nothing applies), or empty after reporting an error: an invalid
 * policy on the way, or {@code [BouncerAmbiguousInheritance]}.
 *
 * <p>In order, the first level that declares anything decides:
 *
 * <ol>
 *   <li>the method's own annotations, and those of the supertype methods it overrides;
 *   <li>the resource class's class-level policy;
 *   <li>the class-level policy of the types that declare the method or one it overrides;
 *   <li>the class-level policy of any other supertype of the resource class.
 * </ol>
 *
 * Within a level the policy declared on the most specific type wins, and all of equal specificity
 * must require the same. Method-level annotations come before class-level ones wherever they are
 * declared, as in Spring Security, so that implementing an annotated interface in a class with a
 * class-level policy never silently replaces the interface's per-method requirements.
 */
public final class PolicyResolver {
  private final Reporter reporter;
  private final ResourceDiscovery discovery;
  private final DeclaredPolicies declared;
  private final Types types;

  public PolicyResolver(
      Reporter reporter, ResourceDiscovery discovery, DeclaredPolicies declared, Types types) {
    this.reporter = reporter;
    this.discovery = discovery;
    this.declared = declared;
    this.types = types;
  }

  /** What one level found: nothing declared there, an error (reported), or one policy. */
  private record Tier(boolean declared, Optional<Policy> policy) {
    /** Nothing declared at this level: the next one decides. */
    static final Tier NONE = new Tier(false, Optional.empty());

    /** Declared, but invalid or ambiguous, and reported: the method gets no policy. */
    static final Tier REPORTED = new Tier(true, Optional.empty());

    /** The policy this level decides on. */
    static Tier of(Policy policy) {
      return new Tier(true, Optional.of(policy));
    }
  }

  /** The effective policy of {@code method}; empty after reporting an error. */
  public Optional<Policy> effectivePolicy(ResourceMethod method) {
    TypeElement type = method.resource();
    Tier fromMethods = methodLevel(method);
    if (fromMethods.declared()) {
      return fromMethods.policy();
    }
    Optional<Policy> classPolicy = declared.read(type, type);
    if (classPolicy.isPresent()) {
      return classPolicy;
    }
    if (declared.declares(type)) {
      return Optional.empty(); // invalid class-level annotations, reported
    }
    Set<TypeElement> seen = new HashSet<>();
    Tier fromDeclaringTypes = declaringTypes(method, seen);
    if (fromDeclaringTypes.declared()) {
      return fromDeclaringTypes.policy();
    }
    Tier fromSupertypes = otherSupertypes(method, seen);
    return fromSupertypes.declared() ? fromSupertypes.policy() : Optional.of(Policy.none());
  }

  /** The policies on the method and on the methods it overrides. */
  private Tier methodLevel(ResourceMethod method) {
    return declaredOn(method, method.chain());
  }

  /**
   * The class-level policies of the types that declare the method or one it overrides, other
   * than the resource class; adds each such type to {@code seen}.
   */
  private Tier declaringTypes(ResourceMethod method, Set<TypeElement> seen) {
    TypeElement type = method.resource();
    List<TypeElement> declaringTypes = new ArrayList<>();
    for (ExecutableElement m : method.chain()) {
      TypeElement declaring = (TypeElement) m.getEnclosingElement();
      if (!declaring.equals(type) && seen.add(declaring)) {
        declaringTypes.add(declaring);
      }
    }
    return declaredOn(method, declaringTypes);
  }

  /**
   * The class-level policies of the resource class's other supertypes (not in {@code seen}): a
   * marker interface, or an abstract base class whose subclass declares resource methods of its
   * own. The runtime's safety net sees those annotations too, so leaving them out would deny every
   * request.
   */
  private Tier otherSupertypes(ResourceMethod method, Set<TypeElement> seen) {
    List<TypeElement> others = new ArrayList<>();
    for (TypeElement supertype : discovery.supertypes(method.resource())) {
      if (!seen.contains(supertype)) {
        others.add(supertype);
      }
    }
    return declaredOn(method, others);
  }

  /**
   * The policies declared on {@code elements} (methods, or types for class-level policies), as seen
   * from the resource class; the most specific one decides.
   */
  private Tier declaredOn(ResourceMethod method, List<? extends Element> elements) {
    List<Policy> candidates = new ArrayList<>();
    for (Element declaring : elements) {
      if (!declared.declares(declaring)) {
        continue;
      }
      Optional<Policy> p = declared.read(declaring, method.resource());
      if (p.isEmpty()) {
        return Tier.REPORTED; // invalid, reported
      }
      candidates.add(p.get());
    }
    return mostSpecific(method, candidates);
  }

  /**
   * Of the candidate policies, the one declared on the most specific type: a candidate whose
   * declaring type is a supertype of another candidate's is dropped. The remaining ones must all
   * require the same, else {@code [BouncerAmbiguousInheritance]} is reported.
   */
  private Tier mostSpecific(ResourceMethod method, List<Policy> candidates) {
    List<Policy> kept = new ArrayList<>();
    for (Policy p : candidates) {
      if (!shadowed(p, candidates)) {
        kept.add(p);
      }
    }
    if (kept.isEmpty()) {
      return Tier.NONE;
    }
    Policy first = kept.get(0);
    for (Policy other : kept.subList(1, kept.size())) {
      if (!other.sameRequirement(first)) {
        reportAmbiguous(method, first, other);
        return Tier.REPORTED;
      }
    }
    return Tier.of(first);
  }

  /** Whether another candidate is declared on a proper subtype of {@code p}'s declaring type. */
  private boolean shadowed(Policy p, List<Policy> candidates) {
    TypeElement declaring = DeclaredPolicies.declaringType(p);
    for (Policy q : candidates) {
      TypeElement other = DeclaredPolicies.declaringType(q);
      if (q != p
          && !other.equals(declaring)
          && types.isSubtype(types.erasure(other.asType()), types.erasure(declaring.asType()))) {
        return true;
      }
    }
    return false;
  }

  private void reportAmbiguous(ResourceMethod method, Policy first, Policy other) {
    TypeElement type = method.resource();
    boolean declaredHere = method.declaredHere();
    reporter.report(
        Message.AMBIGUOUS_INHERITANCE,
        Reporter.at(declaredHere ? method.method() : type),
        type.getSimpleName(),
        method.method().getSimpleName(),
        first.annotationText(),
        first.declaredAt(),
        other.annotationText(),
        other.declaredAt(),
        declaredHere
            ? Message.Part.THE_METHOD.text()
            : Message.Part.AN_OVERRIDE_IN.text(type.getSimpleName()));
  }
}
