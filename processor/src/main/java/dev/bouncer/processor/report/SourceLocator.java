package dev.bouncer.processor.report;

import dev.bouncer.report.Report;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * Source file and line of an element, through javac's {@code com.sun.source.util.Trees}. Other
 * compilers (ECJ), and build tools that wrap javac's processing environment, do not offer it:
 * {@link #create} then answers null and the report leaves positions out.
 */
final class SourceLocator {
  private final Trees trees;

  private SourceLocator(Trees trees) {
    this.trees = trees;
  }

  /** A locator for this environment, or null when the compiler's tree API is not available. */
  static SourceLocator create(ProcessingEnvironment env) {
    try {
      return new SourceLocator(Trees.instance(env));
    } catch (RuntimeException | LinkageError e) {
      return null;
    }
  }

  /**
   * The element's file, relative to its source root ({@code com/acme/OrdersResource.java}), and
   * the line where its declaration, annotations included, starts; null if unknown.
   */
  Report.Source locate(Element element) {
    try {
      TreePath path = trees.getPath(element);
      if (path == null) {
        return null;
      }
      CompilationUnitTree unit = path.getCompilationUnit();
      String name = unit.getSourceFile().getName().replace('\\', '/');
      name = name.substring(name.lastIndexOf('/') + 1);
      String pkg = unit.getPackageName() == null ? "" : unit.getPackageName().toString();
      String file = pkg.isEmpty() ? name : pkg.replace('.', '/') + "/" + name;
      Tree tree = path.getLeaf();
      long start = trees.getSourcePositions().getStartPosition(unit, tree);
      int line = start < 0 ? 0 : (int) unit.getLineMap().getLineNumber(start);
      return new Report.Source(file, line);
    } catch (RuntimeException e) {
      return null;
    }
  }
}
