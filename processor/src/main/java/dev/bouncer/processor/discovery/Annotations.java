package dev.bouncer.processor.discovery;

import dev.bouncer.processor.model.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The small annotation helpers every stage shares: an annotation's qualified name and {@code
 * value}, a string-valued annotation such as {@code @Path}, and what makes an annotation a Jakarta
 * REST one. Stateless; the per-round memos are {@link ResourceDiscovery}'s.
 */
public final class Annotations {
  private Annotations() {}

  /** The qualified name of the annotation's type. */
  public static String qualifiedName(AnnotationMirror mirror) {
    return ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The annotation's {@code value} as written on it, or null if none is written. */
  public static AnnotationValue value(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("value")) {
        return e.getValue();
      }
    }
    return null;
  }

  /**
   * The {@code value} of the annotation {@code annotation} (a qualified name) on {@code element},
   * as a string; empty when the element does not carry it or it has no value written.
   */
  public static Optional<String> annotationString(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (qualifiedName(mirror).equals(annotation)) {
        return Optional.ofNullable(value(mirror)).map(v -> String.valueOf(v.getValue()));
      }
    }
    return Optional.empty();
  }

  /** Whether the annotation is a Jakarta REST one, or an HTTP-method annotation of another. */
  static boolean jaxRsAnnotation(AnnotationMirror mirror) {
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
  static List<String> verbs(Element annotationType) {
    List<String> methods = new ArrayList<>(1);
    for (AnnotationMirror meta : annotationType.getAnnotationMirrors()) {
      if (qualifiedName(meta).equals(Names.HTTP_METHOD)) {
        Object value = value(meta) == null ? null : value(meta).getValue();
        methods.add(value == null ? annotationType.getSimpleName().toString() : value.toString());
      }
    }
    return methods;
  }
}
