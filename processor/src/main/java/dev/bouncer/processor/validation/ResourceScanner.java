package dev.bouncer.processor.validation;

import dev.bouncer.processor.model.Names;
import dev.bouncer.processor.model.Endpoint;
import dev.bouncer.processor.model.Origin;
import dev.bouncer.processor.model.Policy;
import dev.bouncer.processor.model.PolicyKind;
import dev.bouncer.processor.model.TemplateBinding;
import dev.bouncer.processor.model.TypeNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import dev.bouncer.policy.Relations;
import dev.bouncer.policy.TooManyAtomsException;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the resource methods of one type, declared or inherited, reads and checks their policies,
 * and works out each one's effective policy (see {@link #effectivePolicy}).
 */
public final class ResourceScanner {
  private final Reporter reporter;
  private final PolicyReader policies;
  private final boolean requireExplicit;
  private final Elements elements;
  private final Types types;
  private final TemplateResolver templates;
  private final Map<Element, Optional<Policy>> readCache = new java.util.HashMap<>();
  // Memos for this scanner's round (javac may renew its elements between rounds); the same types,
  // methods and annotation types are asked about for every endpoint and every subclass.
  private final Map<Element, Map<String, AnnotationMirror>> policyAnnotationsCache =
      new java.util.HashMap<>();
  private final Map<TypeElement, List<TypeElement>> supertypesCache = new java.util.HashMap<>();
  private final Map<TypeElement, List<ExecutableElement>> allMethodsCache =
      new java.util.HashMap<>();
  private final Map<TypeElement, List<ExecutableElement>> declaredMethodsCache =
      new java.util.HashMap<>();
  private final Map<ExecutableElement, List<String>> httpMethodsCache = new java.util.HashMap<>();
  private final Map<ExecutableElement, Optional<String>> pathCache = new java.util.HashMap<>();
  private final Map<Element, List<String>> verbsCache = new java.util.HashMap<>();
  private final Map<Element, Boolean> jaxRsCache = new java.util.HashMap<>();

  public ResourceScanner(
      Reporter reporter, boolean requireExplicit, Elements elements, Types types) {
    this.reporter = reporter;
    this.policies = new PolicyReader(reporter);
    this.requireExplicit = requireExplicit;
    this.elements = elements;
    this.types = types;
    this.templates = new TemplateResolver(reporter, types);
  }

  /**
   * The types {@code type} needs that are not resolved yet, as written (another annotation
   * processor may generate them in a later round): its supertypes, the parameter types of its
   * methods, declared or inherited, and what its sub-resource locators return. Empty when it is
   * complete.
   */
  public List<String> unresolved(TypeElement type) {
    Set<String> missing = new java.util.LinkedHashSet<>();
    for (TypeMirror supertype : types.directSupertypes(type.asType())) {
      if (TypeNames.hasErrors(supertype)) {
        missing.add(supertype.toString());
      }
    }
    if (type.getSuperclass().getKind() == TypeKind.ERROR) {
      missing.add(type.getSuperclass().toString());
    }
    for (TypeMirror iface : type.getInterfaces()) {
      if (TypeNames.hasErrors(iface)) {
        missing.add(iface.toString());
      }
    }
    List<ExecutableElement> methods = new ArrayList<>(ElementFilter.methodsIn(type.getEnclosedElements()));
    if (missing.isEmpty()) {
      methods.addAll(allMethods(type));
    }
    for (ExecutableElement method : methods) {
      for (var parameter : method.getParameters()) {
        if (TypeNames.hasErrors(parameter.asType())) {
          missing.add(parameter.asType().toString());
        }
      }
      boolean locator =
          httpMethodsOf(method).isEmpty() && pathOf(method).isPresent();
      if (locator && TypeNames.hasErrors(method.getReturnType())) {
        missing.add(method.getReturnType().toString());
      }
    }
    return new ArrayList<>(missing);
  }

  /** The scanned type: its endpoints, and whether it was clean (no error reported for it). */
  public record Result(TypeElement type, List<Endpoint> endpoints, boolean clean) {}

  /**
   * Checks the policy annotations declared in {@code type} and, for a concrete class, works out the
   * endpoints of every resource method it has, declared or inherited. An interface or abstract
   * class has no endpoints of its own: its policies are carried to the classes that implement it.
   */
  public Result scan(TypeElement type) {
    int errorsBefore = reporter.errorCount();
    boolean abstractType =
        type.getKind() == ElementKind.INTERFACE || type.getModifiers().contains(Modifier.ABSTRACT);
    Optional<Policy> classPolicy = read(type).map(p -> p.withOrigin(Origin.CLASS));
    boolean anyResourceMethod = checkDeclaredMethods(type, abstractType);
    anyResourceMethod |= inheritsResourceMethods(type);

    boolean hasPolicies = !policyAnnotations(type).isEmpty();
    if (hasPolicies && !anyResourceMethod && !abstractType) {
      reporter.report(
          Message.NOT_RESOURCE_CLASS,
          Reporter.at(type, firstPolicyAnnotation(type)),
          type.getSimpleName());
    }
    List<Endpoint> endpoints = abstractType ? List.of() : endpoints(type, classPolicy);
    boolean clean = reporter.errorCount() == errorsBefore;
    return new Result(type, endpoints, clean);
  }

  /**
   * Reports policy annotations on methods of {@code type} that Jakarta REST never calls, and reads
   * (so checks) the others. Returns whether {@code type} declares a resource method.
   */
  private boolean checkDeclaredMethods(TypeElement type, boolean abstractType) {
    boolean anyResourceMethod = false;
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Map<String, AnnotationMirror> own = policyAnnotations(method);
      ExecutableElement jaxRs = jaxRsSource(method, type);
      boolean resourceMethod =
          !httpMethodsOf(jaxRs).isEmpty() || pathOf(jaxRs).isPresent();
      anyResourceMethod |= resourceMethod;
      if (own.isEmpty()) {
        continue;
      }
      AnnotationMirror first = own.values().iterator().next();
      // On an interface or abstract class, a method may become a resource method in the class
      // that implements it (which may add @GET), so only concrete classes are held to this.
      if (!resourceMethod && !abstractType) {
        reporter.report(
            Message.NOT_RESOURCE_METHOD,
            Reporter.at(method, first),
            method.getSimpleName(),
            PolicyReader.simple(qualifiedName(first)));
        continue;
      }
      if (!method.getModifiers().contains(Modifier.PUBLIC)
          || method.getModifiers().contains(Modifier.STATIC)) {
        String what =
            method.getModifiers().contains(Modifier.STATIC)
                ? "static"
                : method.getModifiers().contains(Modifier.PRIVATE) ? "private" : "not public";
        reporter.report(
            Message.INACCESSIBLE_METHOD,
            Reporter.at(method, first),
            method.getSimpleName(),
            what,
            PolicyReader.simple(qualifiedName(first)));
        continue;
      }
      read(method);
    }
    return anyResourceMethod;
  }

  /** Every resource method of the concrete class {@code type}, declared or inherited. */
  private List<Endpoint> endpoints(TypeElement type, Optional<Policy> classPolicy) {
    Optional<String> classPath = annotationString(type, Names.PATH);
    List<Endpoint> endpoints = new ArrayList<>();
    Set<String> guardNames = new HashSet<>();
    for (ExecutableElement method : members(type)) {
      boolean declaredHere = method.getEnclosingElement().equals(type);
      Map<String, AnnotationMirror> own = policyAnnotations(method);
      if (declaredHere && !own.isEmpty() && read(method).isEmpty()) {
        continue; // invalid, reported
      }
      List<ExecutableElement> overridden = overridden(method, type);
      ExecutableElement jaxRs = jaxRsSource(method, overridden);
      List<String> httpMethods = httpMethodsOf(jaxRs);
      Optional<String> methodPath = pathOf(jaxRs);
      if (httpMethods.isEmpty() && methodPath.isEmpty()) {
        continue;
      }
      Optional<Policy> resolved = effectivePolicy(type, method, overridden, classPolicy);
      if (resolved.isEmpty()) {
        continue; // reported
      }
      Policy effective = resolved.get();
      if (requireExplicit && effective.kind() == PolicyKind.NONE) {
        if (declaredHere) {
          reporter.report(Message.MISSING_POLICY, Reporter.at(method), method.getSimpleName());
        } else {
          reporter.report(
              Message.Variant.MISSING_POLICY_INHERITED,
              Reporter.at(type),
              type.getSimpleName(),
              method.getSimpleName());
        }
        continue;
      }
      String fullPath = joinPaths(classPath.orElse(""), methodPath.orElse(""));
      lintLoosening(type, method, overridden, effective, classPolicy, jaxRs, fullPath);
      List<TemplateBinding> bindings = List.of();
      if (effective.kind() == PolicyKind.PERMISSION) {
        Optional<List<TemplateBinding>> bound = templates.resolve(effective, type, jaxRs, fullPath);
        if (bound.isEmpty()) {
          continue; // reported
        }
        bindings = bound.get();
      }
      String guardName = effective.kind().guarded() ? uniqueGuardName(method, guardNames) : null;
      endpoints.add(
          new Endpoint(
              type,
              method,
              httpMethods,
              fullPath,
              classPath.isPresent(),
              effective,
              guardName,
              bindings,
              overridden,
              methodPath.orElse(""),
              httpMethods.isEmpty() ? locatedType(method, type) : null));
    }
    return endpoints;
  }

  /**
   * The effective policy of {@code method} in the resource class {@code type}. In order, the first
   * that exists: the method's own annotations; those of a supertype method it overrides (the most
   * specific, and all of equal specificity must agree); the resource class's class-level policy;
   * the class-level policy of the type that declares the method or one it overrides (again the most
   * specific); the class-level policy of any other supertype of the resource class (again the most
   * specific). Method-level annotations come before class-level ones wherever they are declared,
   * as in Spring Security, so that implementing an annotated interface in a class with a
   * class-level policy never silently replaces the interface's per-method requirements. Empty after
   * reporting an error.
   */
  private Optional<Policy> effectivePolicy(
      TypeElement type,
      ExecutableElement method,
      List<ExecutableElement> overridden,
      Optional<Policy> classPolicy) {
    List<ExecutableElement> chain = new ArrayList<>();
    chain.add(method);
    chain.addAll(overridden);
    List<Policy> methodLevel = new ArrayList<>();
    for (ExecutableElement m : chain) {
      if (policyAnnotations(m).isEmpty()) {
        continue;
      }
      Optional<Policy> p = read(m);
      if (p.isEmpty()) {
        return Optional.empty(); // invalid, reported
      }
      methodLevel.add(p.get().withOrigin(originOf(m, type)));
    }
    Optional<Optional<Policy>> fromMethods = mostSpecific(type, method, methodLevel);
    if (fromMethods.isEmpty()) {
      return Optional.empty();
    }
    if (fromMethods.get().isPresent()) {
      return fromMethods.get();
    }
    if (classPolicy.isPresent()) {
      return classPolicy;
    }
    if (!policyAnnotations(type).isEmpty()) {
      return Optional.empty(); // invalid class-level annotations, reported
    }
    List<Policy> classLevel = new ArrayList<>();
    Set<TypeElement> seen = new HashSet<>();
    for (ExecutableElement m : chain) {
      TypeElement declaring = (TypeElement) m.getEnclosingElement();
      if (declaring.equals(type) || !seen.add(declaring)) {
        continue;
      }
      if (policyAnnotations(declaring).isEmpty()) {
        continue;
      }
      Optional<Policy> p = read(declaring);
      if (p.isEmpty()) {
        return Optional.empty();
      }
      classLevel.add(p.get().withOrigin(originOf(declaring, type)));
    }
    Optional<Optional<Policy>> fromTypes = mostSpecific(type, method, classLevel);
    if (fromTypes.isEmpty()) {
      return Optional.empty();
    }
    if (fromTypes.get().isPresent()) {
      return fromTypes.get();
    }
    // Last, the class-level policy of any supertype of the resource class: a marker interface,
    // or an abstract base class whose subclass declares resource methods of its own. The runtime's
    // safety net sees those annotations too, so leaving them out would deny every request.
    List<Policy> inherited = new ArrayList<>();
    for (TypeElement supertype : supertypes(type)) {
      if (seen.contains(supertype) || policyAnnotations(supertype).isEmpty()) {
        continue;
      }
      Optional<Policy> p = read(supertype);
      if (p.isEmpty()) {
        return Optional.empty();
      }
      inherited.add(p.get().withOrigin(originOf(supertype, type)));
    }
    Optional<Optional<Policy>> fromSupertypes = mostSpecific(type, method, inherited);
    if (fromSupertypes.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(fromSupertypes.get().orElse(Policy.none()));
  }

  /**
   * Of the candidate policies, the one declared on the most specific type: a candidate whose
   * declaring type is a supertype of another candidate's is dropped. The remaining ones must all
   * require the same, else it is an error (an outer empty). An inner empty: no candidate.
   */
  private Optional<Optional<Policy>> mostSpecific(
      TypeElement type, ExecutableElement method, List<Policy> candidates) {
    List<Policy> kept = new ArrayList<>();
    for (Policy p : candidates) {
      boolean shadowed = false;
      for (Policy q : candidates) {
        if (q != p
            && !declaringType(q).equals(declaringType(p))
            && types.isSubtype(
                types.erasure(declaringType(q).asType()), types.erasure(declaringType(p).asType()))) {
          shadowed = true;
          break;
        }
      }
      if (!shadowed) {
        kept.add(p);
      }
    }
    if (kept.isEmpty()) {
      return Optional.of(Optional.empty());
    }
    Policy first = kept.get(0);
    for (Policy other : kept.subList(1, kept.size())) {
      if (!other.sameRequirement(first)) {
        boolean declaredHere = method.getEnclosingElement().equals(type);
        reporter.report(
            Message.AMBIGUOUS_INHERITANCE,
            Reporter.at(declaredHere ? method : type),
            type.getSimpleName(),
            method.getSimpleName(),
            first.annotationText(),
            first.declaredAt(),
            other.annotationText(),
            other.declaredAt(),
            declaredHere
                ? Message.Part.THE_METHOD.text()
                : Message.Part.AN_OVERRIDE_IN.text(type.getSimpleName()));
        return Optional.empty();
      }
    }
    return Optional.of(Optional.of(first));
  }

  private static TypeElement declaringType(Policy policy) {
    Element e = policy.element();
    return (TypeElement) (e instanceof TypeElement ? e : e.getEnclosingElement());
  }

  /**
   * Warns when the effective policy opens up a policy it takes the place of: for a method-level
   * policy, the policies of the supertype methods it overrides, the resource class's class-level
   * policy, and the class-level policies of the types that declare the method or what it
   * overrides; for a class-level policy, those of less specific types. One warning per endpoint,
   * for the first such policy in that order.
   */
  private void lintLoosening(
      TypeElement type,
      ExecutableElement method,
      List<ExecutableElement> overridden,
      Policy effective,
      Optional<Policy> classPolicy,
      ExecutableElement jaxRs,
      String fullPath) {
    if (effective.element() == null) {
      return;
    }
    List<ExecutableElement> chain = new ArrayList<>();
    chain.add(method);
    chain.addAll(overridden);
    TypeElement effectiveDeclaring = declaringType(effective);
    boolean methodLevel = !(effective.element() instanceof TypeElement);
    java.util.LinkedHashMap<Element, Policy> replaced = new java.util.LinkedHashMap<>();
    if (methodLevel) {
      for (ExecutableElement m : chain) {
        TypeElement declaring = (TypeElement) m.getEnclosingElement();
        if (!m.equals(effective.element())
            && properSupertype(declaring, effectiveDeclaring)
            && !policyAnnotations(m).isEmpty()) {
          read(m).ifPresent(p -> replaced.put(m, p.withOrigin(originOf(m, type))));
        }
      }
      classPolicy.ifPresent(p -> replaced.put(type, p));
    }
    for (ExecutableElement m : chain) {
      TypeElement declaring = (TypeElement) m.getEnclosingElement();
      if (declaring.equals(type)
          || declaring.equals(effective.element())
          || (!methodLevel && !properSupertype(declaring, effectiveDeclaring))
          || policyAnnotations(declaring).isEmpty()) {
        continue;
      }
      read(declaring).ifPresent(p -> replaced.putIfAbsent(declaring, p.withOrigin(originOf(declaring, type))));
    }
    for (Policy outer : replaced.values()) {
      if (!outer.kind().guarded() && outer.kind() != PolicyKind.DENY_ALL) {
        continue;
      }
      String outerName =
          outer.element().equals(type)
              ? "the class"
              : outer.element() instanceof TypeElement
                  ? outer.element().getSimpleName().toString()
                  : outer.declaredAt();
      // Templates compare by the request value they read, as bouncer diff compares them: an
      // outer policy on an overridden method binds them with that method's own annotations.
      // Only two permission expressions are compared by their templates (see loosening).
      Map<String, String> outerHoles = Map.of();
      Map<String, String> innerHoles = Map.of();
      if (outer.kind() == PolicyKind.PERMISSION && effective.kind() == PolicyKind.PERMISSION) {
        ExecutableElement outerJaxRs = jaxRs;
        if (outer.element() instanceof ExecutableElement m && chain.contains(m)) {
          outerJaxRs = jaxRsSource(m, chain.subList(chain.indexOf(m) + 1, chain.size()));
        }
        String outerPath =
            joinPaths(
                annotationString(type, Names.PATH).orElse(""),
                pathOf(outerJaxRs).orElse(""));
        outerHoles = templates.holes(outer, outerJaxRs, outerPath);
        innerHoles = templates.holes(effective, jaxRs, fullPath);
      }
      Map<String, String> outerNames = outerHoles;
      Map<String, String> innerNames = innerHoles;
      Optional<String> why =
          loosening(
              outer,
              effective,
              outerName,
              name -> outerNames.getOrDefault(name, name),
              name -> innerNames.getOrDefault(name, name));
      if (why.isPresent()) {
        warnLoosening(type, method, effective, outer, why.get());
        return;
      }
    }
  }

  private boolean properSupertype(TypeElement candidate, TypeElement of) {
    return !candidate.equals(of)
        && types.isSubtype(types.erasure(of.asType()), types.erasure(candidate.asType()));
  }

  private void warnLoosening(
      TypeElement type, ExecutableElement method, Policy effective, Policy outer, String why) {
    boolean declaredHere = effective.element().equals(method)
        && method.getEnclosingElement().equals(type);
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
        Reporter.at(at, declaredHere ? effective.annotation() : firstPolicyAnnotation(type)),
        type.getSimpleName(),
        method.getSimpleName(),
        has,
        effective.annotationText(),
        what,
        why,
        LOOSENING,
        declaredHere ? Message.Part.THE_METHOD.text() : type.getSimpleName());
  }

  /** The token of {@code @SuppressWarnings} that silences the loosening lint. */
  public static final String LOOSENING = "bouncer:loosening";

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

  private Origin originOf(Element declaredOn, TypeElement type) {
    TypeElement declaring =
        (TypeElement) (declaredOn instanceof TypeElement ? declaredOn : declaredOn.getEnclosingElement());
    if (declaring.equals(type)) {
      return declaredOn instanceof TypeElement ? Origin.CLASS : Origin.METHOD;
    }
    return declaring.getKind() == ElementKind.INTERFACE ? Origin.INTERFACE : Origin.SUPERCLASS;
  }

  /** The policy declared on {@code element}, read (and checked, reporting once) on first use. */
  private Optional<Policy> read(Element element) {
    Optional<Policy> cached = readCache.get(element);
    if (cached == null) {
      cached = policies.read(element, element instanceof TypeElement ? Origin.CLASS : Origin.METHOD);
      readCache.put(element, cached);
    }
    return cached;
  }

  /**
   * The public instance methods of {@code type}, declared or inherited (an override replaces what
   * it overrides), in a stable order: declared ones in source order, then inherited ones.
   */
  private List<ExecutableElement> members(TypeElement type) {
    Set<ExecutableElement> all = new java.util.LinkedHashSet<>();
    for (ExecutableElement m : allMethods(type)) {
      TypeElement declaring = (TypeElement) m.getEnclosingElement();
      if (declaring.getQualifiedName().contentEquals("java.lang.Object")
          || !m.getModifiers().contains(Modifier.PUBLIC)
          || m.getModifiers().contains(Modifier.STATIC)
          || m.getModifiers().contains(Modifier.ABSTRACT)) {
        continue;
      }
      all.add(m);
    }
    List<ExecutableElement> ordered = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(type.getEnclosedElements())) {
      if (all.contains(m)) {
        ordered.add(m);
      }
    }
    ordered.forEach(all::remove);
    List<ExecutableElement> inherited = new ArrayList<>(all);
    inherited.sort(
        java.util.Comparator.comparing((ExecutableElement m) -> m.getSimpleName().toString())
            .thenComparing(m -> m.getEnclosingElement().toString())
            .thenComparing(m -> m.toString()));
    ordered.addAll(inherited);
    return ordered;
  }

  /** The supertype methods that {@code method} overrides or implements, nearest first. */
  private List<ExecutableElement> overridden(ExecutableElement method, TypeElement type) {
    TypeElement declaring = (TypeElement) method.getEnclosingElement();
    List<ExecutableElement> found = new ArrayList<>();
    for (TypeElement supertype : supertypes(type)) {
      if (supertype.equals(declaring)) {
        continue;
      }
      for (ExecutableElement candidate : declaredMethods(supertype)) {
        if (candidate.getSimpleName().equals(method.getSimpleName())
            && !candidate.equals(method)
            && elements.overrides(method, candidate, type)) {
          found.add(candidate);
        }
      }
    }
    return found;
  }

  /**
   * The method whose Jakarta REST annotations apply: {@code method} if it has any, else the first
   * overridden one with an HTTP-method annotation or {@code @Path} (superclasses are visited
   * before interfaces, as the specification asks).
   */
  private ExecutableElement jaxRsSource(
      ExecutableElement method, List<ExecutableElement> overridden) {
    if (hasJaxRsAnnotation(method)) {
      return method;
    }
    for (ExecutableElement candidate : overridden) {
      if (!httpMethodsOf(candidate).isEmpty() || pathOf(candidate).isPresent()) {
        return candidate;
      }
    }
    return method;
  }

  /**
   * What a locator returns, erased: for {@code Class<? extends X>} the type X, since the server
   * then creates the sub-resource itself.
   */
  private TypeMirror locatedType(ExecutableElement method, TypeElement type) {
    TypeMirror returned =
        ((javax.lang.model.type.ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method))
            .getReturnType();
    TypeMirror erased = types.erasure(returned);
    TypeElement classType = elements.getTypeElement("java.lang.Class");
    if (returned.getKind() == TypeKind.DECLARED
        && classType != null
        && types.isSameType(erased, types.erasure(classType.asType()))) {
      List<? extends TypeMirror> args = ((DeclaredType) returned).getTypeArguments();
      if (args.size() == 1) {
        TypeMirror arg = args.get(0);
        if (arg.getKind() == TypeKind.WILDCARD) {
          TypeMirror bound = ((javax.lang.model.type.WildcardType) arg).getExtendsBound();
          return bound == null ? elements.getTypeElement("java.lang.Object").asType() : types.erasure(bound);
        }
        return types.erasure(arg);
      }
      return elements.getTypeElement("java.lang.Object").asType();
    }
    return erased.getKind().isPrimitive() || erased.getKind() == TypeKind.VOID
        ? elements.getTypeElement("java.lang.Object").asType()
        : erased;
  }

  /**
   * The method whose Jakarta REST annotations apply to {@code method}: itself if it has any, else
   * the first supertype method it overrides that has an HTTP-method annotation or {@code @Path}.
   */
  private ExecutableElement jaxRsSource(ExecutableElement method, TypeElement type) {
    if (hasJaxRsAnnotation(method)) {
      return method;
    }
    for (TypeElement supertype : supertypes(type)) {
      for (ExecutableElement candidate : declaredMethods(supertype)) {
        if (candidate.getSimpleName().equals(method.getSimpleName())
            && elements.overrides(method, candidate, type)
            && (!httpMethodsOf(candidate).isEmpty()
                || pathOf(candidate).isPresent())) {
          return candidate;
        }
      }
    }
    return method;
  }

  /** Whether the type inherits, without overriding, a resource method from a supertype. */
  private boolean inheritsResourceMethods(TypeElement type) {
    for (ExecutableElement member : allMethods(type)) {
      if (!member.getEnclosingElement().equals(type)
          && (!httpMethodsOf(member).isEmpty()
              || pathOf(member).isPresent())) {
        return true;
      }
    }
    return false;
  }

  /** Every supertype of {@code type}, breadth first, each once; computed once per type. */
  private List<TypeElement> supertypes(TypeElement type) {
    List<TypeElement> cached = supertypesCache.get(type);
    if (cached != null) {
      return cached;
    }
    Set<TypeElement> all = new java.util.LinkedHashSet<>();
    java.util.ArrayDeque<TypeMirror> todo =
        new java.util.ArrayDeque<>(types.directSupertypes(type.asType()));
    while (!todo.isEmpty()) {
      TypeMirror next = todo.removeFirst();
      if (next.getKind() == TypeKind.DECLARED) {
        TypeElement element = (TypeElement) types.asElement(next);
        if (all.add(element)) {
          todo.addAll(types.directSupertypes(next));
        }
      }
    }
    cached = List.copyOf(all);
    supertypesCache.put(type, cached);
    return cached;
  }

  /** The methods among the members of {@code type}, declared or inherited; once per type. */
  private List<ExecutableElement> allMethods(TypeElement type) {
    return allMethodsCache.computeIfAbsent(
        type, t -> List.copyOf(ElementFilter.methodsIn(elements.getAllMembers(t))));
  }

  /** The methods {@code type} declares, in source order; once per type. */
  private List<ExecutableElement> declaredMethods(TypeElement type) {
    return declaredMethodsCache.computeIfAbsent(
        type, t -> List.copyOf(ElementFilter.methodsIn(t.getEnclosedElements())));
  }

  /** {@link PolicyReader#policyAnnotations}, once per element. */
  private Map<String, AnnotationMirror> policyAnnotations(Element element) {
    Map<String, AnnotationMirror> found = policyAnnotationsCache.get(element);
    if (found == null) {
      found = java.util.Collections.unmodifiableMap(policies.policyAnnotationsOf(element));
      policyAnnotationsCache.put(element, found);
    }
    return found;
  }

  /**
   * The HTTP methods of {@code method}: its annotations that are meta-annotated @HttpMethod, sorted;
   * once per method, and each annotation type looked at once.
   */
  private List<String> httpMethodsOf(ExecutableElement method) {
    List<String> found = httpMethodsCache.get(method);
    if (found == null) {
      Set<String> methods = new TreeSet<>();
      for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
        methods.addAll(
            verbsCache.computeIfAbsent(
                mirror.getAnnotationType().asElement(), ResourceScanner::verbs));
      }
      found = List.copyOf(methods);
      httpMethodsCache.put(method, found);
    }
    return found;
  }

  /** The method's {@code @Path} value, once per method. */
  private Optional<String> pathOf(ExecutableElement method) {
    Optional<String> found = pathCache.get(method);
    if (found == null) {
      found = annotationString(method, Names.PATH);
      pathCache.put(method, found);
    }
    return found;
  }

  private boolean hasJaxRsAnnotation(ExecutableElement method) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      Element annotationType = mirror.getAnnotationType().asElement();
      Boolean jaxRs = jaxRsCache.get(annotationType);
      if (jaxRs == null) {
        jaxRs = jaxRsAnnotation(mirror);
        jaxRsCache.put(annotationType, jaxRs);
      }
      if (jaxRs) {
        return true;
      }
    }
    return false;
  }

  /** Whether the annotation is a Jakarta REST one, or an HTTP-method annotation of another. */
  private static boolean jaxRsAnnotation(AnnotationMirror mirror) {
    if (qualifiedName(mirror).startsWith("jakarta.ws.rs.")) {
      return true;
    }
    for (AnnotationMirror meta : mirror.getAnnotationType().asElement().getAnnotationMirrors()) {
      if (qualifiedName(meta).equals(Names.HTTP_METHOD)) {
        return true;
      }
    }
    return false;
  }

  /** The HTTP methods an annotation type stands for: its {@code @HttpMethod} values, if any. */
  private static List<String> verbs(Element annotationType) {
    List<String> methods = new ArrayList<>(1);
    for (AnnotationMirror meta : annotationType.getAnnotationMirrors()) {
      if (qualifiedName(meta).equals(Names.HTTP_METHOD)) {
        Object value =
            PolicyReader.value(meta) == null ? null : PolicyReader.value(meta).getValue();
        methods.add(value == null ? annotationType.getSimpleName().toString() : value.toString());
      }
    }
    return methods;
  }

  static Optional<String> annotationString(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (qualifiedName(mirror).equals(annotation)) {
        return Optional.ofNullable(PolicyReader.value(mirror))
            .map(v -> String.valueOf(v.getValue()));
      }
    }
    return Optional.empty();
  }

  private static final java.util.regex.Pattern SLASHES = java.util.regex.Pattern.compile("/+");

  /** Joins class and method paths as Jakarta REST does: one slash between, a leading slash. */
  public static String joinPaths(String classPath, String methodPath) {
    String joined = "/" + strip(classPath) + "/" + strip(methodPath);
    if (joined.contains("//")) {
      joined = SLASHES.matcher(joined).replaceAll("/");
    }
    if (joined.length() > 1 && joined.endsWith("/")) {
      joined = joined.substring(0, joined.length() - 1);
    }
    return joined;
  }

  private static String strip(String path) {
    String p = path.strip();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }

  private static String uniqueGuardName(ExecutableElement method, Set<String> used) {
    String name = method.getSimpleName().toString();
    String base = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Guard";
    String candidate = base;
    for (int i = 2; !used.add(candidate); i++) {
      candidate = base + i;
    }
    return candidate;
  }

  private AnnotationMirror firstPolicyAnnotation(Element element) {
    Map<String, AnnotationMirror> found = policyAnnotations(element);
    return found.isEmpty() ? null : found.values().iterator().next();
  }

  static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
