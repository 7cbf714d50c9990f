package dev.bouncer.processor.report;

import dev.bouncer.policy.Expr;
import dev.bouncer.processor.model.Endpoint;
import dev.bouncer.processor.model.Policy;
import dev.bouncer.processor.model.TemplateBinding;
import dev.bouncer.processor.model.TypeNames;
import dev.bouncer.report.OriginKind;
import dev.bouncer.report.PolicyKind;
import dev.bouncer.report.Report;
import dev.bouncer.report.TemplateSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The report stage. Takes the {@link Endpoint}s of each scanned class, in the round that scanned
 * it, and turns them into element-free {@link EndpointRow}s ({@link #rows}); in the last round
 * builds the {@link Report} of the compilation from every row ({@link #build}), which {@code
 * ReportJson} renders as {@code META-INF/bouncer/policy-report.json}: every endpoint the compiler
 * saw, protected or not, sorted, with a fixed key order, so that the same sources give
 * byte-identical reports.
 */
public final class ReportWriter {
  /** Where the report goes in the class output. */
  public static final String LOCATION = "META-INF/bouncer/policy-report.json";

  /** Bumped when the format changes incompatibly. */
  public static final int FORMAT_VERSION = Report.FORMAT_VERSION;

  /** Locator chains longer than this are not followed (recursive sub-resources). */
  private static final int MAX_CHAIN = 8;

  private static final String PRODUCES = "jakarta.ws.rs.Produces";
  private static final String CONSUMES = "jakarta.ws.rs.Consumes";

  private final Elements elements;
  private final Types types;
  private final SourceLocator sources;
  private final ApplicationPaths applications;

  /**
   * @param env the processing environment: its element and type utilities, and javac's tree API
   *     for source lines when there is one
   * @param applications the Application classes found in the compilation
   */
  public ReportWriter(
      javax.annotation.processing.ProcessingEnvironment env, ApplicationPaths applications) {
    this.elements = env.getElementUtils();
    this.types = env.getTypeUtils();
    this.sources = SourceLocator.create(env);
    this.applications = applications;
  }

  /**
   * The report rows of these endpoints. Call it in the round that scanned them: the rows hold
   * everything the report needs from javac (source lines included, as javac's trees of earlier
   * rounds may be gone by the last one), and no element.
   */
  public List<EndpointRow> rows(List<Endpoint> endpoints) {
    Map<TypeElement, Set<String>> assignable = new java.util.HashMap<>();
    List<EndpointRow> rows = new ArrayList<>();
    for (Endpoint e : endpoints) {
      rows.add(
          new EndpointRow(
              e.locator() ? List.of() : e.httpMethods(),
              e.path(),
              e.root(),
              e.locator(),
              elements.getBinaryName(e.type()).toString(),
              signature(e.method()),
              mediaTypes(e, PRODUCES),
              mediaTypes(e, CONSUMES),
              sources == null ? null : sources.locate(e.method()),
              policy(e),
              e.root() ? Set.of() : assignable.computeIfAbsent(e.type(), this::assignableTo),
              e.locator() ? returns(e.method()) : null));
    }
    return rows;
  }

  /** The report model for these rows, from every round. */
  public Report build(List<EndpointRow> rows) {
    String prefix = applications.prefix();
    // Only locators lead to sub-resources: the chains of each endpoint are looked for among them.
    List<EndpointRow> locators = rows.stream().filter(EndpointRow::locator).toList();
    List<Report.Endpoint> out = new ArrayList<>();
    for (EndpointRow e : rows) {
      out.add(
          new Report.Endpoint(
              e.httpMethods(),
              fullPath(e, prefix),
              e.root(),
              e.locator(),
              e.resourceClass(),
              e.resourceMethod(),
              e.produces(),
              e.consumes(),
              e.source(),
              e.policy(),
              chains(e, locators, prefix, new HashSet<>(), 0)));
    }
    return new Report(
        Report.FORMAT_VERSION, "bouncer-processor", applications.all(), out, sources != null);
  }

  private static String fullPath(EndpointRow e, String prefix) {
    if (!e.root() || prefix.isEmpty()) {
      return e.path();
    }
    return e.path().equals("/") ? prefix : prefix + e.path();
  }

  private Report.Policy policy(Endpoint e) {
    Policy p = e.policy();
    List<String> permissions =
        p.expression() == null
            ? List.of()
            : p.expression().atoms().stream().map(Expr.Atom::toString).distinct().toList();
    List<Report.Template> templates = new ArrayList<>();
    for (TemplateBinding t : e.templates()) {
      templates.add(new Report.Template(t.name(), TemplateSource.valueOf(t.source().name()), t.key()));
    }
    return new Report.Policy(
        PolicyKind.valueOf(p.kind().name()),
        p.written(),
        p.written() == null ? null : p.expression().toString(),
        permissions,
        templates,
        p.roles(),
        new Report.Origin(
            OriginKind.valueOf(p.origin().name()),
            declaredOn(p.element()),
            p.via().stream().map(t -> elements.getBinaryName(t).toString()).toList()));
  }

  /** {@code a.b.Type} for a type, {@code a.b.Type#method(params)} for a method, else null. */
  private String declaredOn(Element element) {
    if (element instanceof TypeElement type) {
      return elements.getBinaryName(type).toString();
    }
    if (element instanceof ExecutableElement method
        && method.getEnclosingElement() instanceof TypeElement owner) {
      return elements.getBinaryName(owner) + "#" + signature(method);
    }
    return null;
  }

  /**
   * The chains of locators among {@code all} (the locators of the report) that reach {@code e}'s
   * class, each with the full path of {@code e} through it. Root endpoints, and locators' own
   * classes, have none.
   */
  private List<Report.LocatorChain> chains(
      EndpointRow e, List<EndpointRow> all, String prefix, Set<String> visiting, int depth) {
    if (e.root() || depth >= MAX_CHAIN) {
      return List.of();
    }
    List<Report.LocatorChain> chains = new ArrayList<>();
    for (EndpointRow locator : all) {
      if (!locator.reaches(e)) {
        continue;
      }
      String key = locator.signature();
      if (!visiting.add(key)) {
        continue; // a cycle of locators
      }
      String type = locator.resourceClass();
      String method = locator.resourceMethod();
      PolicyKind kind = locator.policy().kind();
      if (locator.root()) {
        String at = fullPath(locator, prefix);
        chains.add(
            new Report.LocatorChain(
                join(at, e.path()), List.of(new Report.Step(type, method, at, kind))));
      } else {
        for (Report.LocatorChain upper : chains(locator, all, prefix, visiting, depth + 1)) {
          String at = upper.fullPath(); // the chain that reaches the locator ends at its path
          List<Report.Step> steps = new ArrayList<>(upper.locators());
          steps.add(new Report.Step(type, method, at, kind));
          chains.add(new Report.LocatorChain(join(at, e.path()), steps));
        }
      }
      visiting.remove(key);
    }
    chains.sort(
        java.util.Comparator.comparing(Report.LocatorChain::fullPath)
            .thenComparing(c -> c.locators().toString()));
    return chains;
  }

  /**
   * The qualified names of {@code type} and of every supertype of it: a locator whose erased
   * return type is one of them returns {@code type} or a supertype of it.
   */
  private Set<String> assignableTo(TypeElement type) {
    Set<String> names = new HashSet<>();
    names.add(type.getQualifiedName().toString());
    java.util.ArrayDeque<TypeMirror> todo =
        new java.util.ArrayDeque<>(types.directSupertypes(types.erasure(type.asType())));
    while (!todo.isEmpty()) {
      TypeMirror next = todo.removeFirst();
      if (next.getKind() == TypeKind.DECLARED
          && names.add(((TypeElement) types.asElement(next)).getQualifiedName().toString())) {
        todo.addAll(types.directSupertypes(next));
      }
    }
    return names;
  }

  /**
   * The qualified name of the class or interface the locator's declared return type erases to;
   * null for {@code Object} and for what is not a class or interface.
   */
  private String returns(ExecutableElement locator) {
    TypeMirror returned = types.erasure(locator.getReturnType());
    if (returned.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement returnedType = (TypeElement) ((DeclaredType) returned).asElement();
    String name = returnedType.getQualifiedName().toString();
    return name.equals("java.lang.Object") ? null : name;
  }

  private static String join(String base, String relative) {
    String joined = (base + "/" + relative).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }

  /** The media types of the method's annotation, else its class's, split at commas. */
  private List<String> mediaTypes(Endpoint e, String annotation) {
    List<String> found = mediaTypes(e.method(), annotation);
    return found != null ? found : java.util.Objects.requireNonNullElse(
        mediaTypes(e.type(), annotation), List.of());
  }

  private static List<String> mediaTypes(Element element, String annotation) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
      if (!type.getQualifiedName().contentEquals(annotation)) {
        continue;
      }
      List<String> values = new ArrayList<>();
      for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
          mirror.getElementValues().entrySet()) {
        if (!e.getKey().getSimpleName().contentEquals("value")) {
          continue;
        }
        Object value = e.getValue().getValue();
        List<?> list = value instanceof List<?> l ? l : List.of(e.getValue());
        for (Object item : list) {
          Object v = item instanceof AnnotationValue av ? av.getValue() : item;
          for (String part : String.valueOf(v).split(",")) {
            if (!part.isBlank()) {
              values.add(part.strip());
            }
          }
        }
      }
      return values.isEmpty() ? List.of("*/*") : values;
    }
    return null;
  }

  private String signature(ExecutableElement m) {
    return m.getSimpleName()
        + "("
        + m.getParameters().stream()
            .map(VariableElement::asType)
            .map(t -> TypeNames.canonical(types, t))
            .collect(Collectors.joining(", "))
        + ")";
  }
}
