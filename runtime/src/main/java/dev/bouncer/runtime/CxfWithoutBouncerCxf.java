package dev.bouncer.runtime;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;

/**
 * Stops Apache CXF from serving an application that Bouncer does not protect. CXF reads none of the
 * Jakarta REST service files that switch Bouncer on elsewhere; {@code bouncer-cxf} switches it on
 * there, through a bus extension. This class is listed in the runtime's own {@code
 * META-INF/cxf/bus-extensions.txt}, which CXF reads whenever it creates a bus: when no {@code
 * bus-extensions.txt} on the class path lists {@code bouncer-cxf}'s extension, it logs why and
 * throws, which stops CXF from creating the bus, so no endpoint is served open.
 *
 * <p>It names no type of CXF's: CXF creates it by its public no-argument constructor. Not for
 * direct use.
 */
public final class CxfWithoutBouncerCxf {
  /** The bus extension of {@code bouncer-cxf} that switches Bouncer on in every CXF server. */
  static final String EXTENSION = "dev.bouncer.cxf.BouncerBusExtension";

  /**
   * A class of CXF's JAX-RS frontend ({@code cxf-rt-frontend-jaxrs}), without which a CXF bus
   * serves no Jakarta REST resource: an application that uses CXF for JAX-WS only is left alone.
   */
  static final String JAXRS_FRONTEND = "org.apache.cxf.jaxrs.JAXRSServerFactoryBean";

  /** Where CXF finds bus extensions. */
  static final String RESOURCE = "META-INF/cxf/bus-extensions.txt";

  static final String MESSAGE =
      "Bouncer: bouncer-runtime is on the class path of this Apache CXF application, but"
          + " bouncer-cxf is not (or its META-INF/cxf/bus-extensions.txt was lost when the"
          + " application's jars were merged). CXF reads none of the files that switch Bouncer on"
          + " with other servers, so every JAX-RS endpoint on this bus would be served without"
          + " Bouncer's checks; the bus is not created. Add the dependency dev.bouncer:bouncer-cxf"
          + " (the same version as bouncer-runtime) beside bouncer-runtime; it is needed wherever"
          + " CXF's JAX-RS frontend is on the class path, even where CXF is used only as a JAX-RS"
          + " client, and does nothing to clients. When building one jar of all dependencies, append"
          + " every META-INF/cxf/bus-extensions.txt (maven-shade-plugin: AppendingTransformer).";

  /**
   * Called by CXF for each bus it creates.
   *
   * @throws IllegalStateException if {@code bouncer-cxf}'s bus extension is not listed
   */
  public CxfWithoutBouncerCxf() {
    this(JAXRS_FRONTEND);
  }

  /** As above, with {@code frontend} standing for CXF's JAX-RS frontend (for tests). */
  CxfWithoutBouncerCxf(String frontend) {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    ClassLoader own = CxfWithoutBouncerCxf.class.getClassLoader();
    if (!present(frontend, context) && !present(frontend, own)) {
      return; // CXF without its JAX-RS frontend (JAX-WS, say) serves no Jakarta REST resource
    }
    if (!listed(context) && !listed(own)) {
      Activation.LOG.severe(MESSAGE);
      throw new IllegalStateException(MESSAGE);
    }
  }

  /** Whether {@code loader} can load the class {@code name} (without initializing it). */
  static boolean present(String name, ClassLoader loader) {
    if (loader == null) {
      return false;
    }
    try {
      Class.forName(name, false, loader);
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /**
   * Whether a {@code bus-extensions.txt} that {@code loader} finds lists {@code bouncer-cxf}'s
   * extension. An unreadable file counts as not listing it.
   */
  static boolean listed(ClassLoader loader) {
    if (loader == null) {
      return false;
    }
    try {
      Enumeration<URL> files = loader.getResources(RESOURCE);
      while (files.hasMoreElements()) {
        if (lists(files.nextElement())) {
          return true;
        }
      }
      return false;
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  private static boolean lists(URL file) throws IOException {
    try (BufferedReader lines =
        new BufferedReader(new InputStreamReader(file.openStream(), StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        String entry = line.strip();
        int colon = entry.indexOf(':');
        if (!entry.startsWith("#")
            && (colon < 0 ? entry : entry.substring(0, colon)).strip().equals(EXTENSION)) {
          return true;
        }
      }
    }
    return false;
  }
}
