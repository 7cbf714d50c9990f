package dev.bouncer.processor.model;

import dev.bouncer.policy.Expr;
import dev.bouncer.policy.Relations;
import dev.bouncer.policy.TooManyAtomsException;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * A policy read from one element's annotations.
 *
 * @param kind what it requires
 * @param roles the roles of {@code @RolesAllowed}, in written order; empty otherwise
 * @param expression the parsed {@code @RequiresPermission} value; null otherwise
 * @param written the expression as written; null unless {@code kind} is PERMISSION
 * @param origin where the policy was declared
 * @param element the element that carries the annotation; null for NONE
 * @param annotation the annotation written on {@code element} that declares it, itself or a
 *     composed annotation (for diagnostics); null for NONE
 * @param via for a policy declared through a composed annotation, the composed annotation types
 *     from the one written on {@code element} down to the one annotated with the policy annotation;
 *     empty otherwise
 */
public record Policy(
    PolicyKind kind,
    List<String> roles,
    Expr expression,
    String written,
    Origin origin,
    Element element,
    AnnotationMirror annotation,
    List<TypeElement> via) {

  public Policy {
    roles = List.copyOf(roles);
    via = List.copyOf(via);
  }

  /** A policy written directly, not through a composed annotation. */
  public Policy(
      PolicyKind kind,
      List<String> roles,
      Expr expression,
      String written,
      Origin origin,
      Element element,
      AnnotationMirror annotation) {
    this(kind, roles, expression, written, origin, element, annotation, List.of());
  }

  /** The same policy, declared through the composed annotations {@code via}. */
  public Policy composedVia(List<TypeElement> chain) {
    return new Policy(kind, roles, expression, written, origin, element, annotation, chain);
  }

  /** The policy of an endpoint with no annotation in effect. */
  public static Policy none() {
    return new Policy(PolicyKind.NONE, List.of(), null, null, Origin.NONE, null, null);
  }

  /** The same policy, declared at {@code where}. */
  public Policy withOrigin(Origin where) {
    return where == origin ? this : new Policy(kind, roles, expression, written, where, element, annotation, via);
  }

  /**
   * Whether this policy lets exactly the same callers through as {@code other}: same kind, same
   * roles in any order, expressions that mean the same ({@code a && b} and {@code b && a}).
   */
  public boolean sameRequirement(Policy other) {
    if (kind != other.kind || !java.util.Set.copyOf(roles).equals(java.util.Set.copyOf(other.roles))) {
      return false;
    }
    if (expression == null || other.expression == null) {
      return expression == other.expression;
    }
    if (expression.toString().equals(other.expression.toString())) {
      return true;
    }
    try {
      return Relations.equivalent(expression, other.expression);
    } catch (TooManyAtomsException e) {
      return false; // cannot tell: not the same, so that the ambiguity is reported
    }
  }

  /** Where it was declared, for messages: {@code OrdersApi.get(long)} or {@code class OrdersApi}. */
  public String declaredAt() {
    if (element == null) {
      return "nowhere";
    }
    if (element.getKind().isClass() || element.getKind().isInterface()) {
      return "class " + element.getSimpleName();
    }
    return element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName() + "()";
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

  /**
   * The annotation as a reader would write it, for comments in generated code: for a composed one,
   * {@code @AdminOnly (meta: @RequiresPermission("admin"))}.
   */
  public String annotationText() {
    String text = policyText();
    for (int i = via.size() - 1; i >= 0; i--) {
      text = "@" + via.get(i).getSimpleName() + " (meta: " + text + ")";
    }
    return text;
  }

  private String policyText() {
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
