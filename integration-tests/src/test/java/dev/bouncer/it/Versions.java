package dev.bouncer.it;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * What the build says a test JVM runs on, and what it really runs on: the server matrix is only as
 * true as the class path, so each server's tests check the jar names behind its classes.
 */
public final class Versions {
  private Versions() {}

  /** The version the build put in system property {@code key}; fails when the build set none. */
  public static String expected(String key) {
    String value = System.getProperty(key);
    assertNotNull(value, "the build must set system property " + key + " (see integration-tests/pom.xml)");
    return value;
  }

  /** The file name of the jar (or folder) that {@code type} was loaded from. */
  public static String jarOf(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI())
          .getFileName()
          .toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
