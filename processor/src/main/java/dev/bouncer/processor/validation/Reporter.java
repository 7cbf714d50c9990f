package dev.bouncer.processor.validation;

import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/**
 * Reports diagnostics on the exact element, annotation and value, and remembers whether any error
 * was reported so that no code is generated on top of one.
 */
public final class Reporter {
  private final Messager messager;
  private int errors;

  public Reporter(Messager messager) {
    this.messager = messager;
  }

  public void error(
      Message message,
      String text,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {
    errors++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(text), element, annotation, value);
  }

  public void error(Message message, String text, Element element, AnnotationMirror annotation) {
    error(message, text, element, annotation, null);
  }

  public void error(Message message, String text, Element element) {
    error(message, text, element, null, null);
  }

  /** An error at a syntax tree, for what has no element (an anonymous or local class). */
  public void error(
      Message message,
      String text,
      com.sun.source.util.Trees trees,
      com.sun.source.tree.Tree tree,
      com.sun.source.tree.CompilationUnitTree unit) {
    errors++;
    trees.printMessage(Diagnostic.Kind.ERROR, message.format(text), tree, unit);
  }

  public void warning(
      Message message,
      String text,
      Element element,
      AnnotationMirror annotation,
      AnnotationValue value) {
    messager.printMessage(
        Diagnostic.Kind.WARNING, message.format(text), element, annotation, value);
  }

  /** How many errors were reported so far; compare before and after checking one element. */
  public int errorCount() {
    return errors;
  }
}
