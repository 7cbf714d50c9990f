package dev.bouncer.processor.validation;

import dev.bouncer.processor.model.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Finds the policy annotations of an element: written on it ({@code @RequiresPermission}), or
 * carried by a composed annotation written on it ({@code @AdminOnly}, itself annotated
 * {@code @RequiresPermission("admin")}), at any depth of meta-annotation. Only finds; {@link
 * #problems} says which composed annotations Bouncer does not accept.
 */
public final class PolicyAnnotations {
  /** The annotations that declare a policy, by qualified name. */
  public static final Set<String> POLICIES =
      Set.of(
          Names.AUTHENTICATED,
          Names.REQUIRES_PERMISSION,
          Names.PERMIT_ALL,
          Names.DENY_ALL,
          Names.ROLES_ALLOWED);

  private PolicyAnnotations() {}

  /**
   * One policy annotation that applies to an element.
   *
   * @param policy the policy annotation's qualified name, {@code dev.bouncer.RequiresPermission}
   * @param mirror the policy annotation itself, whose values hold the policy: on the element, or on
   *     the innermost composed annotation type
   * @param present the annotation written on the element: {@code mirror} itself, or the composed
   *     annotation; where diagnostics point
   * @param via the composed annotation types, from the one written on the element down to the one
   *     that carries {@code mirror}; empty when the policy annotation is written on the element
   */
  public record Found(
      String policy, AnnotationMirror mirror, AnnotationMirror present, List<TypeElement> via) {
    public Found {
      via = List.copyOf(via);
    }

    public boolean composed() {
      return !via.isEmpty();
    }

    /** {@code @AdminOnly} for a composed annotation, {@code @RequiresPermission} otherwise. */
    public String writtenName() {
      return composed() ? "@" + via.get(0).getSimpleName() : PolicyReader.simple(policy);
    }
  }

  /** The policy annotations that apply to {@code element}, in written order. */
  public static List<Found> on(Element element) {
    return on(element, PolicyAnnotations::through);
  }

  /**
   * {@link #on(Element)}, with {@code through} answering {@link #through(TypeElement)}: a caller
   * that asks about many elements remembers what each annotation type carries.
   */
  static List<Found> on(Element element, Function<TypeElement, List<Found>> through) {
    List<Found> found = new ArrayList<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name = qualifiedName(mirror);
      if (POLICIES.contains(name)) {
        found.add(new Found(name, mirror, mirror, List.of()));
        continue;
      }
      for (Found meta : through.apply(annotationType(mirror))) {
        found.add(new Found(meta.policy(), meta.mirror(), mirror, meta.via()));
      }
    }
    return found;
  }

  /**
   * The policy annotations an annotation type carries as meta-annotations, at any depth; each with
   * {@code via} starting at {@code annotationType}, and {@code present} the policy annotation
   * itself. Empty for a policy annotation and for any annotation that is not a composed one. A
   * policy annotation reached along two paths (a diamond) is found once.
   */
  public static List<Found> through(TypeElement annotationType) {
    List<Found> found = new ArrayList<>();
    if (annotationType == null
        || annotationType.getKind() != ElementKind.ANNOTATION_TYPE
        || POLICIES.contains(annotationType.getQualifiedName().toString())) {
      return found;
    }
    collect(annotationType, new ArrayList<>(List.of(annotationType)), new HashSet<>(), found);
    return found;
  }

  /** Whether {@code annotationType} is a composed policy annotation. */
  public static boolean composedPolicy(TypeElement annotationType) {
    return !through(annotationType).isEmpty();
  }

  private static void collect(
      TypeElement type, List<TypeElement> path, Set<String> done, List<Found> found) {
    for (AnnotationMirror meta : type.getAnnotationMirrors()) {
      String name = qualifiedName(meta);
      if (POLICIES.contains(name)) {
        // a diamond reaches the same carrier twice: one policy, found once
        if (done.add(type.getQualifiedName() + "@" + name)) {
          found.add(new Found(name, meta, meta, path));
        }
        continue;
      }
      TypeElement metaType = annotationType(meta);
      if (metaType == null || name.startsWith("java.lang.annotation.") || path.contains(metaType)) {
        continue; // @Retention, @Target, ...; or a cycle
      }
      path.add(metaType);
      collect(metaType, path, done, found);
      path.remove(path.size() - 1);
    }
  }

  /**
   * What Bouncer does not accept in the composed annotation of {@code found}, each as a sentence
   * naming the annotation and the fix; empty when it is fine. Checked for every annotation type in
   * {@code via}: it must be retained at run time (else the runtime cannot tell, for a class
   * compiled without the processor, that it needs a policy), declare no attributes (Bouncer never
   * reads them, so an attribute that looks like it changes the policy would silently not), and not
   * be repeatable (written twice, it would hide inside its container annotation).
   */
  public static List<String> problems(Found found) {
    List<String> problems = new ArrayList<>();
    for (TypeElement type : found.via()) {
      String name = "@" + type.getSimpleName();
      String retention = retention(type);
      if (!retention.equals("RUNTIME")) {
        Message.Part where =
            retention.equals("SOURCE")
                ? Message.Part.RETAINED_IN_SOURCE
                : Message.Part.RETAINED_IN_CLASS;
        problems.add(
            Message.Part.COMPOSED_RETENTION.text(name, where.text(), type.getSimpleName()));
      }
      List<String> attributes = new ArrayList<>();
      for (var method : ElementFilter.methodsIn(type.getEnclosedElements())) {
        attributes.add(method.getSimpleName() + "()");
      }
      if (!attributes.isEmpty()) {
        problems.add(Message.Part.COMPOSED_ATTRIBUTES.text(name, String.join(", ", attributes)));
      }
      for (AnnotationMirror meta : type.getAnnotationMirrors()) {
        if (qualifiedName(meta).equals("java.lang.annotation.Repeatable")) {
          problems.add(Message.Part.COMPOSED_REPEATABLE.text(name, type.getSimpleName()));
        }
      }
    }
    return problems;
  }

  /** The retention of an annotation type: SOURCE, CLASS (the default) or RUNTIME. */
  static String retention(TypeElement annotationType) {
    for (AnnotationMirror meta : annotationType.getAnnotationMirrors()) {
      if (qualifiedName(meta).equals("java.lang.annotation.Retention")) {
        AnnotationValue value = PolicyReader.value(meta);
        if (value != null && value.getValue() instanceof VariableElement constant) {
          return constant.getSimpleName().toString();
        }
      }
    }
    return "CLASS";
  }

  private static TypeElement annotationType(AnnotationMirror mirror) {
    Element e = mirror.getAnnotationType().asElement();
    return e instanceof TypeElement t ? t : null;
  }

  static String qualifiedName(AnnotationMirror mirror) {
    TypeElement type = annotationType(mirror);
    return type == null ? "" : type.getQualifiedName().toString();
  }
}
