package dev.bouncer.processor.discovery;

import java.util.regex.Pattern;

/** Joins Jakarta REST paths. */
public final class JaxRsPaths {
  private static final Pattern SLASHES = Pattern.compile("/+");

  private JaxRsPaths() {}

  /** Joins class and method paths as Jakarta REST does: one slash between, a leading slash. */
  public static String join(String classPath, String methodPath) {
    String joined = "/" + strip(classPath) + "/" + strip(methodPath);
    if (joined.contains("//")) {
      joined = SLASHES.matcher(joined).replaceAll("/");
    }
    if (joined.length() > 1 && joined.endsWith("/")) {
      joined = joined.substring(0, joined.length() - 1);
    }
    return joined;
  }

  private static String strip(String path) {
    String p = path.strip();
    while (p.startsWith("/")) {
      p = p.substring(1);
    }
    while (p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    return p;
  }
}
