package dev.bouncer.processor.validation;

import dev.bouncer.processor.Names;
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
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds the resource methods of one type, reads and checks their policies, and works out each
 * one's effective policy: the method's own annotations, else its class's.
 */
public final class ResourceScanner {
  private final Reporter reporter;
  private final PolicyReader policies;
  private final boolean requireExplicit;
  private final Elements elements;
  private final Types types;
  private final TemplateResolver templates;

  public ResourceScanner(
      Reporter reporter, boolean requireExplicit, Elements elements, Types types) {
    this.reporter = reporter;
    this.policies = new PolicyReader(reporter);
    this.requireExplicit = requireExplicit;
    this.elements = elements;
    this.types = types;
    this.templates = new TemplateResolver(reporter, types);
  }

  /** Whether some resource method of {@code type} has a parameter type not resolved yet. */
  public boolean incomplete(TypeElement type) {
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      for (var parameter : method.getParameters()) {
        if (TypeNames.hasErrors(parameter.asType())) {
          return true;
        }
      }
    }
    return false;
  }

  /** The scanned type: its endpoints, and whether it was clean (no error reported for it). */
  public record Result(TypeElement type, List<Endpoint> endpoints, boolean clean) {}

  public Result scan(TypeElement type) {
    int errorsBefore = reporter.errorCount();
    boolean abstractType =
        type.getKind() == ElementKind.INTERFACE || type.getModifiers().contains(Modifier.ABSTRACT);
    Optional<Policy> classPolicy = policies.read(type, Origin.CLASS);
    Optional<String> classPath = annotationString(type, Names.PATH);

    List<Endpoint> endpoints = new ArrayList<>();
    Set<String> guardNames = new HashSet<>();
    boolean anyResourceMethod = false;
    for (ExecutableElement method : ElementFilter.methodsIn(type.getEnclosedElements())) {
      Map<String, AnnotationMirror> own = PolicyReader.policyAnnotations(method);
      // Jakarta REST annotation inheritance: a method without Jakarta REST annotations of its own
      // takes those of the supertype method it overrides or implements.
      ExecutableElement jaxRs = jaxRsSource(method, type);
      List<String> httpMethods = httpMethods(jaxRs);
      Optional<String> methodPath = annotationString(jaxRs, Names.PATH);
      boolean resourceMethod = !httpMethods.isEmpty() || methodPath.isPresent();
      anyResourceMethod |= resourceMethod;

      if (!own.isEmpty()) {
        AnnotationMirror first = own.values().iterator().next();
        if (!resourceMethod) {
          reporter.error(
              Message.NOT_RESOURCE_METHOD,
              method.getSimpleName()
                  + "() is not a resource method, so "
                  + PolicyReader.simple(qualifiedName(first))
                  + " would never be enforced. Annotate the method with @GET, @POST, ... or @Path,"
                  + " or move the annotation to the resource method it should protect.",
              method,
              first);
          continue;
        }
        if (!method.getModifiers().contains(Modifier.PUBLIC)
            || method.getModifiers().contains(Modifier.STATIC)) {
          String what =
              method.getModifiers().contains(Modifier.STATIC)
                  ? "static"
                  : method.getModifiers().contains(Modifier.PRIVATE) ? "private" : "not public";
          reporter.error(
              Message.INACCESSIBLE_METHOD,
              method.getSimpleName()
                  + "() is "
                  + what
                  + ", so Jakarta REST never calls it as a resource method and "
                  + PolicyReader.simple(qualifiedName(first))
                  + " protects nothing. Make the method public and non-static, or remove the"
                  + " annotation.",
              method,
              first);
          continue;
        }
      }
      if (!resourceMethod
          || !method.getModifiers().contains(Modifier.PUBLIC)
          || method.getModifiers().contains(Modifier.STATIC)) {
        continue;
      }
      Optional<Policy> methodPolicy = policies.read(method, Origin.METHOD);
      if (!own.isEmpty() && methodPolicy.isEmpty()) {
        continue; // invalid, reported
      }
      Policy effective = methodPolicy.or(() -> classPolicy).orElse(Policy.none());
      boolean locator = httpMethods.isEmpty();
      if (locator && effective.kind().guarded()) {
        AnnotationMirror at =
            own.isEmpty() ? firstPolicyAnnotation(type) : own.values().iterator().next();
        reporter.error(
            Message.LOCATOR_POLICY,
            method.getSimpleName()
                + "() is a sub-resource locator and its policy "
                + effective.annotationText()
                + (effective.origin() == Origin.CLASS ? " (from its class)" : "")
                + " would not be enforced on the sub-resource by this version of Bouncer. Put the"
                + " policy on the sub-resource class or its methods, and mark the locator"
                + " @PermitAll.",
            own.isEmpty() ? type : method,
            at);
        continue;
      }
      if (requireExplicit && effective.kind() == PolicyKind.NONE) {
        reporter.error(
            Message.MISSING_POLICY,
            method.getSimpleName()
                + "() has no policy and bouncer.requireExplicit is on. Annotate the method or its"
                + " class with @RequiresPermission, @Authenticated, @RolesAllowed, @DenyAll, or"
                + " @PermitAll to serve it open deliberately.",
            method);
        continue;
      }
      String fullPath = joinPaths(classPath.orElse(""), methodPath.orElse(""));
      List<TemplateBinding> bindings = List.of();
      if (effective.kind() == PolicyKind.PERMISSION) {
        Optional<List<TemplateBinding>> resolved =
            templates.resolve(effective, type, method, fullPath);
        if (resolved.isEmpty()) {
          continue; // reported
        }
        bindings = resolved.get();
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
              bindings));
    }

    anyResourceMethod |= inheritsResourceMethods(type);
    boolean hasPolicies =
        classPolicy.isPresent() || !PolicyReader.policyAnnotations(type).isEmpty();
    if (hasPolicies && !anyResourceMethod) {
      reporter.error(
          Message.NOT_RESOURCE_CLASS,
          type.getSimpleName()
              + " has no resource methods, so its class-level policy would never be enforced."
              + " Put it on a resource class (one with @Path, or methods with @GET, @POST, ...).",
          type,
          firstPolicyAnnotation(type));
    }
    if (abstractType && (hasPolicies || endpoints.stream().anyMatch(e -> e.policy().kind() != PolicyKind.NONE))) {
      Element at = type;
      AnnotationMirror mirror = firstPolicyAnnotation(type);
      if (mirror == null) {
        for (Endpoint e : endpoints) {
          if (e.policy().kind() != PolicyKind.NONE) {
            at = e.method();
            mirror = PolicyReader.policyAnnotations(e.method()).values().iterator().next();
            break;
          }
        }
      }
      reporter.error(
          Message.INHERITED_POLICY,
          type.getSimpleName()
              + " is "
              + (type.getKind() == ElementKind.INTERFACE ? "an interface" : "abstract")
              + ": this version of Bouncer does not yet carry policies from interfaces or"
              + " superclasses to the resource classes that implement them. Put the policy on the"
              + " implementing resource class or its methods.",
          at,
          mirror);
    }
    boolean clean = reporter.errorCount() == errorsBefore;
    return new Result(type, abstractType ? List.of() : endpoints, clean);
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
      for (ExecutableElement candidate : ElementFilter.methodsIn(supertype.getEnclosedElements())) {
        if (candidate.getSimpleName().equals(method.getSimpleName())
            && elements.overrides(method, candidate, type)
            && (!httpMethods(candidate).isEmpty()
                || annotationString(candidate, Names.PATH).isPresent())) {
          return candidate;
        }
      }
    }
    return method;
  }

  /** Whether the type inherits, without overriding, a resource method from a supertype. */
  private boolean inheritsResourceMethods(TypeElement type) {
    for (ExecutableElement member : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!member.getEnclosingElement().equals(type)
          && (!httpMethods(member).isEmpty()
              || annotationString(member, Names.PATH).isPresent())) {
        return true;
      }
    }
    return false;
  }

  private List<TypeElement> supertypes(TypeElement type) {
    List<TypeElement> all = new ArrayList<>();
    List<TypeMirror> todo = new ArrayList<>(types.directSupertypes(type.asType()));
    while (!todo.isEmpty()) {
      TypeMirror next = todo.remove(0);
      if (next.getKind() == TypeKind.DECLARED) {
        TypeElement element = (TypeElement) types.asElement(next);
        if (!all.contains(element)) {
          all.add(element);
          todo.addAll(types.directSupertypes(next));
        }
      }
    }
    return all;
  }

  private static boolean hasJaxRsAnnotation(ExecutableElement method) {
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      if (qualifiedName(mirror).startsWith("jakarta.ws.rs.")) {
        return true;
      }
      for (AnnotationMirror meta : mirror.getAnnotationType().asElement().getAnnotationMirrors()) {
        if (qualifiedName(meta).equals(Names.HTTP_METHOD)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The HTTP methods of {@code method}: its annotations that are meta-annotated @HttpMethod. */
  static List<String> httpMethods(ExecutableElement method) {
    Set<String> methods = new TreeSet<>();
    for (AnnotationMirror mirror : method.getAnnotationMirrors()) {
      Element annotationType = mirror.getAnnotationType().asElement();
      for (AnnotationMirror meta : annotationType.getAnnotationMirrors()) {
        if (qualifiedName(meta).equals(Names.HTTP_METHOD)) {
          Object value = PolicyReader.value(meta) == null ? null : PolicyReader.value(meta).getValue();
          methods.add(value == null ? annotationType.getSimpleName().toString() : value.toString());
        }
      }
    }
    return new ArrayList<>(methods);
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

  /** Joins class and method paths as Jakarta REST does: one slash between, a leading slash. */
  public static String joinPaths(String classPath, String methodPath) {
    String joined = "/" + strip(classPath) + "/" + strip(methodPath);
    joined = joined.replaceAll("/+", "/");
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

  private static AnnotationMirror firstPolicyAnnotation(Element element) {
    Map<String, AnnotationMirror> found = PolicyReader.policyAnnotations(element);
    return found.isEmpty() ? null : found.values().iterator().next();
  }

  static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }
}
