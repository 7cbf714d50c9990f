package dev.bouncer.processor.lint;

import dev.bouncer.policy.Relations;
import dev.bouncer.policy.TooManyAtomsException;
import dev.bouncer.processor.discovery.ResourceDiscovery;
import dev.bouncer.processor.discovery.ResourceMethod;
import dev.bouncer.processor.model.Policy;
import dev.bouncer.processor.model.PolicyKind;
import dev.bouncer.processor.validation.DeclaredPolicies;
import dev.bouncer.processor.validation.Message;
import dev.bouncer.processor.validation.PolicyReader;
import dev.bouncer.processor.validation.Reporter;
import dev.bouncer.processor.validation.TemplateResolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Types;

/**
 * The loosening lint. Takes a {@link ResourceMethod} and its resolved effective {@link Policy};
 * returns nothing, and warns ({@code [BouncerLoosening]}) when that policy lets through a caller
 * that a policy it takes the place of would refuse. Silenced by {@code
 * @SuppressWarnings("bouncer:loosening")} where the warning is shown or where the looser policy is
 * written.
 *
 * <p>The policies a method-level policy takes the place of: those of the supertype methods it
 * overrides, the resource class's class-level policy, and the class-level policies of the types
 * that declare the method or what it overrides; for a class-level policy, those of less specific
 * types. One warning per endpoint, for the first such policy in that order.
 */
public final class LooseningLint {
  /** The token of {@code @SuppressWarnings} that silences the loosening lint. */
  public static final String LOOSENING = "bouncer:loosening";

  private final Reporter reporter;
  private final ResourceDiscovery discovery;
  private final DeclaredPolicies declared;
  private final TemplateResolver templates;
  private final Types types;

  public LooseningLint(
      Reporter reporter,
      ResourceDiscovery discovery,
      DeclaredPolicies declared,
      TemplateResolver templates,
      Types types) {
    this.reporter = reporter;
    this.discovery = discovery;
    this.declared = declared;
    this.templates = templates;
    this.types = types;
  }

  /** Warns if {@code effective}, the policy of {@code method}, loosens one it replaces. */
  public void check(ResourceMethod method, Policy effective) {
    if (effective.element() == null) {
      return;
    }
    for (Policy outer : replaced(method, effective).values()) {
      if (!outer.kind().guarded() && outer.kind() != PolicyKind.DENY_ALL) {
        continue;
      }
      Optional<String> why = why(method, effective, outer);
      if (why.isPresent()) {
        warn(method, effective, outer, why.get());
        return;
      }
    }
  }

  /** The valid policies {@code effective} takes the place of, by where they are declared, in order. */
  private Map<Element, Policy> replaced(ResourceMethod method, Policy effective) {
    TypeElement type = method.resource();
    List<ExecutableElement> chain = method.chain();
    TypeElement effectiveDeclaring = DeclaredPolicies.declaringType(effective);
    boolean methodLevel = !(effective.element() instanceof TypeElement);
    Map<Element, Policy> replaced = new LinkedHashMap<>();
    if (methodLevel) {
      for (ExecutableElement m : chain) {
        TypeElement declaring = (TypeElement) m.getEnclosingElement();
        if (!m.equals(effective.element())
            && properSupertype(declaring, effectiveDeclaring)
            && declared.declares(m)) {
          declared.read(m, type).ifPresent(p -> replaced.put(m, p));
        }
      }
      declared.read(type, type).ifPresent(p -> replaced.put(type, p));
    }
    for (ExecutableElement m : chain) {
      TypeElement declaring = (TypeElement) m.getEnclosingElement();
      if (declaring.equals(type)
          || declaring.equals(effective.element())
          || (!methodLevel && !properSupertype(declaring, effectiveDeclaring))
          || !declared.declares(declaring)) {
        continue;
      }
      declared.read(declaring, type).ifPresent(p -> replaced.putIfAbsent(declaring, p));
    }
    return replaced;
  }

  /**
   * Why {@code effective} loosens {@code outer}, if it does. Templates compare by the request
   * value they read, as bouncer diff compares them: an outer policy on an overridden method binds
   * them with that method's own annotations. Only two permission expressions are compared by
   * their templates (see {@link #loosening}).
   */
  private Optional<String> why(ResourceMethod method, Policy effective, Policy outer) {
    TypeElement type = method.resource();
    String outerName =
        outer.element().equals(type)
            ? "the class"
            : outer.element() instanceof TypeElement
                ? outer.element().getSimpleName().toString()
                : outer.declaredAt();
    Map<String, String> outerHoles = Map.of();
    Map<String, String> innerHoles = Map.of();
    if (outer.kind() == PolicyKind.PERMISSION && effective.kind() == PolicyKind.PERMISSION) {
      ExecutableElement outerJaxRs = method.jaxRs();
      List<ExecutableElement> chain = method.chain();
      if (outer.element() instanceof ExecutableElement m && chain.contains(m)) {
        outerJaxRs = discovery.jaxRsSource(m, chain.subList(chain.indexOf(m) + 1, chain.size()));
      }
      outerHoles = templates.holes(outer, outerJaxRs, discovery.fullPath(type, outerJaxRs));
      innerHoles = templates.holes(effective, method.jaxRs(), method.path());
    }
    Map<String, String> outerNames = outerHoles;
    Map<String, String> innerNames = innerHoles;
    return loosening(
        outer,
        effective,
        outerName,
        name -> outerNames.getOrDefault(name, name),
        name -> innerNames.getOrDefault(name, name));
  }

  private boolean properSupertype(TypeElement candidate, TypeElement of) {
    return !candidate.equals(of)
        && types.isSubtype(types.erasure(of.asType()), types.erasure(candidate.asType()));
  }

  private void warn(ResourceMethod resourceMethod, Policy effective, Policy outer, String why) {
    TypeElement type = resourceMethod.resource();
    ExecutableElement method = resourceMethod.method();
    boolean declaredHere = effective.element().equals(method) && resourceMethod.declaredHere();
    Element at = declaredHere ? method : type;
    // Silenced where the warning is shown, or where the looser policy is written.
    if (PolicyReader.suppressed(at, LOOSENING)
        || PolicyReader.suppressed(effective.element(), LOOSENING)) {
      return;
    }
    String what;
    if (outer.element().equals(type)) {
      what = Message.Part.LOOSENS_CLASS.text(outer.annotationText());
    } else if (outer.element() instanceof TypeElement) {
      what =
          Message.Part.LOOSENS_CLASS_LEVEL.text(
              outer.annotationText(), outer.element().getSimpleName());
    } else {
      what = Message.Part.LOOSENS_OVERRIDDEN.text(outer.annotationText(), outer.declaredAt());
    }
    String has;
    if (declaredHere) {
      has = Message.Part.HAS.text();
    } else if (effective.element().equals(type)) {
      has = Message.Part.GETS_CLASS.text();
    } else {
      has = Message.Part.INHERITS_FROM.text(effective.declaredAt());
    }
    reporter.report(
        Message.LOOSENING,
        Reporter.at(at, declaredHere ? effective.annotation() : declared.first(type)),
        type.getSimpleName(),
        method.getSimpleName(),
        has,
        effective.annotationText(),
        what,
        why,
        LOOSENING,
        declaredHere ? Message.Part.THE_METHOD.text() : type.getSimpleName());
  }

  /** Why {@code inner} lets through someone {@code outer} would not, if it does. */
  static Optional<String> loosening(Policy outer, Policy inner) {
    return loosening(outer, inner, "the class");
  }

  /**
   * Why {@code inner} lets through someone {@code outer} would not, if it does; {@code outerName}
   * names where {@code outer} is declared ("the class", "OrdersApi.get()").
   */
  static Optional<String> loosening(Policy outer, Policy inner, String outerName) {
    return loosening(outer, inner, outerName, UnaryOperator.identity(), UnaryOperator.identity());
  }

  /**
   * Why {@code inner} lets through someone {@code outer} would not, if it does; the templates of
   * each expression are the holes {@code outerHoles} and {@code innerHoles} name them by.
   */
  static Optional<String> loosening(
      Policy outer,
      Policy inner,
      String outerName,
      UnaryOperator<String> outerHoles,
      UnaryOperator<String> innerHoles) {
    PolicyKind o = outer.kind();
    PolicyKind i = inner.kind();
    if (i == PolicyKind.PERMIT_ALL || i == PolicyKind.NONE) {
      return Optional.of("anyone, even an anonymous caller, may call it.");
    }
    if (o == PolicyKind.DENY_ALL) {
      return i == PolicyKind.DENY_ALL
          ? Optional.empty()
          : Optional.of(outerName + " refuses everyone, the method lets some callers through.");
    }
    if (i == PolicyKind.DENY_ALL || o == PolicyKind.AUTHENTICATED) {
      return Optional.empty();
    }
    if (i == PolicyKind.AUTHENTICATED) {
      return Optional.of("any identified caller may call it, whatever their permissions.");
    }
    if (o == PolicyKind.PERMISSION && i == PolicyKind.PERMISSION) {
      return weakerExpression(outer, inner, outerName, outerHoles, innerHoles);
    }
    if (o == PolicyKind.ROLES && i == PolicyKind.ROLES) {
      List<String> extra = new ArrayList<>(inner.roles());
      extra.removeAll(outer.roles());
      return extra.isEmpty()
          ? Optional.empty()
          : Optional.of(
              "it admits the roles " + String.join(", ", extra) + " that " + outerName + " does not.");
    }
    // A role against a permission: different vocabularies, which Bouncer cannot compare.
    return Optional.empty();
  }

  /** Why the expression of {@code inner} is strictly weaker than that of {@code outer}, if it is. */
  private static Optional<String> weakerExpression(
      Policy outer,
      Policy inner,
      String outerName,
      UnaryOperator<String> outerHoles,
      UnaryOperator<String> innerHoles) {
    Relations.Relation relation;
    try {
      relation =
          Relations.compare(
                  outer.expression().withTemplates(outerHoles),
                  inner.expression().withTemplates(innerHoles))
              .relation();
    } catch (TooManyAtomsException e) {
      // Each expression already got its own [BouncerTooManyPermissions] if it is too large.
      return Optional.empty();
    }
    // Only strictly weaker: a different requirement (incomparable) is the ordinary way a
    // method replaces its class's policy, and warning about it would bury the real cases.
    if (relation == Relations.Relation.WEAKER) {
      return Optional.of(
          "every caller "
              + outerName
              + " admits passes it, and so does a caller who passes \""
              + inner.expression()
              + "\" without passing \""
              + outer.expression()
              + "\".");
    }
    return Optional.empty();
  }
}
