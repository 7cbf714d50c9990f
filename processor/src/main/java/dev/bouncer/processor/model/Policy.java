package dev.bouncer.processor.model;

import dev.bouncer.processor.dsl.Expr;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * A policy read from one element's annotations.
 *
 * @param kind what it requires
 * @param roles the roles of {@code @RolesAllowed}, in written order; empty otherwise
 * @param expression the parsed {@code @RequiresPermission} value; null otherwise
 * @param written the expression as written; null unless {@code kind} is PERMISSION
 * @param origin where the policy was declared
 * @param element the element that carries the annotation; null for NONE
 * @param annotation the annotation that declares it (for diagnostics); null for NONE
 */
public record Policy(
    PolicyKind kind,
    List<String> roles,
    Expr expression,
    String written,
    Origin origin,
    Element element,
    AnnotationMirror annotation) {

  public Policy {
    roles = List.copyOf(roles);
  }

  /** The policy of an endpoint with no annotation in effect. */
  public static Policy none() {
    return new Policy(PolicyKind.NONE, List.of(), null, null, Origin.NONE, null, null);
  }

  /** The requirement in words, as a 403 may reveal it and logs show it. */
  public String requirement() {
    return switch (kind) {
      case NONE -> "nothing";
      case PERMIT_ALL -> "@PermitAll";
      case DENY_ALL -> "@DenyAll";
      case AUTHENTICATED -> "an identified caller";
      case ROLES -> "one of the roles " + String.join(", ", roles);
      case PERMISSION -> expression.toString();
    };
  }

  /** The annotation as a reader would write it, for comments in generated code. */
  public String annotationText() {
    return switch (kind) {
      case NONE -> "no policy annotation";
      case PERMIT_ALL -> "@PermitAll";
      case DENY_ALL -> "@DenyAll";
      case AUTHENTICATED -> "@Authenticated";
      case ROLES -> "@RolesAllowed({"
          + String.join(", ", roles.stream().map(r -> "\"" + r + "\"").toList())
          + "})";
      case PERMISSION -> "@RequiresPermission(\"" + written + "\")";
    };
  }
}
