package dev.bouncer.processor.validation;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.ImportTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.NewClassTree;
import com.sun.source.tree.ParameterizedTypeTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.TreePathScanner;
import com.sun.source.util.Trees;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Finds anonymous and local classes (declared inside a method, constructor or initializer) that
 * carry policies, and reports them: annotation processors never see such classes as elements, so
 * Bouncer cannot generate their policies, and at run time every request to them would be denied
 * with 500. Works on javac's syntax trees, before attribution, so annotation names are resolved
 * the way the compiler would: fully qualified, through the imports, the package, or enclosing
 * classes. Other compilers offer no trees: the runtime still denies such classes.
 */
public final class LocalClasses {
  private final Trees trees;
  private final Elements elements;
  private final Types types;
  private final Reporter reporter;

  private LocalClasses(Trees trees, Elements elements, Types types, Reporter reporter) {
    this.trees = trees;
    this.elements = elements;
    this.types = types;
    this.reporter = reporter;
  }

  /** A checker for this environment, or null when the compiler's tree API is not available. */
  public static LocalClasses create(ProcessingEnvironment env, Reporter reporter) {
    try {
      return new LocalClasses(
          Trees.instance(env), env.getElementUtils(), env.getTypeUtils(), reporter);
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  /** Checks every anonymous and local class inside the top-level type {@code type}. */
  public void check(TypeElement type) {
    TreePath path;
    try {
      path = trees.getPath(type);
    } catch (RuntimeException e) {
      return;
    }
    if (path == null) {
      return; // from a class file
    }
    CompilationUnitTree unit = path.getCompilationUnit();
    new TreePathScanner<Void, Void>() {
      @Override
      public Void visitClass(ClassTree node, Void unused) {
        TreePath here = getCurrentPath();
        Tree parent = here.getParentPath() == null ? null : here.getParentPath().getLeaf();
        boolean anonymous = parent instanceof NewClassTree;
        boolean local = parent != null && parent.getKind() == Tree.Kind.BLOCK;
        if (anonymous || local) {
          checkClass(node, here, unit, anonymous, (NewClassTree) (anonymous ? parent : null));
        }
        return super.visitClass(node, unused);
      }
    }.scan(path, null);
  }

  private void checkClass(
      ClassTree node, TreePath path, CompilationUnitTree unit, boolean anonymous, NewClassTree created) {
    String what =
        anonymous
            ? Message.Part.ANONYMOUS_CLASS.text(enclosing(path))
            : Message.Part.NAMED_LOCAL_CLASS.text(node.getSimpleName(), enclosing(path));
    for (AnnotationTree annotation : node.getModifiers().getAnnotations()) {
      String policy = policyName(annotation, path, unit);
      if (policy != null) {
        reporter.report(Message.LOCAL_CLASS, Reporter.at(trees, annotation, unit), what, policy);
      }
    }
    for (Tree member : node.getMembers()) {
      if (member instanceof MethodTree method) {
        for (AnnotationTree annotation : method.getModifiers().getAnnotations()) {
          String policy = policyName(annotation, path, unit);
          if (policy != null) {
            reporter.report(
                Message.Variant.LOCAL_CLASS_METHOD,
                Reporter.at(trees, annotation, unit),
                what,
                policy,
                method.getName());
          }
        }
      }
    }
    List<Tree> supertypes = new ArrayList<>();
    if (created != null) {
      supertypes.add(created.getIdentifier());
    } else {
      if (node.getExtendsClause() != null) {
        supertypes.add(node.getExtendsClause());
      }
      supertypes.addAll(node.getImplementsClause());
    }
    for (Tree supertype : supertypes) {
      TypeElement resolved = resolve(supertype, path, unit);
      if (resolved == null) {
        continue;
      }
      boolean abstractType =
          resolved.getKind() == ElementKind.INTERFACE
              || resolved.getModifiers().contains(Modifier.ABSTRACT);
      String inherited = abstractType ? policyIn(resolved) : null;
      if (inherited != null) {
        reporter.report(
            resolved.getKind() == ElementKind.INTERFACE
                ? Message.Variant.LOCAL_CLASS_IMPLEMENTS
                : Message.Variant.LOCAL_CLASS_EXTENDS,
            Reporter.at(trees, supertype, unit),
            what,
            resolved.getSimpleName(),
            inherited);
      }
    }
  }

  /** {@code R.sub()}: the member method, constructor or class whose body holds the class. */
  private String enclosing(TreePath path) {
    String type = null;
    String method = null;
    for (TreePath p = path.getParentPath(); p != null; p = p.getParentPath()) {
      Tree leaf = p.getLeaf();
      if (method == null && leaf instanceof MethodTree m) {
        method = m.getName().contentEquals("<init>") ? "its constructor" : m.getName() + "()";
      }
      if (leaf instanceof ClassTree c && !c.getSimpleName().isEmpty()) {
        Tree parent = p.getParentPath() == null ? null : p.getParentPath().getLeaf();
        if (!(parent instanceof NewClassTree) && (parent == null || parent.getKind() != Tree.Kind.BLOCK)) {
          type = c.getSimpleName().toString();
          break;
        }
      }
    }
    if (type == null) {
      return method == null ? "an initializer" : method;
    }
    if (method == null) {
      return type + " (an initializer)";
    }
    return method.equals("its constructor") ? "a constructor of " + type : type + "." + method;
  }

  /**
   * {@code @RequiresPermission} or {@code @AdminOnly (meta: @RequiresPermission)} if the
   * annotation is a policy annotation or a composed one; else null.
   */
  private String policyName(AnnotationTree annotation, TreePath path, CompilationUnitTree unit) {
    TypeElement type = resolve(annotation.getAnnotationType(), path, unit);
    if (type == null) {
      return null;
    }
    String name = type.getQualifiedName().toString();
    if (PolicyAnnotations.POLICIES.contains(name)) {
      return PolicyReader.simple(name);
    }
    List<PolicyAnnotations.Found> through = PolicyAnnotations.through(type);
    if (through.isEmpty()) {
      return null;
    }
    return "@" + type.getSimpleName() + " (meta: " + PolicyReader.simple(through.get(0).policy()) + ")";
  }

  /** A policy annotation on {@code type}, a supertype, or a method of one; null if none. */
  private String policyIn(TypeElement type) {
    List<TypeMirror> todo = new ArrayList<>(List.of(type.asType()));
    List<Element> seen = new ArrayList<>();
    while (!todo.isEmpty()) {
      TypeMirror next = todo.remove(0);
      if (next.getKind() != TypeKind.DECLARED) {
        continue;
      }
      TypeElement t = (TypeElement) ((DeclaredType) next).asElement();
      if (seen.contains(t) || t.getQualifiedName().contentEquals("java.lang.Object")) {
        continue;
      }
      seen.add(t);
      for (PolicyAnnotations.Found f : PolicyAnnotations.on(t)) {
        return f.writtenName() + " on " + t.getSimpleName();
      }
      for (ExecutableElement m : ElementFilter.methodsIn(t.getEnclosedElements())) {
        for (PolicyAnnotations.Found f : PolicyAnnotations.on(m)) {
          return f.writtenName() + " on " + t.getSimpleName() + "." + m.getSimpleName() + "()";
        }
      }
      todo.addAll(types.directSupertypes(next));
    }
    return null;
  }

  /**
   * The type a name in the source refers to, resolved as javac would before attribution: a
   * qualified name, a single-type import, a type of the same package or enclosing classes, an
   * on-demand import, {@code java.lang}. Null when it resolves to nothing known.
   */
  private TypeElement resolve(Tree name, TreePath path, CompilationUnitTree unit) {
    if (name instanceof ParameterizedTypeTree parameterized) {
      name = parameterized.getType();
    }
    if (name instanceof AnnotationTree) {
      return null;
    }
    String text = name.toString();
    if (text.isEmpty()) {
      return null;
    }
    String first = text.contains(".") ? text.substring(0, text.indexOf('.')) : text;
    String rest = text.contains(".") ? text.substring(text.indexOf('.')) : "";
    // a qualified name as written
    TypeElement found = text.contains(".") ? elements.getTypeElement(text) : null;
    if (found != null) {
      return found;
    }
    // a type nested in an enclosing class (or inherited by one)
    for (TreePath p = path; p != null; p = p.getParentPath()) {
      if (p.getLeaf() instanceof ClassTree) {
        Element e;
        try {
          e = trees.getElement(p);
        } catch (RuntimeException ex) {
          e = null;
        }
        if (e instanceof TypeElement enclosing) {
          for (TypeElement member : ElementFilter.typesIn(elements.getAllMembers(enclosing))) {
            if (member.getSimpleName().contentEquals(first)) {
              TypeElement t = nested(member, rest);
              if (t != null) {
                return t;
              }
            }
          }
        }
      }
    }
    List<String> onDemand = new ArrayList<>();
    for (ImportTree imported : unit.getImports()) {
      if (imported.isStatic()) {
        continue;
      }
      String q = imported.getQualifiedIdentifier().toString();
      if (q.endsWith("." + first)) {
        TypeElement t = elements.getTypeElement(q + rest);
        if (t != null) {
          return t;
        }
      } else if (q.endsWith(".*")) {
        onDemand.add(q.substring(0, q.length() - 2));
      }
    }
    String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
    TypeElement samePackage = elements.getTypeElement(pkg.isEmpty() ? text : pkg + "." + text);
    if (samePackage != null) {
      return samePackage;
    }
    for (String p : onDemand) {
      TypeElement t = elements.getTypeElement(p + "." + text);
      if (t != null) {
        return t;
      }
    }
    return elements.getTypeElement("java.lang." + text);
  }

  private static TypeElement nested(TypeElement type, String rest) {
    TypeElement current = type;
    for (String part : rest.isEmpty() ? new String[0] : rest.substring(1).split("\\.")) {
      TypeElement next = null;
      for (TypeElement member : ElementFilter.typesIn(current.getEnclosedElements())) {
        if (member.getSimpleName().contentEquals(part)) {
          next = member;
        }
      }
      if (next == null) {
        return null;
      }
      current = next;
    }
    return current;
  }
}
