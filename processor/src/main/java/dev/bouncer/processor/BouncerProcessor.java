package dev.bouncer.processor;

import dev.bouncer.processor.model.Names;
import com.google.auto.service.AutoService;
import dev.bouncer.processor.codegen.ActivationWriter;
import dev.bouncer.processor.codegen.GuardsPlanner;
import dev.bouncer.processor.codegen.GuardsWriter;
import dev.bouncer.processor.report.ApplicationPaths;
import dev.bouncer.processor.report.EndpointRow;
import dev.bouncer.processor.report.HumanReports;
import dev.bouncer.processor.report.ReportWriter;
import dev.bouncer.processor.validation.LocalClasses;
import dev.bouncer.processor.validation.Message;
import dev.bouncer.processor.validation.PolicyAnnotations;
import dev.bouncer.processor.validation.Reporter;
import dev.bouncer.report.Report;
import dev.bouncer.report.ReportJson;
import dev.bouncer.processor.scan.ResourceScanner;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Bouncer's annotation processor: finds resource classes, checks their policy annotations, generates
 * the filters that enforce them, and writes the policy report. It never claims annotations and
 * never lets an exception escape into javac.
 */
@AutoService(Processor.class)
public final class BouncerProcessor extends AbstractProcessor {
  /** {@code -Abouncer.requireExplicit=true}: every endpoint must have a policy. */
  public static final String REQUIRE_EXPLICIT = "bouncer.requireExplicit";

  /**
   * The report's rows, built in the round that scanned each type: javac's elements are never kept
   * from one round to the next (a later round may have new ones, and their trees may be gone).
   */
  private final List<EndpointRow> reported = new ArrayList<>();
  private final Set<String> done = new LinkedHashSet<>();
  /**
   * The types the report is generated from, by qualified name (sorted): looked up again in the last
   * round, for the Filer's originating elements.
   */
  private final Set<String> originating = new TreeSet<>();
  /**
   * Types that use types not generated yet, by qualified name (never by Element: a later round has
   * new ones), with what they miss: retried next round, reported if still missing in the last.
   */
  private final java.util.Map<String, List<String>> deferred = new java.util.LinkedHashMap<>();
  /**
   * For {@link #inheritsAnnotations}, within one round: whether a supertype carries scanned
   * annotations itself. Every class of a hierarchy asks about the same supertypes.
   */
  private final java.util.Map<TypeElement, Boolean> annotatedSupertypes = new java.util.HashMap<>();
  private Reporter reporter;
  private ApplicationPaths applicationPaths;
  private ReportWriter reportWriter;
  private LocalClasses localClasses;
  private ActivationWriter activation;
  private boolean failed;
  private boolean runtimeMissingReported;
  private Element current;

  /**
   * Every annotation: a class that implements an annotated resource interface (from a library, say)
   * may carry no annotation at all, and still needs its policies generated. Nothing is claimed.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  /** The annotations that mark a type as one to scan. */
  private static final Set<String> SCANNED = scannedAnnotations();

  private static Set<String> scannedAnnotations() {
    Set<String> types = new LinkedHashSet<>();
    types.add(Names.PATH);
    types.add(Names.AUTHENTICATED);
    types.add(Names.REQUIRES_PERMISSION);
    types.add(Names.PERMIT_ALL);
    types.add(Names.DENY_ALL);
    types.add(Names.ROLES_ALLOWED);
    types.addAll(List.of(Names.HTTP_METHOD_ANNOTATIONS));
    return types;
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(REQUIRE_EXPLICIT, HumanReports.OPTION, ActivationWriter.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (reporter == null) {
      reporter = new Reporter(processingEnv.getMessager());
      applicationPaths =
          new ApplicationPaths(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
      reportWriter = new ReportWriter(processingEnv, applicationPaths);
      activation =
          new ActivationWriter(processingEnv.getElementUtils(), processingEnv.getFiler());
    }
    try {
      if (round.processingOver()) {
        reportStillDeferred();
        if (!failed && reporter.errorCount() == 0) {
          writeReport();
        }
      } else {
        processRound(annotations, round);
      }
    } catch (RuntimeException | Error e) {
      failed = true;
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.report(Message.INTERNAL, Reporter.at(current), trace);
    } finally {
      // Nothing of this round's javac model is kept for the next one.
      current = null;
      annotatedSupertypes.clear();
    }
    return false;
  }

  private void processRound(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (localClasses == null) {
      localClasses = LocalClasses.create(processingEnv, reporter);
    }
    if (localClasses != null) {
      for (TypeElement root : ElementFilter.typesIn(round.getRootElements())) {
        current = root;
        localClasses.check(root);
      }
    }
    // Sorted by qualified name so that output never depends on discovery order.
    TreeMap<String, TypeElement> types = new TreeMap<>();
    Set<String> scanned = SCANNED;
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(ApplicationPaths.ANNOTATION)) {
        applicationPaths.collect(round.getElementsAnnotatedWith(annotation));
        continue;
      }
      boolean composed = PolicyAnnotations.composedPolicy(annotation);
      if (!scanned.contains(annotation.getQualifiedName().toString()) && !composed) {
        continue;
      }
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (composed && !policyTarget(element)) {
          reporter.report(
              Message.Variant.COMPOSED_NOT_HERE,
              Reporter.at(element, mirrorOf(element, annotation)),
              annotation.getSimpleName(),
              describeKind(element));
          continue;
        }
        TypeElement type = enclosingType(element);
        if (type != null) {
          types.put(type.getQualifiedName().toString(), type);
        }
      }
    }
    for (TypeElement type : ElementFilter.typesIn(allTypes(round.getRootElements()))) {
      if (!types.containsKey(type.getQualifiedName().toString()) && inheritsAnnotations(type)) {
        types.put(type.getQualifiedName().toString(), type);
      }
    }
    for (String name : deferred.keySet()) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        types.put(name, type);
      }
    }
    deferred.clear();
    boolean requireExplicit =
        Boolean.parseBoolean(processingEnv.getOptions().getOrDefault(REQUIRE_EXPLICIT, "false"));
    ResourceScanner scanner =
        new ResourceScanner(
            reporter,
            requireExplicit,
            processingEnv.getElementUtils(),
            processingEnv.getTypeUtils());
    GuardsPlanner planner =
        new GuardsPlanner(processingEnv.getElementUtils(), processingEnv.getTypeUtils());
    for (TypeElement type : types.values()) {
      String name = processingEnv.getElementUtils().getBinaryName(type).toString();
      if (done.contains(name)) {
        continue;
      }
      List<String> unresolved = scanner.unresolved(type);
      if (!unresolved.isEmpty()) {
        // Another processor may generate the missing types in this round: try again in the next.
        deferred.put(type.getQualifiedName().toString(), unresolved);
        continue;
      }
      done.add(name);
      current = type;
      ResourceScanner.Result result = scanner.scan(type);
      if (!result.clean()) {
        failed = true;
        continue;
      }
      if (result.endpoints().isEmpty()) {
        continue;
      }
      if (!runtimeOnClassPath(type)) {
        continue;
      }
      originating.add(type.getQualifiedName().toString());
      reported.addAll(reportWriter.rows(result.endpoints()));
      try {
        // A resource without any policy gets no class: the runtime reads the same from its
        // annotations (see GuardsWriter.needsClass).
        if (GuardsWriter.needsClass(result.endpoints())) {
          GuardsWriter.write(planner.plan(type, result.endpoints()), type)
              .writeTo(processingEnv.getFiler());
        }
        if (!"false".equals(processingEnv.getOptions().get(ActivationWriter.OPTION))) {
          activation.writeOnce(type);
        }
      } catch (javax.annotation.processing.FilerException e) {
        // javac refuses to create a type that this compilation already has, from a source file or
        // generated: Bouncer's names never collide with each other (see GuardsPlanner.nameFor).
        nameClash(type, planner.nameFor(type).canonicalName(), e.getMessage());
      } catch (IOException e) {
        reporter.report(
            Message.Variant.INTERNAL_WRITE,
            Reporter.at(type),
            planner.nameFor(type),
            e.getMessage());
      }
    }
  }

  /**
   * Reports every type still waiting for types that no round generated: Bouncer generated nothing
   * for it, so it must not compile as if it were protected.
   */
  private void reportStillDeferred() {
    for (java.util.Map.Entry<String, List<String>> e : deferred.entrySet()) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(e.getKey());
      reporter.report(
          Message.UNRESOLVED_TYPE,
          Reporter.at(type),
          e.getKey(),
          String.join(", ", e.getValue()));
    }
    deferred.clear();
  }

  /**
   * Whether the code generated for {@code type} can compile: it implements bouncer-runtime's
   * types. Without the runtime on the compile class path javac would report hundreds of errors
   * inside generated files, so this reports one error instead (once) and nothing is generated.
   */
  private boolean runtimeOnClassPath(TypeElement type) {
    if (processingEnv.getElementUtils().getTypeElement(GuardsWriter.GENERATED_GUARDS_NAME) != null) {
      return true;
    }
    failed = true;
    if (!runtimeMissingReported) {
      runtimeMissingReported = true;
      reporter.report(
          Message.RUNTIME_MISSING,
          Reporter.at(type),
          type.getQualifiedName(),
          GuardsWriter.GENERATED_GUARDS_NAME);
    }
    return false;
  }

  /** Reports that the generated class of {@code type} cannot have its name: nothing generated. */
  private void nameClash(TypeElement type, String generatedName, String javacSays) {
    failed = true;
    reporter.report(
        Message.NAME_CLASH,
        Reporter.at(type),
        generatedName,
        type.getQualifiedName(),
        javacSays,
        GuardsWriter.SUFFIX);
  }

  private void writeReport() {
    current = null;
    Report report = reportWriter.build(reported);
    Element[] origins =
        originating.stream()
            .map(processingEnv.getElementUtils()::getTypeElement)
            .filter(java.util.Objects::nonNull)
            .toArray(Element[]::new);
    java.net.URI written = null;
    try {
      FileObject file =
          processingEnv
              .getFiler()
              .createResource(StandardLocation.CLASS_OUTPUT, "", ReportWriter.LOCATION, origins);
      try (Writer out =
          new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
        out.write(ReportJson.write(report));
      }
      written = file.toUri();
    } catch (IOException e) {
      reporter.report(
          Message.REPORT, Reporter.nowhere(), ReportWriter.LOCATION, e.getMessage());
    }
    java.nio.file.Path dir;
    try {
      dir = HumanReports.directory(processingEnv.getOptions().get(HumanReports.OPTION), written);
    } catch (RuntimeException e) {
      dir = null; // a class output that is not a plain directory: no human reports by default
    }
    if (dir != null) {
      try {
        HumanReports.write(report, dir);
      } catch (IOException | RuntimeException e) {
        reporter.report(
            Message.Variant.REPORT_HUMAN, Reporter.nowhere(), dir, e, HumanReports.OPTION);
      }
    }
  }

  /** Whether a policy annotation on {@code element} can mean anything: a type or a method. */
  private static boolean policyTarget(Element element) {
    return element.getKind().isClass()
        || element.getKind().isInterface()
        || element.getKind() == ElementKind.METHOD;
  }

  private static String describeKind(Element element) {
    if (element.getKind() == ElementKind.CONSTRUCTOR) {
      return "a constructor of " + element.getEnclosingElement().getSimpleName();
    }
    String kind = element.getKind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return "the " + kind + " " + element.getSimpleName();
  }

  private static javax.lang.model.element.AnnotationMirror mirrorOf(
      Element element, TypeElement annotation) {
    for (javax.lang.model.element.AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (mirror.getAnnotationType().asElement().equals(annotation)) {
        return mirror;
      }
    }
    return null;
  }

  /** The root types and every type nested in them. */
  private static List<Element> allTypes(Set<? extends Element> roots) {
    List<Element> all = new ArrayList<>();
    List<Element> todo = new ArrayList<>(roots);
    while (!todo.isEmpty()) {
      Element e = todo.remove(todo.size() - 1);
      if (e.getKind().isClass() || e.getKind().isInterface()) {
        all.add(e);
        todo.addAll(ElementFilter.typesIn(e.getEnclosedElements()));
      }
    }
    return all;
  }

  /**
   * Whether a concrete class that carries none of the scanned annotations itself has a supertype
   * (from this compilation or a library) with Jakarta REST or policy annotations on it or its
   * methods: its inherited resource methods need generated policies too.
   */
  private boolean inheritsAnnotations(TypeElement type) {
    if (type.getKind() != ElementKind.CLASS || type.getModifiers().contains(Modifier.ABSTRACT)) {
      return false;
    }
    List<TypeMirror> todo =
        new ArrayList<>(processingEnv.getTypeUtils().directSupertypes(type.asType()));
    Set<String> seen = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      TypeMirror next = todo.remove(todo.size() - 1);
      if (next.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement supertype = (TypeElement) processingEnv.getTypeUtils().asElement(next);
      String name = supertype.getQualifiedName().toString();
      if (name.equals("java.lang.Object") || !seen.add(name)) {
        continue;
      }
      if (annotatedSupertypes.computeIfAbsent(supertype, BouncerProcessor::annotated)) {
        return true;
      }
      todo.addAll(processingEnv.getTypeUtils().directSupertypes(next));
    }
    return false;
  }

  /**
   * Whether the type itself or one of its methods carries a scanned annotation or a composed
   * policy annotation (its own supertypes not included).
   */
  private static boolean annotated(TypeElement supertype) {
    List<Element> annotated = new ArrayList<>();
    annotated.add(supertype);
    annotated.addAll(ElementFilter.methodsIn(supertype.getEnclosedElements()));
    for (Element e : annotated) {
      for (var mirror : e.getAnnotationMirrors()) {
        TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
        if (SCANNED.contains(annotationType.getQualifiedName().toString())
            || PolicyAnnotations.composedPolicy(annotationType)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The outermost-relevant type of an annotated element: itself if a type, else its class. */
  private static TypeElement enclosingType(Element element) {
    Element e = element;
    while (e != null && !(e.getKind().isClass() || e.getKind().isInterface())) {
      e = e.getEnclosingElement();
    }
    // An enum is scanned like any class: one with policies but no resource methods is an error.
    // An annotation type with a policy annotation is a composed annotation, checked where used.
    if (e == null || e.getKind() == ElementKind.ANNOTATION_TYPE) {
      return null;
    }
    return (TypeElement) e;
  }
}
