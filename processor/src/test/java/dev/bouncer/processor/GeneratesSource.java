package dev.bouncer.processor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * A second annotation processor for tests, run beside Bouncer's: it writes one source file in its
 * first round, as code generators such as MapStruct, Immutables or AutoValue do for their types,
 * so that Bouncer meets a type that exists only from the second round on.
 */
final class GeneratesSource extends AbstractProcessor {
  private final String qualifiedName;
  private final String source;
  private boolean done;

  /**
   * @param qualifiedName the type to write, or null to write nothing (the type never appears)
   * @param lines its source, one line each
   */
  GeneratesSource(String qualifiedName, String... lines) {
    this.qualifiedName = qualifiedName;
    this.source = String.join("\n", lines) + "\n";
  }

  /** A processor that runs and writes nothing. */
  static GeneratesSource nothing() {
    return new GeneratesSource(null);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (done || qualifiedName == null) {
      return false;
    }
    done = true;
    try (Writer out = processingEnv.getFiler().createSourceFile(qualifiedName).openWriter()) {
      out.write(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
