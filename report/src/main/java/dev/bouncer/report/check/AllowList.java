package dev.bouncer.report.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Endpoints exempt from {@code check}'s rules, one per line: {@code METHOD /full/path}, where
 * METHOD may be {@code *} for any method; blank lines and text after {@code #} are ignored. Paths
 * must match exactly, as the report prints them.
 */
public final class AllowList {
  /**
   * One entry.
   *
   * @param method an HTTP method, upper case, or {@code *}
   * @param path the full path
   * @param line the line of the file it was read from, for messages
   */
  public record Entry(String method, String path, int line) {
    /** Whether it exempts a row with these methods (joined with commas) and full path. */
    public boolean matches(String methods, String fullPath) {
      return path.equals(fullPath)
          && (method.equals("*") || List.of(methods.split(",")).contains(method));
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  private final List<Entry> entries;

  private AllowList(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  /** The entries, in file order. */
  public List<Entry> entries() {
    return entries;
  }

  /** An allow-list that exempts nothing. */
  public static AllowList empty() {
    return new AllowList(List.of());
  }

  /**
   * Reads an allow-list file.
   *
   * @throws IllegalArgumentException naming the file and line, when it cannot be read or a line
   *     is not {@code METHOD /path}
   */
  public static AllowList read(Path file) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the allow-list " + file + ": " + e, e);
    }
    List<Entry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      line = (hash < 0 ? line : line.substring(0, hash)).strip();
      if (line.isEmpty()) {
        continue;
      }
      String[] parts = line.split("\\s+", 2);
      if (parts.length != 2 || !parts[1].startsWith("/")) {
        throw new IllegalArgumentException(
            file
                + ":"
                + (i + 1)
                + ": expected 'METHOD /path' (METHOD may be *), found '"
                + line
                + "'");
      }
      entries.add(new Entry(parts[0].toUpperCase(java.util.Locale.ROOT), parts[1], i + 1));
    }
    return new AllowList(entries);
  }

  /** The first entry that exempts a row with these methods and full path, or null. */
  public Entry find(String methods, String path) {
    for (Entry e : entries) {
      if (e.matches(methods, path)) {
        return e;
      }
    }
    return null;
  }
}
