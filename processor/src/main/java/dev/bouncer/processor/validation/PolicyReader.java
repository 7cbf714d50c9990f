package dev.bouncer.processor.validation;

import dev.bouncer.processor.Names;
import dev.bouncer.processor.dsl.Analysis;
import dev.bouncer.processor.dsl.Expr;
import dev.bouncer.processor.dsl.Parser;
import dev.bouncer.processor.dsl.SyntaxError;
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
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Reads the policy annotations of one element (a class or a method), checks them, and returns the
 * policy they declare. Every problem is reported on the element, the annotation and the value.
 */
public final class PolicyReader {
  private final Reporter reporter;

  public PolicyReader(Reporter reporter) {
    this.reporter = reporter;
  }

  /** The policy annotations present on {@code element}, by qualified name, in written order. */
  public static Map<String, AnnotationMirror> policyAnnotations(Element element) {
    Map<String, AnnotationMirror> found = new LinkedHashMap<>();
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      String name =
          ((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().toString();
      switch (name) {
        case Names.AUTHENTICATED,
            Names.REQUIRES_PERMISSION,
            Names.PERMIT_ALL,
            Names.DENY_ALL,
            Names.ROLES_ALLOWED -> found.put(name, mirror);
        default -> {
          // not a policy annotation
        }
      }
    }
    return found;
  }

  /**
   * The policy declared on {@code element}, empty if it has no policy annotation or if its
   * annotations are invalid (then errors were reported).
   */
  public Optional<Policy> read(Element element, Origin origin) {
    Map<String, AnnotationMirror> found = policyAnnotations(element);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    if (!consistent(element, found)) {
      return Optional.empty();
    }
    if (found.containsKey(Names.PERMIT_ALL)) {
      return Optional.of(
          new Policy(
              PolicyKind.PERMIT_ALL, List.of(), null, null, origin, element,
              found.get(Names.PERMIT_ALL)));
    }
    if (found.containsKey(Names.DENY_ALL)) {
      return Optional.of(
          new Policy(
              PolicyKind.DENY_ALL, List.of(), null, null, origin, element,
              found.get(Names.DENY_ALL)));
    }
    if (found.containsKey(Names.REQUIRES_PERMISSION)) {
      return permission(element, found.get(Names.REQUIRES_PERMISSION), origin);
    }
    if (found.containsKey(Names.ROLES_ALLOWED)) {
      return roles(element, found.get(Names.ROLES_ALLOWED), origin);
    }
    return Optional.of(
        new Policy(
            PolicyKind.AUTHENTICATED, List.of(), null, null, origin, element,
            found.get(Names.AUTHENTICATED)));
  }

  private boolean consistent(Element element, Map<String, AnnotationMirror> found) {
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
        reporter.error(
            Message.CONFLICT,
            conflictText(simple(pair[0]), simple(pair[1])),
            element,
            found.get(pair[1]));
      }
    }
    return ok;
  }

  private static String conflictText(String a, String b) {
    if (a.equals("@RolesAllowed") || b.equals("@RolesAllowed")) {
      return a
          + " and "
          + b
          + " on one element: Bouncer will not guess whether both or either must hold. Keep one;"
          + " with the default authorizer a role is a permission, so @RequiresPermission(\"role1"
          + " || role2\") can express either.";
    }
    return a + " contradicts " + b + " on the same element: keep the one you mean and remove the"
        + " other.";
  }

  private Optional<Policy> permission(Element element, AnnotationMirror mirror, Origin origin) {
    AnnotationValue value = value(mirror);
    String text = value == null ? null : String.valueOf(value.getValue());
    if (text == null) {
      // javac already reported the missing value
      return Optional.empty();
    }
    Expr expr;
    try {
      expr = Parser.parse(text);
    } catch (SyntaxError e) {
      reporter.error(e.kind(), describe(e, text), element, mirror, value);
      return Optional.empty();
    }
    for (Analysis.Finding finding : Analysis.analyse(expr)) {
      String token =
          finding.message() == Message.MEANINGLESS_TEMPLATE ? "bouncer:template" : "bouncer:expression";
      if (!suppressed(element, token)) {
        reporter.warning(
            finding.message(),
            finding.text()
                + ".\n"
                + excerpt(text, finding.offset())
                + "\nIf this is intended, add @SuppressWarnings(\""
                + token
                + "\") to "
                + (element.getKind().isClass() || element.getKind().isInterface()
                    ? "the class."
                    : "the method."),
            element,
            mirror,
            value);
      }
    }
    return Optional.of(
        new Policy(PolicyKind.PERMISSION, List.of(), expr, text, origin, element, mirror));
  }

  private Optional<Policy> roles(Element element, AnnotationMirror mirror, Origin origin) {
    AnnotationValue value = value(mirror);
    List<String> roles = new ArrayList<>();
    if (value != null && value.getValue() instanceof List<?> list) {
      for (Object item : list) {
        Object role = item instanceof AnnotationValue av ? av.getValue() : item;
        if (role == null || String.valueOf(role).isBlank()) {
          reporter.error(
              Message.EMPTY_ROLES,
              "@RolesAllowed contains an empty role name: remove it or name the role.",
              element,
              mirror,
              value);
          return Optional.empty();
        }
        roles.add(String.valueOf(role));
      }
    }
    if (roles.isEmpty()) {
      reporter.error(
          Message.EMPTY_ROLES,
          "@RolesAllowed names no role, so nobody could ever be allowed: name the roles, or use"
              + " @DenyAll if that is what you mean.",
          element,
          mirror,
          value);
      return Optional.empty();
    }
    return Optional.of(
        new Policy(PolicyKind.ROLES, roles, null, null, origin, element, mirror));
  }

  /** The message for a syntax error, with an excerpt of the expression and a caret. */
  static String describe(SyntaxError e, String text) {
    return "invalid permission expression \""
        + text
        + "\": "
        + e.detail()
        + " (at column "
        + (e.offset() + 1)
        + ").\n"
        + excerpt(text, e.offset());
  }

  /** The expression on one line and a caret under the 0-based {@code offset} on the next. */
  public static String excerpt(String text, int offset) {
    String line = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    return "    " + line + "\n    " + " ".repeat(Math.max(0, Math.min(offset, line.length()))) + "^";
  }

  /** Whether {@code token} is in a {@code @SuppressWarnings} on the element or one enclosing it. */
  static boolean suppressed(Element element, String token) {
    for (Element e = element; e != null; e = e.getEnclosingElement()) {
      SuppressWarnings suppress = e.getAnnotation(SuppressWarnings.class);
      if (suppress != null && List.of(suppress.value()).contains(token)) {
        return true;
      }
    }
    return false;
  }

  static AnnotationValue value(AnnotationMirror mirror) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
        mirror.getElementValues().entrySet()) {
      if (e.getKey().getSimpleName().contentEquals("value")) {
        return e.getValue();
      }
    }
    return null;
  }

  static String simple(String qualifiedName) {
    return "@" + qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
  }
}
