package dev.bouncer.processor.validation;

import dev.bouncer.policy.Expr;
import dev.bouncer.processor.discovery.Annotations;
import dev.bouncer.processor.model.Policy;
import dev.bouncer.processor.model.TemplateBinding;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Types;

/**
 * Binds each {@code {name}} of an endpoint's expression to the request value that fills it: a path
 * template variable of the endpoint, or a parameter of the resource method annotated {@code
 * @PathParam}, {@code @QueryParam} or {@code @HeaderParam} with that name.
 */
public final class TemplateResolver {
  private static final String PATH_PARAM = "jakarta.ws.rs.PathParam";
  private static final String QUERY_PARAM = "jakarta.ws.rs.QueryParam";
  private static final String HEADER_PARAM = "jakarta.ws.rs.HeaderParam";
  private static final String DEFAULT_VALUE = "jakarta.ws.rs.DefaultValue";
  private static final String TEMPLATE_WARNINGS = "bouncer:template";

  private final Reporter reporter;
  private final Types types;
  /** Whether a declared type is a Collection, by its element: asked for each template parameter. */
  private final Map<javax.lang.model.element.Element, Boolean> collections =
      new java.util.HashMap<>();

  public TemplateResolver(Reporter reporter, Types types) {
    this.reporter = reporter;
    this.types = types;
  }

  /** Every template sub-part of the expression, in order of appearance. */
  static List<Expr.Sub> templates(Expr expr) {
    List<Expr.Sub> found = new ArrayList<>();
    for (Expr.Atom atom : expr.atoms()) {
      for (List<Expr.Sub> part : atom.parts()) {
        for (Expr.Sub sub : part) {
          if (sub.kind() == Expr.Sub.Kind.TEMPLATE) {
            found.add(sub);
          }
        }
      }
    }
    return found;
  }

  /**
   * The hole each template of the policy stands for in the policy language when {@code method}
   * (the one whose Jakarta REST annotations apply) serves {@code fullPath}: named by where its value
   * comes from, {@code PATH:id}, as {@code bouncer diff} names it, so that two templates reading
   * the same value are one hole and a template moved from the path to the query is another. Quiet:
   * a name without exactly one source keeps its own name (it is reported where it is bound).
   */
  public Map<String, String> holes(Policy policy, ExecutableElement method, String fullPath) {
    Map<String, String> holes = new LinkedHashMap<>();
    if (policy.expression() == null) {
      return holes;
    }
    Set<String> pathVariables = pathVariables(fullPath);
    Map<String, List<Param>> params = parameters(method);
    for (Expr.Sub sub : templates(policy.expression())) {
      String name = sub.text();
      Set<TemplateBinding.Source> sources = new LinkedHashSet<>();
      if (pathVariables.contains(name)) {
        sources.add(TemplateBinding.Source.PATH);
      }
      for (Param p : params.getOrDefault(name, List.of())) {
        sources.add(p.source);
      }
      if (sources.size() == 1) {
        holes.put(name, sources.iterator().next() + ":" + name);
      }
    }
    return holes;
  }

  /**
   * The bindings of the policy's templates for one resource method, or empty after reporting
   * every template that cannot be bound.
   */
  public Optional<List<TemplateBinding>> resolve(
      Policy policy, TypeElement type, ExecutableElement method, String fullPath) {
    List<Expr.Sub> subs = templates(policy.expression());
    if (subs.isEmpty()) {
      return Optional.of(List.of());
    }
    Set<String> pathVariables = pathVariables(fullPath);
    Map<String, List<Param>> params = parameters(method);
    Map<String, TemplateBinding> bound = new LinkedHashMap<>();
    boolean ok = true;
    for (Expr.Sub sub : subs) {
      if (bound.containsKey(sub.text())) {
        continue;
      }
      Optional<TemplateBinding> binding =
          bind(sub, policy, type, method, pathVariables, params);
      if (binding.isPresent()) {
        bound.put(sub.text(), binding.get());
      } else {
        ok = false;
      }
    }
    return ok ? Optional.of(new ArrayList<>(bound.values())) : Optional.empty();
  }

  private Optional<TemplateBinding> bind(
      Expr.Sub sub,
      Policy policy,
      TypeElement type,
      ExecutableElement method,
      Set<String> pathVariables,
      Map<String, List<Param>> params) {
    String name = sub.text();
    List<Param> candidates = params.getOrDefault(name, List.of());
    boolean inPath = pathVariables.contains(name);
    Set<TemplateBinding.Source> sources = new LinkedHashSet<>();
    if (inPath) {
      sources.add(TemplateBinding.Source.PATH);
    }
    for (Param p : candidates) {
      sources.add(p.source);
    }
    if (sources.isEmpty()) {
      report(
          Message.UNKNOWN_PARAMETER,
          policy,
          method,
          name,
          method.getSimpleName(),
          suggestion(name, pathVariables, params, method),
          Annotations.annotationString(type, "jakarta.ws.rs.Path").isEmpty()
              ? Message.Part.SUB_RESOURCE_HINT.text(name)
              : "",
          PolicyReader.excerpt(policy.written(), sub.offset()));
      return Optional.empty();
    }
    if (sources.size() > 1) {
      report(
          Message.AMBIGUOUS_PARAMETER,
          policy,
          method,
          name,
          describe(sources),
          method.getSimpleName(),
          PolicyReader.excerpt(policy.written(), sub.offset()));
      return Optional.empty();
    }
    for (Param p : candidates) {
      if (p.multiValued) {
        report(
            Message.MULTI_VALUED_PARAMETER,
            policy,
            method,
            name,
            p.element.getSimpleName(),
            PolicyReader.excerpt(policy.written(), sub.offset()));
        return Optional.empty();
      }
    }
    TemplateBinding.Source source = sources.iterator().next();
    for (Param p : candidates) {
      warnIfDefaulted(name, p, method);
    }
    return Optional.of(new TemplateBinding(name, source, name));
  }

  /**
   * A query parameter or header with {@code @DefaultValue}: the resource method runs with the
   * default when the request leaves the value out, but the check sees no value and denies. Bouncer
   * never fills the default in itself, so it warns.
   */
  private void warnIfDefaulted(String name, Param p, ExecutableElement method) {
    if (p.source == TemplateBinding.Source.PATH) {
      return; // a path variable is always there
    }
    for (AnnotationMirror mirror : p.element.getAnnotationMirrors()) {
      if (!Annotations.qualifiedName(mirror).equals(DEFAULT_VALUE)
          || PolicyReader.suppressed(method, TEMPLATE_WARNINGS)
          || PolicyReader.suppressed(p.element, TEMPLATE_WARNINGS)) {
        continue;
      }
      String kind = p.source == TemplateBinding.Source.QUERY ? "query parameter" : "header";
      Object value = PolicyReader.value(mirror) == null ? "" : PolicyReader.value(mirror).getValue();
      reporter.report(
          Message.TEMPLATE_DEFAULT,
          Reporter.at(p.element, mirror, PolicyReader.value(mirror)),
          name,
          kind,
          value,
          method.getSimpleName(),
          TEMPLATE_WARNINGS);
    }
  }

  /**
   * Reports {@code message} on the policy; a class-level policy reports it inside {@code
   * [BouncerClassTemplate]}, since the class's expression is fine for its other methods.
   */
  private void report(Message message, Policy policy, ExecutableElement method, Object... args) {
    Reporter.Anchor at =
        Reporter.at(policy.element(), policy.annotation(), PolicyReader.value(policy.annotation()));
    if (policy.element().getKind().isClass() || policy.element().getKind().isInterface()) {
      reporter.report(
          Message.CLASS_TEMPLATE,
          at,
          policy.element().getSimpleName(),
          method.getSimpleName(),
          message.key(),
          message.text(args),
          method.getSimpleName());
    } else {
      reporter.report(message, at, args);
    }
  }

  private static String describe(Set<TemplateBinding.Source> sources) {
    List<String> words = new ArrayList<>();
    for (TemplateBinding.Source s : sources) {
      words.add(
          switch (s) {
            case PATH -> "path variable";
            case QUERY -> "query parameter";
            case HEADER -> "header";
          });
    }
    return String.join(" and the ", words);
  }

  /** " Did you mean {x}?" for the closest available name, or a list of what is available. */
  private static String suggestion(
      String name,
      Set<String> pathVariables,
      Map<String, List<Param>> params,
      ExecutableElement method) {
    Map<String, String> candidates = new LinkedHashMap<>();
    pathVariables.forEach(v -> candidates.put(v, v));
    params.keySet().forEach(k -> candidates.put(k, k));
    // A Java parameter name suggests the name of its annotation: orderId -> {id}.
    for (VariableElement p : method.getParameters()) {
      for (Map.Entry<String, List<Param>> e : params.entrySet()) {
        for (Param param : e.getValue()) {
          if (param.element.equals(p)) {
            candidates.putIfAbsent(p.getSimpleName().toString(), e.getKey());
          }
        }
      }
    }
    if (candidates.isEmpty()) {
      return Message.Part.NOTHING_AVAILABLE.text();
    }
    Optional<Map.Entry<String, String>> best =
        candidates.entrySet().stream()
            .min(Comparator.comparingInt(e -> distance(e.getKey().toLowerCase(), name.toLowerCase())));
    Map.Entry<String, String> closest = best.get();
    int limit = Math.max(2, name.length() / 3);
    if (distance(closest.getKey().toLowerCase(), name.toLowerCase()) <= limit) {
      return Message.Part.DID_YOU_MEAN.text(closest.getValue());
    }
    Set<String> names = new LinkedHashSet<>(candidates.values());
    return Message.Part.AVAILABLE.text(String.join("}, {", names));
  }

  /** Levenshtein distance. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }

  /** The names of the {@code {name}} and {@code {name: regex}} variables of a path template. */
  static Set<String> pathVariables(String path) {
    Set<String> names = new LinkedHashSet<>();
    int i = 0;
    while ((i = path.indexOf('{', i)) >= 0) {
      int depth = 0;
      int end = i;
      for (; end < path.length(); end++) {
        char c = path.charAt(end);
        if (c == '{') {
          depth++;
        } else if (c == '}' && --depth == 0) {
          break;
        }
      }
      String inside = path.substring(i + 1, Math.min(end, path.length()));
      int colon = inside.indexOf(':');
      names.add((colon < 0 ? inside : inside.substring(0, colon)).strip());
      i = end + 1;
    }
    return names;
  }

  private record Param(VariableElement element, TemplateBinding.Source source, boolean multiValued) {}

  private Map<String, List<Param>> parameters(ExecutableElement method) {
    Map<String, List<Param>> params = new LinkedHashMap<>();
    for (VariableElement p : method.getParameters()) {
      for (AnnotationMirror mirror : p.getAnnotationMirrors()) {
        String annotation = Annotations.qualifiedName(mirror);
        TemplateBinding.Source source =
            switch (annotation) {
              case PATH_PARAM -> TemplateBinding.Source.PATH;
              case QUERY_PARAM -> TemplateBinding.Source.QUERY;
              case HEADER_PARAM -> TemplateBinding.Source.HEADER;
              default -> null;
            };
        if (source == null || PolicyReader.value(mirror) == null) {
          continue;
        }
        String name = String.valueOf(PolicyReader.value(mirror).getValue());
        params
            .computeIfAbsent(name, k -> new ArrayList<>())
            .add(new Param(p, source, multiValued(p.asType())));
      }
    }
    return params;
  }

  private boolean multiValued(TypeMirror type) {
    return type.getKind() == TypeKind.ARRAY
        || (type.getKind() == TypeKind.DECLARED && isCollection(type));
  }

  /** Whether the declared type is a Collection; by its type element, once per element. */
  private boolean isCollection(TypeMirror type) {
    javax.lang.model.element.Element element = types.asElement(type);
    Boolean known = element == null ? null : collections.get(element);
    if (known != null) {
      return known;
    }
    boolean collection = types.erasure(type).toString().equals("java.util.Collection");
    for (TypeMirror d : collection ? List.<TypeMirror>of() : types.directSupertypes(type)) {
      if (isCollection(d)) {
        collection = true;
        break;
      }
    }
    if (element != null) {
      collections.put(element, collection);
    }
    return collection;
  }
}
