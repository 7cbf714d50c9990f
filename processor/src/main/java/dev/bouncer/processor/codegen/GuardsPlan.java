package dev.bouncer.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import dev.bouncer.policy.Expr;
import dev.bouncer.processor.model.PolicyKind;
import dev.bouncer.processor.model.TemplateBinding;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@link GuardsWriter} needs to write one resource class's generated class, and nothing
 * of javac: names, strings and JavaPoet types, decided by {@link GuardsPlanner}. So the writer can
 * be read, and tested, without a compiler.
 *
 * @param name the generated class's name
 * @param resource the resource class, for the Javadoc link
 * @param resourceBinaryName what {@code resourceClassName()} returns
 * @param generatedAnnotation whether {@code @Generated} may be used (false in a named module that
 *     does not read {@code java.compiler})
 * @param javaLangClashes simple names of the package's own types that shadow {@code java.lang}
 *     ones: the generated code writes those {@code java.lang} types out in full
 * @param endpoints the resource's endpoints, in scan order
 */
public record GuardsPlan(
    ClassName name,
    ClassName resource,
    String resourceBinaryName,
    boolean generatedAnnotation,
    List<String> javaLangClashes,
    List<EndpointPlan> endpoints) {

  public GuardsPlan {
    javaLangClashes = List.copyOf(javaLangClashes);
    endpoints = List.copyOf(endpoints);
  }

  /**
   * One endpoint.
   *
   * @param display for example {@code GET /orders/{id}} or {@code LOCATOR /orders/{id}/items}
   * @param policyText the policy in words, with where it is declared, for the one comment that
   *     states it: {@code @RequiresPermission("orders:read") on the class}
   * @param methodName the Java method's name
   * @param signatures the erased parameter types the runtime may report for it: its own and those
   *     of the methods it overrides, without repeats
   * @param policy what it requires
   * @param locatorPath for a sub-resource locator, its own {@code @Path} as written; null otherwise
   * @param locates for a locator, the type it returns, or null if it may return anything ({@code
   *     Object}); null for a resource method
   * @param locatesText for a locator, the returned type as a reader writes it, for a comment
   */
  public record EndpointPlan(
      String display,
      String policyText,
      String methodName,
      List<List<TypeRef>> signatures,
      PolicyPlan policy,
      String locatorPath,
      TypeRef locates,
      String locatesText) {

    public EndpointPlan {
      signatures = signatures.stream().map(List::copyOf).toList();
      Objects.requireNonNull(policy, "policy");
    }

    public boolean locator() {
      return locatorPath != null;
    }
  }

  /**
   * What an endpoint requires, with the request values its templates take.
   *
   * @param kind the kind of policy
   * @param roles for {@code @RolesAllowed}, the roles in written order; empty otherwise
   * @param expression for {@code @RequiresPermission}, the parsed expression; null otherwise
   * @param requirement the requirement in words, as a 403 may reveal it and logs show it
   * @param templates where each {@code {name}} takes its value, in order of first appearance
   */
  public record PolicyPlan(
      PolicyKind kind,
      List<String> roles,
      Expr expression,
      String requirement,
      List<TemplateBinding> templates) {

    public PolicyPlan {
      roles = List.copyOf(roles);
      templates = List.copyOf(templates);
    }

    /** Two endpoints with equal keys are decided by the same code. */
    String key() {
      return kind + "|" + roles + "|" + expression + "|" + templates;
    }
  }

  /**
   * A type as the generated code refers to it: a class literal where it can name the type, else
   * its run-time name ({@link Class#getTypeName()}), which the runtime compares by string.
   *
   * @param type the type to write as a class literal; null if it cannot be named
   * @param runtimeName the run-time name, used when {@code type} is null
   */
  public record TypeRef(TypeName type, String runtimeName) {
    public static TypeRef named(TypeName type) {
      return new TypeRef(Objects.requireNonNull(type), null);
    }

    public static TypeRef unnameable(String runtimeName) {
      return new TypeRef(null, Objects.requireNonNull(runtimeName));
    }

    /** {@code Foo.class}, or {@code "pkg.Outer$Hidden"}. */
    CodeBlock literal() {
      return type != null ? CodeBlock.of("$T.class", type) : CodeBlock.of("$S", runtimeName);
    }
  }
}
