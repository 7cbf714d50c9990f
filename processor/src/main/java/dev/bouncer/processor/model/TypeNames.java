package dev.bouncer.processor.model;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Names of erased types, free of type annotations: {@code java.util.List}, {@code int}, {@code
 * java.lang.String[]}.
 */
public final class TypeNames {
  private TypeNames() {}

  /** The canonical name of the erasure, as people write it: {@code a.Outer.Inner[]}. */
  public static String canonical(Types types, TypeMirror type) {
    return name(types, null, type);
  }

  /**
   * The name {@link Class#getTypeName()} gives for the erasure at run time: {@code
   * a.Outer$Inner[]}.
   */
  public static String runtime(Types types, Elements elements, TypeMirror type) {
    return name(types, elements, type);
  }

  private static String name(Types types, Elements elements, TypeMirror type) {
    TypeMirror erased = types.erasure(type);
    if (erased.getKind() == TypeKind.ARRAY) {
      return name(types, elements, ((ArrayType) erased).getComponentType()) + "[]";
    }
    if (erased.getKind() == TypeKind.DECLARED) {
      TypeElement element = (TypeElement) ((DeclaredType) erased).asElement();
      return elements == null
          ? element.getQualifiedName().toString()
          : elements.getBinaryName(element).toString();
    }
    if (erased.getKind().isPrimitive()) {
      return erased.getKind().name().toLowerCase(java.util.Locale.ROOT);
    }
    return erased.toString();
  }

  /** Whether the type, or an array's component, or a type argument, is not yet resolved. */
  public static boolean hasErrors(TypeMirror type) {
    if (type.getKind() == TypeKind.ERROR) {
      return true;
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return hasErrors(((ArrayType) type).getComponentType());
    }
    if (type.getKind() == TypeKind.DECLARED) {
      for (TypeMirror arg : ((DeclaredType) type).getTypeArguments()) {
        if (hasErrors(arg)) {
          return true;
        }
      }
    }
    return false;
  }
}
