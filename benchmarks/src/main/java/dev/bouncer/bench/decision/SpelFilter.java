package dev.bouncer.bench.decision;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.springframework.expression.Expression;
import org.springframework.expression.spel.SpelCompilerMode;
import org.springframework.expression.spel.SpelParserConfiguration;
import org.springframework.expression.spel.standard.SpelExpression;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;

/**
 * A {@code @PreAuthorize}-style check: the expression is parsed once (Spring caches it per method),
 * and each call creates a fresh evaluation context with a root object and the method's arguments as
 * variables, as Spring Security's method security does, then evaluates it. The root's {@code
 * hasAuthority} asks the security context directly, which is cheaper than Spring Security's own
 * root (it builds the caller's authority set on each call), so this favours SpEL.
 */
final class SpelFilter implements ContainerRequestFilter {
  private final Expression expression;
  private final Policy policy;

  /** The root object an expression is evaluated against, as {@code SecurityExpressionRoot}. */
  public static final class Root {
    private final SecurityContext caller;

    Root(SecurityContext caller) {
      this.caller = caller;
    }

    /**
     * Whether the caller holds {@code authority} exactly.
     *
     * @param authority the authority
     * @return true if held
     */
    public boolean hasAuthority(String authority) {
      return caller.isUserInRole(authority);
    }
  }

  SpelFilter(Policy policy, boolean compiled) {
    this.policy = policy;
    SpelParserConfiguration configuration =
        compiled
            ? new SpelParserConfiguration(SpelCompilerMode.IMMEDIATE, SpelFilter.class.getClassLoader())
            : new SpelParserConfiguration(SpelCompilerMode.OFF, null);
    this.expression = new SpelExpressionParser(configuration).parseExpression(text(policy));
  }

  /** The expression equivalent to the policy. */
  static String text(Policy policy) {
    return switch (policy) {
      case STATIC -> "hasAuthority('orders:read')";
      case TEMPLATE -> "hasAuthority('orders:read:' + #id)";
      case THREE_CLAUSES ->
          "hasAuthority('orders:read:' + #id) and !hasAuthority('orders:frozen')"
              + " and hasAuthority('region:' + #region)";
    };
  }

  /**
   * Compiles the expression to bytecode now, after a first interpreted evaluation has recorded the
   * types; Spring compiles only expressions it can.
   *
   * @return whether the expression now runs compiled
   */
  boolean compile() {
    return ((SpelExpression) expression).compileExpression();
  }

  @Override
  public void filter(ContainerRequestContext request) {
    SecurityContext caller = request.getSecurityContext();
    if (caller == null || caller.getUserPrincipal() == null) {
      request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
      return;
    }
    StandardEvaluationContext context = new StandardEvaluationContext(new Root(caller));
    if (policy != Policy.STATIC) {
      context.setVariable("id", request.getUriInfo().getPathParameters().getFirst("id"));
    }
    if (policy == Policy.THREE_CLAUSES) {
      context.setVariable("region", request.getUriInfo().getQueryParameters().getFirst("region"));
    }
    Boolean allowed = expression.getValue(context, Boolean.class);
    if (!Boolean.TRUE.equals(allowed)) {
      request.abortWith(Response.status(Response.Status.FORBIDDEN).build());
    }
  }
}
