package dev.bouncer.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.bouncer.processor.BouncerProcessor;
import dev.bouncer.policy.Expr;
import dev.bouncer.processor.model.Endpoint;
import dev.bouncer.processor.model.Policy;
import dev.bouncer.processor.model.TemplateBinding;
import dev.bouncer.processor.model.TypeNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Writes {@code <Resource>_BouncerGuards}, one class per resource class with a policy: a {@code
 * guardFor} method that the runtime calls once per resource method at start-up, and a {@code
 * permits} method whose {@code switch} holds each distinct policy of the class as straight-line
 * Java.
 */
public final class GuardsWriter {
  static final String RUNTIME = "dev.bouncer.runtime";
  /** The runtime interface every generated class implements: without it nothing can compile. */
  public static final String GENERATED_GUARDS_NAME = RUNTIME + ".spi.GeneratedGuards";

  static final ClassName GENERATED_GUARDS = ClassName.bestGuess(GENERATED_GUARDS_NAME);
  static final ClassName GUARD = ClassName.get(RUNTIME + ".spi", "Guard");
  static final ClassName POLICY_GUARD = ClassName.get(RUNTIME + ".spi", "PolicyGuard");
  static final ClassName DENY_ALL_GUARD = ClassName.get(RUNTIME + ".spi", "DenyAllGuard");
  static final ClassName ENFORCER = ClassName.get(RUNTIME + ".spi", "Enforcer");
  static final ClassName LOCATOR = ClassName.get(RUNTIME + ".spi", "Locator");
  static final ClassName PERMISSION = ClassName.get(RUNTIME, "Permission");
  static final ClassName PERMISSION_TEMPLATE = ClassName.get(RUNTIME, "PermissionTemplate");
  static final ClassName REQUEST_VALUES = ClassName.get(RUNTIME + ".spi", "RequestValues");
  static final ClassName FILTER = ClassName.get("jakarta.ws.rs.container", "ContainerRequestFilter");
  static final ClassName REQUEST = ClassName.get("jakarta.ws.rs.container", "ContainerRequestContext");
  static final ClassName SECURITY_CONTEXT = ClassName.get("jakarta.ws.rs.core", "SecurityContext");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private final Elements elements;
  private final Types types;

  public GuardsWriter(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The suffix of every generated class's name; names ending in it are reserved for Bouncer. */
  public static final String SUFFIX = "_BouncerGuards";

  /**
   * The generated class's name, in the resource class's package; the runtime derives the same
   * name from the {@code Class} (see {@code GeneratedGuards}). The resource class's names, from
   * the top-level class inward, joined with {@code _}, then {@link #SUFFIX}: {@code Orders} gets
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
    StringBuilder sb = new StringBuilder(String.join("_", names)).append(SUFFIX);
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

  /**
   * Whether {@code endpoints} need a generated class: some endpoint has a policy. For a resource
   * class without any, the runtime reads the same absence from the class's annotations at start-up
   * (and denies if it finds a policy there after all), so nothing is generated for it.
   */
  public static boolean needsClass(List<Endpoint> endpoints) {
    for (Endpoint endpoint : endpoints) {
      if (endpoint.policy().kind() != dev.bouncer.processor.model.PolicyKind.NONE) {
        return true;
      }
    }
    return false;
  }

  /**
   * The generated class of version {@value #CONTRACT} of the contract: {@code guardFor} and {@code
   * locators} hand out one {@code PolicyGuard(this, n, ...)} per endpoint, and {@code permits}
   * decides policy {@code n} in a {@code switch}. Endpoints with the same requirement share a
   * number, and permission constants are shared by the whole class.
   */
  public JavaFile write(TypeElement type, List<Endpoint> endpoints) {
    ClassName name = nameFor(type);
    ClassName resource = ClassName.get(type);
    TypeSpec.Builder spec =
        TypeSpec.classBuilder(name)
            .addOriginatingElement(type)
            .addJavadoc(
                "The authorization policies of {@link $T}, generated by Bouncer from its"
                    + " annotations.\n<p>Do not edit: change the annotations and compile again.\n",
                resource)
            .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
            .addSuperinterface(GENERATED_GUARDS);
    if (readsJavaCompiler(type)) {
      spec.addAnnotation(
          AnnotationSpec.builder(GENERATED)
              .addMember("value", "$S", BouncerProcessor.class.getName())
              .build());
    } else {
      spec.addJavadoc(
          "<p>Generated by $L. ({@code @Generated} is left out: this module does not read"
              + " {@code java.compiler}.)\n",
          BouncerProcessor.class.getName());
    }

    Plan plan = new Plan(endpoints);
    for (Map.Entry<String, Expr.Atom> constant : plan.constants.entrySet()) {
      spec.addField(constant(constant.getKey(), constant.getValue()));
    }
    spec.addMethod(
            MethodSpec.constructorBuilder()
                .addJavadoc("Called by the runtime at start-up.\n")
                .addModifiers(Modifier.PUBLIC)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("contract")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement("return $L", CONTRACT)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("resourceClassName")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $S", elements.getBinaryName(type).toString())
                .build());

    MethodSpec.Builder guardFor =
        MethodSpec.methodBuilder("guardFor")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(FILTER)
            .addParameter(String.class, "methodName")
            .addParameter(
                ArrayTypeName.of(
                    ParameterizedTypeName.get(
                        ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class))),
                "parameterTypes")
            .addParameter(ENFORCER, "enforcer");
    MethodSpec.Builder locatorGuards =
        MethodSpec.methodBuilder("locators")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(ParameterizedTypeName.get(ClassName.get(List.class), LOCATOR))
            .addParameter(
                ParameterizedTypeName.get(
                    ClassName.get(Class.class), WildcardTypeName.subtypeOf(Object.class)),
                "subResourceClass")
            .addParameter(ENFORCER, "enforcer")
            .addStatement("$T<$T> locators = new $T<>()", List.class, LOCATOR, ArrayList.class);
    boolean anyLocator = false;
    for (Endpoint endpoint : endpoints) {
      CodeBlock filter = filterFor(endpoint, plan);
      // A locator by its own signature too: where a server says which locator it invoked, the
      // runtime asks for exactly that one.
      guardFor.addCode(
          "// $L: $L\n", Comments.line(endpoint.display()), Comments.line(describe(endpoint.policy())));
      guardFor.beginControlFlow("if ($L)", signatures(endpoint));
      guardFor.addStatement("return $L", filter);
      guardFor.endControlFlow();
      if (endpoint.locator()) {
        anyLocator = true;
        CodeBlock add =
            CodeBlock.of("locators.add(new $T($S, $L))", LOCATOR, endpoint.methodPath(), filter);
        locatorGuards.addCode(
            "// $L returns $L\n",
            Comments.line(endpoint.display()),
            Comments.line(endpoint.locates().toString()));
        if (endpoint.locates().toString().equals("java.lang.Object")) {
          locatorGuards.addStatement(add); // may return anything
        } else {
          locatorGuards.beginControlFlow("if ($L)", locates(endpoint));
          locatorGuards.addStatement(add);
          locatorGuards.endControlFlow();
        }
      }
    }
    guardFor.addStatement("return null");
    spec.addMethod(guardFor.build());
    if (anyLocator) {
      locatorGuards.addStatement("return locators");
      spec.addMethod(locatorGuards.build());
    }
    addPermits(spec, plan);
    spec.alwaysQualify(javaLangClashes(type));
    return JavaFile.builder(name.packageName(), spec.build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build();
  }

  /** The version of the generated-code contract this writer writes ({@code GeneratedGuards.CONTRACT}). */
  public static final int CONTRACT = 2;

  /** Cases per {@code permits} method: beyond that the switch is split into chunks. */
  static final int CHUNK = 32;

  /**
   * The numbered policies of one resource class and the permission constants they use: endpoints
   * that require the same thing, with request values taken from the same places, share a number.
   */
  private static final class Plan {
    final List<Case> cases = new ArrayList<>();
    final Map<String, Expr.Atom> constants = new LinkedHashMap<>();
    private final Map<String, String> constantOfAtom = new LinkedHashMap<>();
    private final Map<String, Case> byKey = new LinkedHashMap<>();

    Plan(List<Endpoint> endpoints) {
      for (Endpoint endpoint : endpoints) {
        Policy policy = endpoint.policy();
        if (!policy.kind().guarded() || policy.kind() == dev.bouncer.processor.model.PolicyKind.DENY_ALL) {
          continue;
        }
        String key =
            policy.kind() + "|" + policy.roles() + "|" + policy.expression() + "|" + endpoint.templates();
        if (byKey.containsKey(key)) {
          continue;
        }
        Case c = new Case(cases.size(), policy, endpoint.templates());
        cases.add(c);
        byKey.put(key, c);
        if (policy.expression() != null) {
          for (Expr.Atom atom : distinctAtoms(policy.expression())) {
            String text = atom.toString();
            if (constantOfAtom.containsKey(text)) {
              continue;
            }
            String base = constantName(text);
            String candidate = base;
            for (int i = 2; constants.containsKey(candidate); i++) {
              candidate = base + "_" + i;
            }
            constantOfAtom.put(text, candidate);
            constants.put(candidate, atom);
          }
        }
      }
    }

    Case caseOf(Endpoint endpoint) {
      Policy policy = endpoint.policy();
      return byKey.get(
          policy.kind() + "|" + policy.roles() + "|" + policy.expression() + "|" + endpoint.templates());
    }

    String constant(Expr.Atom atom) {
      return constantOfAtom.get(atom.toString());
    }
  }

  private record Case(int number, Policy policy, List<TemplateBinding> templates) {}

  /**
   * {@code permits(policy, guard, caller, request)}: one {@code switch} case per numbered policy,
   * in chunks of {@value #CHUNK} cases so that no method grows past what the JIT compiles.
   */
  private void addPermits(TypeSpec.Builder spec, Plan plan) {
    if (plan.cases.isEmpty()) {
      return; // only @DenyAll and open endpoints: the interface's default throws
    }
    MethodSpec.Builder permits =
        MethodSpec.methodBuilder("permits")
            .addAnnotation(Override.class)
            .addModifiers(Modifier.PUBLIC)
            .returns(TypeName.BOOLEAN)
            .addParameter(TypeName.INT, "policy")
            .addParameter(GUARD, "guard")
            .addParameter(SECURITY_CONTEXT, "caller")
            .addParameter(REQUEST, "request");
    if (plan.cases.size() <= CHUNK) {
      permits.addCode(switchOver(plan, plan.cases));
      spec.addMethod(permits.build());
      return;
    }
    permits.beginControlFlow("switch (policy / $L)", CHUNK);
    List<MethodSpec> chunks = new ArrayList<>();
    for (int from = 0, chunk = 0; from < plan.cases.size(); from += CHUNK, chunk++) {
      List<Case> cases = plan.cases.subList(from, Math.min(from + CHUNK, plan.cases.size()));
      String chunkName = "permits" + chunk;
      permits.addStatement("case $L: return $N(policy, guard, caller, request)", chunk, chunkName);
      chunks.add(
          MethodSpec.methodBuilder(chunkName)
              .addModifiers(Modifier.PRIVATE)
              .returns(TypeName.BOOLEAN)
              .addParameter(TypeName.INT, "policy")
              .addParameter(GUARD, "guard")
              .addParameter(SECURITY_CONTEXT, "caller")
              .addParameter(REQUEST, "request")
              .addCode(switchOver(plan, cases))
              .build());
    }
    permits.addStatement("default: throw new $T($S + policy)", IllegalArgumentException.class, "no policy ");
    permits.endControlFlow();
    spec.addMethod(permits.build());
    chunks.forEach(spec::addMethod);
  }

  private CodeBlock switchOver(Plan plan, List<Case> cases) {
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("switch (policy)");
    for (Case c : cases) {
      boolean block = !c.templates().isEmpty(); // locals need a scope of their own
      code.add(block ? "case $L: {\n" : "case $L:\n", c.number()).indent();
      code.add(decision(plan, c));
      code.unindent().add(block ? "}\n" : "");
    }
    code.addStatement("default: throw new $T($S + policy)", IllegalArgumentException.class, "no policy ");
    return code.endControlFlow().build();
  }

  /** The statements that decide one policy, ending in a return. */
  private CodeBlock decision(Plan plan, Case c) {
    Policy policy = c.policy();
    CodeBlock.Builder code = CodeBlock.builder();
    switch (policy.kind()) {
      case AUTHENTICATED -> code.addStatement("return true");
      case ROLES -> {
        List<CodeBlock> any = new ArrayList<>();
        for (String role : policy.roles()) {
          any.add(CodeBlock.of("caller.isUserInRole($S)", role));
        }
        code.addStatement("return $L", CodeBlock.join(any, " || "));
      }
      case PERMISSION -> {
        Map<String, String> locals = new LinkedHashMap<>();
        for (TemplateBinding binding : c.templates()) {
          String local = localName(binding.name(), locals.values());
          locals.put(binding.name(), local);
          code.addStatement(
              "$T $N = $T.$N(request, $S)",
              String.class,
              local,
              REQUEST_VALUES,
              binding.source().name().toLowerCase(Locale.ROOT),
              binding.key());
        }
        if (!locals.isEmpty()) {
          List<CodeBlock> missing = new ArrayList<>();
          for (String local : locals.values()) {
            missing.add(CodeBlock.of("$N == null", local));
          }
          code.beginControlFlow("if ($L)", CodeBlock.join(missing, " || "));
          code.add("// a missing, empty or repeated value: the request does not qualify\n");
          code.addStatement("return false");
          code.endControlFlow();
        }
        code.addStatement("return $L", render(policy.expression(), plan, locals, false));
      }
      default -> throw new IllegalStateException("no decision for " + policy.kind());
    }
    return code.build();
  }

  /**
   * The simple names of the resource's package's types that are also {@code java.lang} types (a
   * {@code String} or {@code Override} of the user's own): the generated code, in that package,
   * writes the {@code java.lang} ones out in full. Every other type it uses is imported by name,
   * which wins over the package's types; the nested guard classes' names JavaPoet qualifies itself.
   */
  private String[] javaLangClashes(TypeElement type) {
    return javaLangClashes(elements, elements.getPackageOf(type));
  }

  /** The simple names of {@code pkg}'s types that are also {@code java.lang} types. */
  static String[] javaLangClashes(Elements elements, javax.lang.model.element.PackageElement pkg) {
    List<String> clashes = new ArrayList<>();
    for (Element member : pkg.getEnclosedElements()) {
      String simple = member.getSimpleName().toString();
      if ((member.getKind().isClass() || member.getKind().isInterface())
          && elements.getTypeElement("java.lang." + simple) != null) {
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

  /** The expression that hands out the endpoint's filter. */
  private static CodeBlock filterFor(Endpoint endpoint, Plan plan) {
    return switch (endpoint.policy().kind()) {
      case NONE -> CodeBlock.of("NO_POLICY");
      case PERMIT_ALL -> CodeBlock.of("PERMIT_ALL");
      case DENY_ALL -> CodeBlock.of("new $T(enforcer, $S)", DENY_ALL_GUARD, endpoint.display());
      default ->
          CodeBlock.of(
              "new $T(this, $L, enforcer, $S, $S)",
              POLICY_GUARD,
              plan.caseOf(endpoint).number(),
              endpoint.display(),
              endpoint.policy().requirement());
    };
  }

  /**
   * The condition that the runtime's method is this endpoint's: its own erased signature or that
   * of a supertype method it overrides, since servers differ in which one they report.
   */
  private CodeBlock signatures(Endpoint endpoint) {
    List<CodeBlock> conditions = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    List<javax.lang.model.element.ExecutableElement> methods = new ArrayList<>();
    methods.add(endpoint.method());
    methods.addAll(endpoint.overridden());
    for (javax.lang.model.element.ExecutableElement method : methods) {
      CodeBlock types = parameterClasses(endpoint, method);
      if (seen.contains(types.toString())) {
        continue;
      }
      seen.add(types.toString());
      conditions.add(
          CodeBlock.of(
              "$T.matches(methodName, parameterTypes, $S$L)",
              GENERATED_GUARDS,
              endpoint.method().getSimpleName().toString(),
              types));
    }
    return CodeBlock.join(conditions, "\n    || ");
  }

  /** The condition that a sub-resource instance of class {@code subResourceClass} may come from it. */
  private CodeBlock locates(Endpoint endpoint) {
    TypeMirror located = endpoint.locates();
    String pkg = elements.getPackageOf(endpoint.type()).getQualifiedName().toString();
    if (accessible(located, pkg)) {
      return CodeBlock.of("$T.class.isAssignableFrom(subResourceClass)", TypeName.get(located));
    }
    return CodeBlock.of(
        "$T.isA(subResourceClass, $S)",
        GENERATED_GUARDS,
        TypeNames.runtime(types, elements, located));
  }

  private static List<Expr.Atom> distinctAtoms(Expr expr) {
    return expr.atoms().stream().distinct().toList();
  }

  static String constantName(String permission) {
    StringBuilder sb = new StringBuilder();
    for (char c : permission.toCharArray()) {
      if (Character.isLetterOrDigit(c)) {
        sb.append(Character.toUpperCase(c));
      } else if (c == '*') {
        sb.append("ANY");
      } else if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '_') {
        sb.append('_');
      }
    }
    String name = sb.toString();
    while (name.length() > 1 && name.endsWith("_")) {
      name = name.substring(0, name.length() - 1);
    }
    // Permission words are ASCII, so the name has no lower-case letter: no local is named so.
    if (!SourceVersion.isName(name)) {
      name = "P_" + name;
    }
    return name;
  }

  /**
   * A Java local for a template's value: its name where that cannot clash with anything the
   * generated method uses, else {@code value}, numbered when taken. The constants are upper case
   * (see {@link #constantName}) and the types capitalized, so a local that starts with a lower-case
   * letter never hides one; {@code caller} and {@code request} are the parameters, and {@code dev}
   * is where a fully qualified runtime type would start. Restricted identifiers ({@code var},
   * {@code yield}, {@code record}, ...) are avoided for readability.
   */
  static String localName(String template, java.util.Collection<String> taken) {
    String base = usableLocal(template) ? template : "value";
    String candidate = base;
    for (int i = 2; taken.contains(candidate); i++) {
      candidate = base + i;
    }
    return candidate;
  }

  private static final Set<String> NOT_LOCALS =
      Set.of(
          "caller", "request", "dev", "var", "yield", "record", "sealed", "permits", "when",
          "module", "open", "opens", "exports", "requires", "transitive", "to", "uses",
          "provides", "with");

  private static boolean usableLocal(String template) {
    if (template.isEmpty()
        || template.charAt(0) < 'a'
        || template.charAt(0) > 'z'
        || !SourceVersion.isName(template)
        || NOT_LOCALS.contains(template)) {
      return false;
    }
    for (char c : template.toCharArray()) {
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
        return false;
      }
    }
    return true;
  }

  private static FieldSpec constant(String name, Expr.Atom atom) {
    CodeBlock.Builder parts = CodeBlock.builder();
    List<List<Expr.Sub>> atomParts = atom.parts();
    for (int i = 0; i < atomParts.size(); i++) {
      parts.add(i == 0 ? "" : ", ");
      parts.add("new $T[] {", String.class);
      List<Expr.Sub> subs = atomParts.get(i);
      for (int j = 0; j < subs.size(); j++) {
        parts.add(j == 0 ? "$S" : ", $S", subs.get(j).toString());
      }
      parts.add("}");
    }
    ClassName type = atom.hasTemplates() ? PERMISSION_TEMPLATE : PERMISSION;
    return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.of($L)", type, parts.build())
        .build();
  }

  /** The expression as Java: {@code &&} and {@code ||} short-circuit in source order. */
  private static CodeBlock render(
      Expr expr, Plan plan, Map<String, String> locals, boolean nested) {
    if (expr instanceof Expr.Atom atom) {
      String constant = plan.constant(atom);
      if (!atom.hasTemplates()) {
        return CodeBlock.of("guard.holds(caller, $N)", constant);
      }
      List<CodeBlock> args = new ArrayList<>();
      for (List<Expr.Sub> part : atom.parts()) {
        for (Expr.Sub sub : part) {
          if (sub.kind() == Expr.Sub.Kind.TEMPLATE) {
            args.add(CodeBlock.of("$N", locals.get(sub.text())));
          }
        }
      }
      return CodeBlock.of("guard.holds(caller, $N.with($L))", constant, CodeBlock.join(args, ", "));
    }
    if (expr instanceof Expr.Not not) {
      return CodeBlock.of("!$L", render(not.operand(), plan, locals, true));
    }
    List<Expr> operands;
    String operator;
    if (expr instanceof Expr.And and) {
      operands = and.operands();
      operator = " && ";
    } else {
      operands = ((Expr.Or) expr).operands();
      operator = " || ";
    }
    List<CodeBlock> rendered = new ArrayList<>();
    for (Expr operand : operands) {
      rendered.add(render(operand, plan, locals, true));
    }
    CodeBlock joined = CodeBlock.join(rendered, operator);
    return nested ? CodeBlock.of("($L)", joined) : joined;
  }

  /**
   * The parameter types to match: class literals where the generated class can name the type, the
   * run-time type name as a string where it cannot (a private nested type, say).
   */
  private CodeBlock parameterClasses(
      Endpoint endpoint, javax.lang.model.element.ExecutableElement method) {
    CodeBlock.Builder block = CodeBlock.builder();
    String pkg = elements.getPackageOf(endpoint.type()).getQualifiedName().toString();
    for (VariableElement parameter : method.getParameters()) {
      TypeMirror erased = types.erasure(parameter.asType());
      if (accessible(erased, pkg)) {
        block.add(", $T.class", TypeName.get(erased));
      } else {
        block.add(", $S", TypeNames.runtime(types, elements, erased));
      }
    }
    return block.build();
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
