package dev.bouncer.processor.validation;

import dev.bouncer.processor.discovery.Annotations;
import dev.bouncer.processor.model.Names;
import dev.bouncer.policy.Analysis;
import dev.bouncer.policy.Expr;
import dev.bouncer.policy.Parser;
import dev.bouncer.policy.SyntaxError;
import dev.bouncer.processor.model.Origin;
import dev.bouncer.processor.model.Policy;
import dev.bouncer.processor.model.PolicyKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * Reads the policy annotations of one element (a class or a method), checks them, and returns the
 * policy they declare. Every problem is reported on the element, the annotation and the value.
 */
public final class PolicyReader {
  private final Reporter reporter;
  /** What each annotation type carries, asked for every element (see PolicyAnnotations.through). */
  private final Map<TypeElement, List<PolicyAnnotations.Found>> through = new java.util.HashMap<>();

  public PolicyReader(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The policy annotations of {@code element}, as {@link PolicyAnnotations#on(Element)} does. */
  private List<PolicyAnnotations.Found> on(Element element) {
    return PolicyAnnotations.on(
        element, type -> through.computeIfAbsent(type, PolicyAnnotations::through));
  }

  /**
   * {@link #policyAnnotations(Element)}, remembering what each annotation type carries: for a
   * reader that is asked about many elements of one round.
   */
  Map<String, AnnotationMirror> policyAnnotationsOf(Element element) {
    Map<String, AnnotationMirror> found = new LinkedHashMap<>();
    for (PolicyAnnotations.Found f : on(element)) {
      found.putIfAbsent(f.policy(), f.present());
    }
    return found;
  }

  /**
   * The policy annotations that apply to {@code element}, by the policy annotation's qualified
   * name, in written order; each value is the annotation written on the element (the policy
   * annotation itself, or the composed annotation that carries it). Two annotations declaring the
   * same policy keep the first here; {@link #read} reports them.
   */
  public static Map<String, AnnotationMirror> policyAnnotations(Element element) {
    Map<String, AnnotationMirror> found = new LinkedHashMap<>();
    for (PolicyAnnotations.Found f : PolicyAnnotations.on(element)) {
      found.putIfAbsent(f.policy(), f.present());
    }
    return found;
  }

  /**
   * The policy declared on {@code element}, empty if it has no policy annotation or if its
   * annotations are invalid (then errors were reported).
   */
  public Optional<Policy> read(Element element, Origin origin) {
    List<PolicyAnnotations.Found> all = on(element);
    if (all.isEmpty()) {
      return Optional.empty();
    }
    if (!supportedComposition(element, all)) {
      return Optional.empty();
    }
    Map<String, PolicyAnnotations.Found> found = new LinkedHashMap<>();
    boolean ok = true;
    for (PolicyAnnotations.Found f : all) {
      PolicyAnnotations.Found before = found.putIfAbsent(f.policy(), f);
      if (before != null) {
        ok = false;
        reporter.report(
            Message.Variant.CONFLICT_SAME_POLICY,
            Reporter.at(element, f.present()),
            written(f),
            written(before),
            simple(f.policy()));
      }
    }
    if (!ok || !consistent(element, found)) {
      return Optional.empty();
    }
    Optional<Policy> policy;
    PolicyAnnotations.Found chosen;
    if (found.containsKey(Names.PERMIT_ALL)) {
      chosen = found.get(Names.PERMIT_ALL);
      policy = Optional.of(
          new Policy(
              PolicyKind.PERMIT_ALL, List.of(), null, null, origin, element, chosen.present()));
    } else if (found.containsKey(Names.DENY_ALL)) {
      chosen = found.get(Names.DENY_ALL);
      policy = Optional.of(
          new Policy(
              PolicyKind.DENY_ALL, List.of(), null, null, origin, element, chosen.present()));
    } else if (found.containsKey(Names.REQUIRES_PERMISSION)) {
      chosen = found.get(Names.REQUIRES_PERMISSION);
      policy = permission(element, chosen, origin);
    } else if (found.containsKey(Names.ROLES_ALLOWED)) {
      chosen = found.get(Names.ROLES_ALLOWED);
      policy = roles(element, chosen, origin);
    } else {
      chosen = found.get(Names.AUTHENTICATED);
      policy = Optional.of(
          new Policy(
              PolicyKind.AUTHENTICATED, List.of(), null, null, origin, element, chosen.present()));
    }
    return policy.map(p -> chosen.composed() ? p.composedVia(chosen.via()) : p);
  }

  /**
   * Reports every composed annotation on {@code element} that Bouncer does not accept (see {@link
   * PolicyAnnotations#problems}), and every one that carries more than one policy annotation.
   */
  private boolean supportedComposition(Element element, List<PolicyAnnotations.Found> all) {
    boolean ok = true;
    Map<AnnotationMirror, List<PolicyAnnotations.Found>> byPresent = new LinkedHashMap<>();
    for (PolicyAnnotations.Found f : all) {
      if (f.composed()) {
        byPresent.computeIfAbsent(f.present(), k -> new ArrayList<>()).add(f);
      }
    }
    for (Map.Entry<AnnotationMirror, List<PolicyAnnotations.Found>> e : byPresent.entrySet()) {
      List<PolicyAnnotations.Found> carried = e.getValue();
      String name = carried.get(0).writtenName();
      java.util.Set<String> problems = new java.util.LinkedHashSet<>();
      for (PolicyAnnotations.Found f : carried) {
        problems.addAll(PolicyAnnotations.problems(f));
      }
      if (carried.size() > 1) {
        List<String> policies = new ArrayList<>();
        for (PolicyAnnotations.Found f : carried) {
          String via =
              f.via().size() == 1
                  ? ""
                  : Message.Part.THROUGH.text(f.via().get(f.via().size() - 1).getSimpleName());
          policies.add(simple(f.policy()) + via);
        }
        problems.add(
            Message.Part.COMPOSED_SEVERAL.text(name, carried.size(), String.join(", ", policies)));
      }
      for (String problem : problems) {
        ok = false;
        reporter.report(Message.COMPOSED_ANNOTATION, Reporter.at(element, e.getKey()), name, problem);
      }
    }
    return ok;
  }

  private boolean consistent(Element element, Map<String, PolicyAnnotations.Found> found) {
    String[][] conflicts = {
      {Names.PERMIT_ALL, Names.DENY_ALL},
      {Names.PERMIT_ALL, Names.AUTHENTICATED},
      {Names.PERMIT_ALL, Names.REQUIRES_PERMISSION},
      {Names.PERMIT_ALL, Names.ROLES_ALLOWED},
      {Names.DENY_ALL, Names.AUTHENTICATED},
      {Names.DENY_ALL, Names.REQUIRES_PERMISSION},
      {Names.DENY_ALL, Names.ROLES_ALLOWED},
      {Names.ROLES_ALLOWED, Names.REQUIRES_PERMISSION},
    };
    boolean ok = true;
    for (String[] pair : conflicts) {
      if (found.containsKey(pair[0]) && found.containsKey(pair[1])) {
        ok = false;
        String a = written(found.get(pair[0]));
        String b = written(found.get(pair[1]));
        Reporter.Anchor at = Reporter.at(element, found.get(pair[1]).present());
        if (a.contains("@RolesAllowed") || b.contains("@RolesAllowed")) {
          reporter.report(Message.Variant.CONFLICT_ROLES, at, a, b);
        } else {
          reporter.report(Message.CONFLICT, at, a, b);
        }
      }
    }
    return ok;
  }

  /** {@code @PermitAll}, or for a composed one {@code @Public (meta: @PermitAll)}. */
  private static String written(PolicyAnnotations.Found f) {
    return f.composed()
        ? f.writtenName() + " (meta: " + simple(f.policy()) + ")"
        : simple(f.policy());
  }

  private Optional<Policy> permission(
      Element element, PolicyAnnotations.Found found, Origin origin) {
    AnnotationMirror mirror = found.present();
    AnnotationValue read = value(found.mirror());
    // a value inside a composed annotation's declaration is not in this element's source
    AnnotationValue value = found.composed() ? null : read;
    String in = found.composed() ? Message.Part.IN_META.text(found.writtenName()) : "";
    String text = read == null ? null : String.valueOf(read.getValue());
    if (text == null) {
      // javac already reported the missing value
      return Optional.empty();
    }
    Expr expr;
    try {
      expr = Parser.parse(text);
    } catch (SyntaxError e) {
      reporter.report(
          Message.of(e.kind()), Reporter.at(element, mirror, value), syntaxArguments(in, e, text));
      return Optional.empty();
    }
    for (Analysis.Finding finding : Analysis.analyse(expr)) {
      String token =
          finding.kind() == Analysis.Kind.MEANINGLESS_TEMPLATE ? "bouncer:template" : "bouncer:expression";
      if (!suppressed(element, token)) {
        reporter.report(
            Message.of(finding.kind()),
            Reporter.at(element, mirror, value),
            in,
            finding.text(),
            excerpt(text, finding.offset()),
            token,
            (element.getKind().isClass() || element.getKind().isInterface()
                    ? Message.Part.THE_CLASS
                    : Message.Part.THE_METHOD)
                .text());
      }
    }
    return Optional.of(
        new Policy(PolicyKind.PERMISSION, List.of(), expr, text, origin, element, mirror));
  }

  private Optional<Policy> roles(Element element, PolicyAnnotations.Found found, Origin origin) {
    AnnotationMirror mirror = found.present();
    AnnotationValue read = value(found.mirror());
    AnnotationValue value = found.composed() ? null : read;
    List<String> roles = new ArrayList<>();
    if (read != null && read.getValue() instanceof List<?> list) {
      for (Object item : list) {
        Object role = item instanceof AnnotationValue av ? av.getValue() : item;
        if (role == null || String.valueOf(role).isBlank()) {
          reporter.report(Message.Variant.EMPTY_ROLE_NAME, Reporter.at(element, mirror, value));
          return Optional.empty();
        }
        roles.add(String.valueOf(role));
      }
    }
    if (roles.isEmpty()) {
      reporter.report(Message.EMPTY_ROLES, Reporter.at(element, mirror, value));
      return Optional.empty();
    }
    return Optional.of(
        new Policy(PolicyKind.ROLES, roles, null, null, origin, element, mirror));
  }

  /** The message for a syntax error, with an excerpt of the expression and a caret. */
  static String describe(SyntaxError e, String text) {
    return Message.of(e.kind()).text(syntaxArguments("", e, text));
  }

  /** The arguments of a syntax error's template: where, the expression, the detail, the caret. */
  private static Object[] syntaxArguments(String in, SyntaxError e, String text) {
    return new Object[] {in, text, e.detail(), e.offset() + 1, excerpt(text, e.offset())};
  }

  /** The expression on one line and a caret under the 0-based {@code offset} on the next. */
  public static String excerpt(String text, int offset) {
    String line = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    return "    " + line + "\n    " + " ".repeat(Math.max(0, Math.min(offset, line.length()))) + "^";
  }

  /** Whether {@code token} is in a {@code @SuppressWarnings} on the element or one enclosing it. */
  public static boolean suppressed(Element element, String token) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && List.of(suppress.value()).contains(token)) {
        return true;
      }
    }
    return false;
  }

  static AnnotationValue value(AnnotationMirror mirror) {
    return Annotations.value(mirror);
  }

  /** {@code @RolesAllowed} for {@code jakarta.annotation.security.RolesAllowed}. */
  public static String simple(String qualifiedName) {
    return "@" + qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
