package dev.bouncer.processor.validation;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * The processor's one error channel: prints every diagnostic of the {@link Message} catalogue on
 * its anchor (the exact element, annotation and value, or a syntax tree), with the kind the
 * catalogue gives it, and counts errors so that no code is generated on top of one.
 */
public final class Reporter {
  private final Messager messager;
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  /**
   * Where a diagnostic points: an element, optionally narrowed to one of its annotations and a
   * value of it; or a syntax tree, for what has no element (an anonymous or local class); or
   * nowhere, for what concerns the whole compilation.
   */
  public static final class Anchor {
    private final Element element;
    private final AnnotationMirror annotation;
    private final AnnotationValue value;
    private final Trees trees;
    private final Tree tree;
    private final CompilationUnitTree unit;

    private Anchor(
        Element element,
        AnnotationMirror annotation,
        AnnotationValue value,
        Trees trees,
        Tree tree,
        CompilationUnitTree unit) {
      this.element = element;
      this.annotation = annotation;
      this.value = value;
      this.trees = trees;
      this.tree = tree;
      this.unit = unit;
    }
  }

  /** On {@code element}, which may be null (then the diagnostic has no position). */
  public static Anchor at(Element element) {
    return new Anchor(element, null, null, null, null, null);
  }

  public static Anchor at(Element element, AnnotationMirror annotation) {
    return new Anchor(element, annotation, null, null, null, null);
  }

  public static Anchor at(Element element, AnnotationMirror annotation, AnnotationValue value) {
    return new Anchor(element, annotation, value, null, null, null);
  }

  /** On a syntax tree of {@code unit}. */
  public static Anchor at(Trees trees, Tree tree, CompilationUnitTree unit) {
    return new Anchor(null, null, null, trees, tree, unit);
  }

  /** Nowhere in particular: a diagnostic about the whole compilation. */
  public static Anchor nowhere() {
    return new Anchor(null, null, null, null, null, null);
  }

  /** Reports the main text of {@code message}, filled with {@code args}, at {@code anchor}. */
  public void report(Message message, Anchor anchor, Object... args) {
    print(message, message.format(args), anchor);
  }

  /** Reports another text of a key, filled with {@code args}, at {@code anchor}. */
  public void report(Message.Variant variant, Anchor anchor, Object... args) {
    print(variant.message(), variant.format(args), anchor);
  }

  private void print(Message message, String text, Anchor anchor) {
    Diagnostic.Kind kind = message.kind();
    if (kind == Diagnostic.Kind.ERROR) {
      errors++;
    }
    if (anchor.trees != null) {
      anchor.trees.printMessage(kind, text, anchor.tree, anchor.unit);
    } else if (anchor.element == null) {
      messager.printMessage(kind, text);
    } else {
      messager.printMessage(kind, text, anchor.element, anchor.annotation, anchor.value);
    }
  }

  /** How many errors were reported so far; compare before and after checking one element. */
  public int errorCount() {
    return errors;
  }
}
