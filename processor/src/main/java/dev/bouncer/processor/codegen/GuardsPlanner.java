package dev.bouncer.processor.codegen;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.bouncer.processor.codegen.GuardsPlan.EndpointPlan;
import dev.bouncer.processor.codegen.GuardsPlan.PolicyPlan;
import dev.bouncer.processor.codegen.GuardsPlan.TypeRef;
import dev.bouncer.processor.model.Endpoint;
import dev.bouncer.processor.model.Policy;
import dev.bouncer.processor.model.TypeNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * The naming plan and the last look at javac before code generation: turns a resource class and
 * its {@link Endpoint}s into a {@link GuardsPlan} of names, strings and JavaPoet types, which
 * {@link GuardsWriter} writes without asking javac anything.
 */
public final class GuardsPlanner {
  private final Elements elements;
  private final Types types;
  private final Map<String, List<String>> clashesByPackage = new HashMap<>();

  public GuardsPlanner(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The plan of {@code type}'s generated class. */
  public GuardsPlan plan(TypeElement type, List<Endpoint> endpoints) {
    String pkg = elements.getPackageOf(type).getQualifiedName().toString();
    List<EndpointPlan> planned = new ArrayList<>();
    for (Endpoint endpoint : endpoints) {
      Policy policy = endpoint.policy();
      PolicyPlan policyPlan =
          new PolicyPlan(
              policy.kind(),
              policy.roles(),
              policy.expression(),
              policy.requirement(),
              endpoint.templates());
      String locatorPath = null;
      TypeRef locates = null;
      String locatesText = null;
      if (endpoint.locator()) {
        locatorPath = endpoint.methodPath();
        locatesText = endpoint.locates().toString();
        if (!locatesText.equals("java.lang.Object")) {
          locates = typeRef(endpoint.locates(), pkg);
        }
      }
      planned.add(
          new EndpointPlan(
              endpoint.display(),
              describe(policy),
              endpoint.method().getSimpleName().toString(),
              signatures(endpoint, pkg),
              policyPlan,
              locatorPath,
              locates,
              locatesText));
    }
    return new GuardsPlan(
        nameFor(type),
        ClassName.get(type),
        elements.getBinaryName(type).toString(),
        readsJavaCompiler(type),
        javaLangClashes(elements.getPackageOf(type)),
        planned);
  }

  /**
   * The erased parameter types of the endpoint's method and of the methods it overrides, without
   * repeats: servers differ in which one they report.
   */
  private List<List<TypeRef>> signatures(Endpoint endpoint, String pkg) {
    Set<List<TypeRef>> signatures = new LinkedHashSet<>();
    List<ExecutableElement> methods = new ArrayList<>();
    methods.add(endpoint.method());
    methods.addAll(endpoint.overridden());
    for (ExecutableElement method : methods) {
      List<TypeRef> parameters = new ArrayList<>();
      for (VariableElement parameter : method.getParameters()) {
        parameters.add(typeRef(types.erasure(parameter.asType()), pkg));
      }
      signatures.add(List.copyOf(parameters));
    }
    return List.copyOf(signatures);
  }

  /** A class literal where the generated class in {@code pkg} can name the type, else its name. */
  private TypeRef typeRef(TypeMirror type, String pkg) {
    return accessible(type, pkg)
        ? TypeRef.named(TypeName.get(type))
        : TypeRef.unnameable(TypeNames.runtime(types, elements, type));
  }

  /**
   * The generated class's name, in the resource class's package; the runtime derives the same
   * name from the {@code Class} (see {@code GeneratedGuards}). The resource class's names, from
   * the top-level class inward, joined with {@code _}, then {@link GuardsWriter#SUFFIX}: {@code Orders} gets
   * {@code Orders_BouncerGuards}, {@code Orders.Items} gets {@code Orders_Items_BouncerGuards}.
   * When a name contains {@code _} or does not start like a Java name (a local or anonymous
   * class's), the joined form could be read two ways, so the length of each name follows, each
   * after a {@code _}: {@code Orders_Items} gets {@code Orders_Items_BouncerGuards_12}, {@code
   * Orders.Items_} gets {@code Orders_Items__BouncerGuards_6_6}. No two classes of one package
   * get the same name.
   */
  public ClassName nameFor(TypeElement type) {
    String pkg = elements.getPackageOf(type).getQualifiedName().toString();
    java.util.Deque<String> names = new java.util.ArrayDeque<>();
    TypeElement current = type;
    for (TypeElement outer = enclosingType(current);
        outer != null;
        current = outer, outer = enclosingType(current)) {
      String binary = elements.getBinaryName(current).toString();
      names.addFirst(binary.substring(elements.getBinaryName(outer).length() + 1));
    }
    names.addFirst(current.getSimpleName().toString());
    return ClassName.get(pkg, simpleName(List.copyOf(names)));
  }

  /** The generated class's simple name for a chain of names, outermost first. */
  static String simpleName(List<String> names) {
    boolean plain = true;
    for (String name : names) {
      plain &=
          !name.isEmpty()
              && name.indexOf('_') < 0
              && Character.isJavaIdentifierStart(name.charAt(0));
    }
    StringBuilder sb = new StringBuilder(String.join("_", names)).append(GuardsWriter.SUFFIX);
    if (!plain) {
      for (String name : names) {
        sb.append('_').append(name.length());
      }
    }
    return sb.toString();
  }

  private static TypeElement enclosingType(TypeElement type) {
    for (Element e = type.getEnclosingElement(); e != null; e = e.getEnclosingElement()) {
      if (e instanceof TypeElement outer) {
        return outer;
      }
      if (e.getKind() == javax.lang.model.element.ElementKind.PACKAGE) {
        return null;
      }
    }
    return null;
  }

  /** The simple names of {@code pkg}'s types that are also {@code java.lang} types. */
  private List<String> javaLangClashes(PackageElement pkg) {
    // Once per package and round (a planner lives for one round, in which a package's members
    // do not change): every class of a package asked this for each of its members, quadratic in
    // the package's size (9 % of javac's time with 1,000 resource classes in one package).
    return clashesByPackage.computeIfAbsent(
        pkg.getQualifiedName().toString(), name -> List.of(javaLangClashes(elements, pkg)));
  }

  static String[] javaLangClashes(Elements elements, PackageElement pkg) {
    // java.lang lives in java.base: asked there, a name that is not in java.lang costs one look-up
    // instead of one per module of the JDK (most of the package's names are not in java.lang).
    // Without modules (--release 8), javac has no java.base, and the plain look-up is the one.
    ModuleElement javaBase = elements.getModuleElement("java.base");
    List<String> clashes = new ArrayList<>();
    for (Element member : pkg.getEnclosedElements()) {
      String simple = member.getSimpleName().toString();
      if ((member.getKind().isClass() || member.getKind().isInterface())
          && (javaBase != null
                  ? elements.getTypeElement(javaBase, "java.lang." + simple)
                  : elements.getTypeElement("java.lang." + simple))
              != null) {
        clashes.add(simple);
      }
    }
    return clashes.toArray(String[]::new);
  }


  /**
   * Whether the generated class may use {@code javax.annotation.processing.Generated}: always on
   * the class path; in a named module only if it reads {@code java.compiler}, else the generated
   * code would not compile there.
   */
  private boolean readsJavaCompiler(TypeElement type) {
    javax.lang.model.element.ModuleElement module = elements.getModuleOf(type);
    if (module == null || module.isUnnamed()) {
      return true;
    }
    for (javax.lang.model.element.ModuleElement.RequiresDirective requires :
        javax.lang.model.util.ElementFilter.requiresIn(module.getDirectives())) {
      if (requires.getDependency().getQualifiedName().contentEquals("java.compiler")) {
        return true;
      }
    }
    return false;
  }

  private boolean accessible(TypeMirror type, String pkg) {
    if (type.getKind() == TypeKind.ARRAY) {
      return accessible(((ArrayType) type).getComponentType(), pkg);
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return type.getKind().isPrimitive();
    }
    boolean samePackage =
        elements.getPackageOf(((DeclaredType) type).asElement()).getQualifiedName().contentEquals(pkg);
    for (Element e = ((DeclaredType) type).asElement();
        e != null && (e.getKind().isClass() || e.getKind().isInterface());
        e = e.getEnclosingElement()) {
      Set<Modifier> modifiers = e.getModifiers();
      if (modifiers.contains(Modifier.PRIVATE)
          || (!samePackage && !modifiers.contains(Modifier.PUBLIC))) {
        return false;
      }
    }
    return true;
  }

  private static String describe(Policy policy) {
    return switch (policy.origin()) {
      case METHOD -> policy.annotationText() + " on the method";
      case CLASS -> policy.annotationText() + " on the class";
      case SUPERCLASS, INTERFACE -> policy.annotationText() + " inherited from " + policy.declaredAt();
      case NONE -> "no policy";
    };
  }
}
