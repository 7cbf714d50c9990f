package dev.bouncer.bench.gen;

import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * An annotation processor that does nothing, for the compile-time benchmark: what javac costs a
 * module merely because a processor is present, before Bouncer does any work. It supports the
 * annotation types named by {@code -Anoop.types} (a comma-separated list; default {@code *}, as
 * Bouncer supports), so {@code -Anoop.types=jakarta.ws.rs.Path} shows what a processor that
 * supported only {@code @Path} would cost. It never claims anything and generates nothing.
 */
public final class NoopProcessor extends AbstractProcessor {
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    String types = processingEnv.getOptions().getOrDefault("noop.types", "*");
    return Set.of(types.split(","));
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of("noop.types");
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return false;
  }
}
