package dev.bouncer.processor.report;

import dev.bouncer.report.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The {@code @ApplicationPath} of the {@code jakarta.ws.rs.core.Application} subclasses in the
 * compilation, so that the report can give full paths. Collected across rounds.
 */
public final class ApplicationPaths {
  /** The annotation the processor must also be offered. */
  public static final String ANNOTATION = "jakarta.ws.rs.ApplicationPath";

  private static final String APPLICATION = "jakarta.ws.rs.core.Application";

  private final Elements elements;
  private final Types types;
  private final Map<String, String> byClass = new TreeMap<>();

  public ApplicationPaths(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** Records the classes among {@code annotated} that are Applications, with their paths. */
  public void collect(Iterable<? extends Element> annotated) {
    TypeElement application = elements.getTypeElement(APPLICATION);
    for (Element element : annotated) {
      if (!(element instanceof TypeElement type)) {
        continue;
      }
      if (application != null
          && !types.isSubtype(types.erasure(type.asType()), types.erasure(application.asType()))) {
        continue;
      }
      for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
        TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
        if (!annotationType.getQualifiedName().contentEquals(ANNOTATION)) {
          continue;
        }
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
            mirror.getElementValues().entrySet()) {
          if (e.getKey().getSimpleName().contentEquals("value")) {
            byClass.put(
                elements.getBinaryName(type).toString(),
                normalize(String.valueOf(e.getValue().getValue())));
          }
        }
      }
    }
  }

  /** Every Application found, sorted by class. */
  public List<Report.Application> all() {
    List<Report.Application> all = new ArrayList<>();
    byClass.forEach((type, path) -> all.add(new Report.Application(type, path)));
    return all;
  }

  /**
   * The path to put in front of root resource paths: the one application path when every
   * Application of the compilation has the same one, else the empty string (ambiguous or none).
   */
  public String prefix() {
    List<String> distinct = byClass.values().stream().distinct().toList();
    return distinct.size() == 1 && !distinct.get(0).equals("/") ? distinct.get(0) : "";
  }

  /** {@code "api/*"}, {@code "/api/"} and {@code "api"} all become {@code "/api"}; empty is "/". */
  static String normalize(String path) {
    String p = path.strip();
    if (p.endsWith("/*")) {
      p = p.substring(0, p.length() - 2);
    }
    p = ("/" + p).replaceAll("/+", "/");
    if (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
