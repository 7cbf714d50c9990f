package dev.bouncer.processor.discovery;

import dev.bouncer.processor.model.Names;
import dev.bouncer.processor.model.TypeNames;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.WildcardType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Discovery, the first stage: the Jakarta REST model of a class. Takes a {@link TypeElement};
 * returns its public instance methods in a stable order ({@link #members}) and, for each that
 * Jakarta REST calls, a {@link ResourceMethod}: declared or inherited, with its HTTP methods,
 * paths, the methods it overrides and, for a locator, what it returns. It also answers the
 * placement stage ({@link #isResourceMethod}, {@link #inheritsResourceMethods}) and deferral
 * ({@link #unresolved}). It reports nothing.
 *
 * <p>One instance serves one round: it remembers its answers per type, method and annotation type
 * (the same ones are asked about for every endpoint and every subclass), and javac may renew its
 * elements between rounds.
 */
public final class ResourceDiscovery {
  private final Elements elements;
  private final Types types;
  private final Map<TypeElement, List<TypeElement>> supertypesCache = new HashMap<>();
  private final Map<TypeElement, List<ExecutableElement>> allMethodsCache = new HashMap<>();
  private final Map<TypeElement, List<ExecutableElement>> declaredMethodsCache = new HashMap<>();
  private final Map<ExecutableElement, List<String>> httpMethodsCache = new HashMap<>();
  private final Map<Element, Optional<String>> pathCache = new HashMap<>();
  private final Map<Element, List<String>> verbsCache = new HashMap<>();
  private final Map<Element, Boolean> jaxRsCache = new HashMap<>();

  public ResourceDiscovery(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /**
   * The types {@code type} needs that are not resolved yet, as written (another annotation
   * processor may generate them in a later round): its supertypes, the parameter types of its
   * methods, declared or inherited, and what its sub-resource locators return. Empty when it is
   * complete.
   */
  public List<String> unresolved(TypeElement type) {
    Set<String> missing = new LinkedHashSet<>();
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
    List<ExecutableElement> methods =
        new ArrayList<>(ElementFilter.methodsIn(type.getEnclosedElements()));
    if (missing.isEmpty()) {
      methods.addAll(allMethods(type));
    }
    for (ExecutableElement method : methods) {
      for (var parameter : method.getParameters()) {
        if (TypeNames.hasErrors(parameter.asType())) {
          missing.add(parameter.asType().toString());
        }
      }
      boolean locator = httpMethods(method).isEmpty() && path(method).isPresent();
      if (locator && TypeNames.hasErrors(method.getReturnType())) {
        missing.add(method.getReturnType().toString());
      }
    }
    return new ArrayList<>(missing);
  }

  /**
   * The public instance methods of {@code type}, declared or inherited (an override replaces what
   * it overrides), in a stable order: declared ones in source order, then inherited ones.
   */
  public List<ExecutableElement> members(TypeElement type) {
    Set<ExecutableElement> all = new LinkedHashSet<>();
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
        Comparator.comparing((ExecutableElement m) -> m.getSimpleName().toString())
            .thenComparing(m -> m.getEnclosingElement().toString())
            .thenComparing(m -> m.toString()));
    ordered.addAll(inherited);
    return ordered;
  }

  /**
   * {@code method}, one of the {@link #members} of the resource class {@code type}, as a resource
   * method or locator; empty when Jakarta REST does not call it (no HTTP-method annotation and no
   * {@code @Path}, on it or on a method it overrides).
   */
  public Optional<ResourceMethod> resourceMethod(TypeElement type, ExecutableElement method) {
    List<ExecutableElement> overridden = overridden(method, type);
    ExecutableElement jaxRs = jaxRsSource(method, overridden);
    List<String> httpMethods = httpMethods(jaxRs);
    Optional<String> methodPath = path(jaxRs);
    if (httpMethods.isEmpty() && methodPath.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> classPath = path(type);
    return Optional.of(
        new ResourceMethod(
            type,
            method,
            overridden,
            jaxRs,
            httpMethods,
            methodPath.orElse(""),
            JaxRsPaths.join(classPath.orElse(""), methodPath.orElse("")),
            classPath.isPresent(),
            httpMethods.isEmpty() ? locatedType(method, type) : null));
  }

  /**
   * Whether {@code method}, declared in {@code type}, is a resource method or locator: it, or the
   * first supertype method it overrides that has any, has an HTTP-method annotation or {@code
   * @Path}.
   */
  public boolean isResourceMethod(ExecutableElement method, TypeElement type) {
    ExecutableElement jaxRs = jaxRsSource(method, type);
    return !httpMethods(jaxRs).isEmpty() || path(jaxRs).isPresent();
  }

  /** Whether the type inherits, without overriding, a resource method from a supertype. */
  public boolean inheritsResourceMethods(TypeElement type) {
    for (ExecutableElement member : allMethods(type)) {
      if (!member.getEnclosingElement().equals(type)
          && (!httpMethods(member).isEmpty() || path(member).isPresent())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The method whose Jakarta REST annotations apply: {@code method} if it has any, else the first
   * of {@code overridden} with an HTTP-method annotation or {@code @Path} (superclasses are visited
   * before interfaces, as the specification asks).
   */
  public ExecutableElement jaxRsSource(
      ExecutableElement method, List<ExecutableElement> overridden) {
    if (hasJaxRsAnnotation(method)) {
      return method;
    }
    for (ExecutableElement candidate : overridden) {
      if (!httpMethods(candidate).isEmpty() || path(candidate).isPresent()) {
        return candidate;
      }
    }
    return method;
  }

  /**
   * The full path of the resource class {@code type} when {@code jaxRs} (the method whose Jakarta
   * REST annotations apply) serves it: the class's {@code @Path} joined with the method's.
   */
  public String fullPath(TypeElement type, ExecutableElement jaxRs) {
    return JaxRsPaths.join(path(type).orElse(""), path(jaxRs).orElse(""));
  }

  /** Every supertype of {@code type}, breadth first, each once; computed once per type. */
  public List<TypeElement> supertypes(TypeElement type) {
    List<TypeElement> cached = supertypesCache.get(type);
    if (cached != null) {
      return cached;
    }
    Set<TypeElement> all = new LinkedHashSet<>();
    ArrayDeque<TypeMirror> todo = new ArrayDeque<>(types.directSupertypes(type.asType()));
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
            && (!httpMethods(candidate).isEmpty() || path(candidate).isPresent())) {
          return candidate;
        }
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
        ((ExecutableType) types.asMemberOf((DeclaredType) type.asType(), method)).getReturnType();
    TypeMirror erased = types.erasure(returned);
    TypeElement classType = elements.getTypeElement("java.lang.Class");
    if (returned.getKind() == TypeKind.DECLARED
        && classType != null
        && types.isSameType(erased, types.erasure(classType.asType()))) {
      List<? extends TypeMirror> args = ((DeclaredType) returned).getTypeArguments();
      if (args.size() == 1) {
        TypeMirror arg = args.get(0);
        if (arg.getKind() == TypeKind.WILDCARD) {
          TypeMirror bound = ((WildcardType) arg).getExtendsBound();
          return bound == null ? object() : types.erasure(bound);
        }
        return types.erasure(arg);
      }
      return object();
    }
    return erased.getKind().isPrimitive() || erased.getKind() == TypeKind.VOID ? object() : erased;
  }

  private TypeMirror object() {
    return elements.getTypeElement("java.lang.Object").asType();
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

  /**
   * The HTTP methods of {@code method}: its annotations that are meta-annotated @HttpMethod, sorted;
   * once per method, and each annotation type looked at once.
   */
  private List<String> httpMethods(ExecutableElement method) {
    List<String> found = httpMethodsCache.get(method);
    if (found == null) {
      Set<String> methods = new TreeSet<>();
      for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
        methods.addAll(
            verbsCache.computeIfAbsent(
                mirror.getAnnotationType().asElement(), Annotations::verbs));
      }
      found = List.copyOf(methods);
      httpMethodsCache.put(method, found);
    }
    return found;
  }

  /** The {@code @Path} value of a method or class, once per element. */
  private Optional<String> path(Element element) {
    Optional<String> found = pathCache.get(element);
    if (found == null) {
      found = Annotations.annotationString(element, Names.PATH);
      pathCache.put(element, found);
    }
    return found;
  }

  private boolean hasJaxRsAnnotation(ExecutableElement method) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      Element annotationType = mirror.getAnnotationType().asElement();
      Boolean jaxRs = jaxRsCache.get(annotationType);
      if (jaxRs == null) {
        jaxRs = Annotations.jaxRsAnnotation(mirror);
        jaxRsCache.put(annotationType, jaxRs);
      }
      if (jaxRs) {
        return true;
      }
    }
    return false;
  }
}
