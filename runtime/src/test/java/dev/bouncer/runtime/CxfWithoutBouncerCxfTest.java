package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check CXF runs with every bus: bouncer-cxf's extension must be listed. */
class CxfWithoutBouncerCxfTest {
  @TempDir Path dir;

  private ClassLoader loaderWith(String... lines) throws Exception {
    Path file = dir.resolve(CxfWithoutBouncerCxf.RESOURCE);
    Files.createDirectories(file.getParent());
    Files.write(file, java.util.List.of(lines));
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
  }

  @Test
  void listedWhenALineNamesTheExtension() throws Exception {
    assertTrue(
        CxfWithoutBouncerCxf.listed(
            loaderWith("# comment", "dev.bouncer.cxf.BouncerBusExtension::false")));
    assertTrue(CxfWithoutBouncerCxf.listed(loaderWith(" dev.bouncer.cxf.BouncerBusExtension ")));
  }

  @Test
  void notListedOtherwise() throws Exception {
    assertFalse(
        CxfWithoutBouncerCxf.listed(
            loaderWith(
                "# dev.bouncer.cxf.BouncerBusExtension::false",
                "dev.bouncer.runtime.CxfWithoutBouncerCxf::false",
                "dev.bouncer.cxf.BouncerBusExtensionX::false")));
    assertFalse(CxfWithoutBouncerCxf.listed(new URLClassLoader(new URL[0], null)));
    assertFalse(CxfWithoutBouncerCxf.listed(null));
  }

  @Test
  void refusesWhenNeitherLoaderListsIt() throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(new URLClassLoader(new URL[0], null));
    try (LogCapture log = LogCapture.start()) {
      // A class this test's loader has stands for CXF's JAX-RS frontend.
      IllegalStateException refused =
          assertThrows(
              IllegalStateException.class,
              () -> new CxfWithoutBouncerCxf(BouncerFeature.class.getName()));
      assertEquals(CxfWithoutBouncerCxf.MESSAGE, refused.getMessage());
      assertEquals(1, log.records().size());
      assertEquals(java.util.logging.Level.SEVERE, log.records().get(0).getLevel());
      assertTrue(log.records().get(0).getMessage().contains("dev.bouncer:bouncer-cxf"));
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  @Test
  void acceptsWhenTheContextLoaderListsIt() throws Exception {
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(loaderWith("dev.bouncer.cxf.BouncerBusExtension::false"));
    try {
      new CxfWithoutBouncerCxf();
    } finally {
      thread.setContextClassLoader(before);
    }
  }

  @Test
  void leavesABusAloneWhereCxfHasNoJaxRsFrontend() throws Exception {
    // CXF for JAX-WS only: no Jakarta REST resource to protect, nothing to refuse. The runtime's
    // test class path has no CXF at all.
    Thread thread = Thread.currentThread();
    ClassLoader before = thread.getContextClassLoader();
    thread.setContextClassLoader(new URLClassLoader(new URL[0], null));
    try (LogCapture log = LogCapture.start()) {
      new CxfWithoutBouncerCxf();
      assertEquals(0, log.records().size());
    } finally {
      thread.setContextClassLoader(before);
    }
  }
}
