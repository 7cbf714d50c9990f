package dev.bouncer.bench.gen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes synthetic resource classes with {@code methods} resource methods in all, {@value
 * #METHODS_PER_CLASS} per class, for the compile-time and start-up benchmarks. Deterministic: the
 * same arguments write the same files.
 *
 * <p>The mix per ten methods, by index: three static permissions, two path templates, one query
 * template, one three-clause expression, one {@code @RolesAllowed}, one {@code @Authenticated} and
 * one {@code @PermitAll}; the class itself requires a static permission. Every method takes the
 * parameters its path declares.
 *
 * <p>Usage: {@code ResourceGenerator <source dir> <methods>}. Also writes {@code classes.txt}
 * (one resource class name a line) and {@code probe.txt} (a path served 200 to a caller granted
 * {@code *}) beside the source directory.
 */
public final class ResourceGenerator {
  /** Resource methods per generated class. */
  public static final int METHODS_PER_CLASS = 10;

  /** The generated package. */
  public static final String PACKAGE = "bench.generated";

  private ResourceGenerator() {}

  /**
   * Writes the sources.
   *
   * @param args the source directory and the number of methods
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 && !(args.length == 3 && args[2].equals("nopolicy"))) {
      throw new IllegalArgumentException("usage: ResourceGenerator <source dir> <methods> [nopolicy]");
    }
    Path root = Path.of(args[0]);
    int methods = Integer.parseInt(args[1]);
    List<String> classes = write(root, methods, args.length == 3);
    Path parent = root.toAbsolutePath().getParent();
    Files.write(parent.resolve("classes.txt"), classes, StandardCharsets.UTF_8);
    Files.writeString(parent.resolve("probe.txt"), "r0/m0\n", StandardCharsets.UTF_8);
    System.out.println("wrote " + classes.size() + " classes, " + methods + " methods, to " + root);
  }

  /**
   * Writes the sources under {@code root}.
   *
   * @param root the source directory
   * @param methods the number of resource methods in all; a multiple of {@value
   *     #METHODS_PER_CLASS}
   * @return the qualified names of the classes written
   * @throws IOException if a file cannot be written
   */
  public static List<String> write(Path root, int methods) throws IOException {
    return write(root, methods, false);
  }

  /**
   * Writes the sources under {@code root}, without any policy annotation if {@code noPolicy}: the
   * same resources as a module that uses no Bouncer annotation (for the processor's cost there).
   *
   * @param root the source directory
   * @param methods the number of resource methods in all
   * @param noPolicy whether to leave every policy annotation out
   * @return the qualified names of the classes written
   * @throws IOException if a file cannot be written
   */
  public static List<String> write(Path root, int methods, boolean noPolicy) throws IOException {
    if (methods <= 0 || methods % METHODS_PER_CLASS != 0) {
      throw new IllegalArgumentException("methods must be a positive multiple of " + METHODS_PER_CLASS);
    }
    Path dir = root.resolve(PACKAGE.replace('.', '/'));
    Files.createDirectories(dir);
    List<String> names = new ArrayList<>();
    for (int c = 0; c < methods / METHODS_PER_CLASS; c++) {
      String name = "Resource" + c;
      String source = noPolicy ? withoutPolicies(source(c)) : source(c);
      Files.writeString(dir.resolve(name + ".java"), source, StandardCharsets.UTF_8);
      names.add(PACKAGE + "." + name);
    }
    return names;
  }

  /** The source of class number {@code c}. */
  static String source(int c) {
    String res = "res" + c;
    StringBuilder sb = new StringBuilder();
    sb.append("package ").append(PACKAGE).append(";\n\n")
        .append("import dev.bouncer.Authenticated;\n")
        .append("import dev.bouncer.RequiresPermission;\n")
        .append("import jakarta.annotation.security.PermitAll;\n")
        .append("import jakarta.annotation.security.RolesAllowed;\n")
        .append("import jakarta.ws.rs.DELETE;\n")
        .append("import jakarta.ws.rs.GET;\n")
        .append("import jakarta.ws.rs.POST;\n")
        .append("import jakarta.ws.rs.PUT;\n")
        .append("import jakarta.ws.rs.Path;\n")
        .append("import jakarta.ws.rs.PathParam;\n")
        .append("import jakarta.ws.rs.QueryParam;\n\n")
        .append("/** Generated for Bouncer's benchmarks. */\n")
        .append("@Path(\"/r").append(c).append("\")\n")
        .append("@RequiresPermission(\"").append(res).append(":read\")\n")
        .append("public class Resource").append(c).append(" {\n");
    for (int m = 0; m < METHODS_PER_CLASS; m++) {
      String path = "m" + m;
      switch (m) {
        case 0 -> method(sb, "GET", path, null, "list" + m + "()", "\"" + res + "\"");
        case 1 -> method(sb, "POST", path, "@RequiresPermission(\"" + res + ":write\")",
            "create" + m + "(String body)", "body");
        case 2 -> method(sb, "PUT", path, "@RequiresPermission(\"" + res + ":write,import\")",
            "update" + m + "(String body)", "body");
        case 3 -> method(sb, "GET", path + "/{id}", "@RequiresPermission(\"" + res + ":read:{id}\")",
            "get" + m + "(@PathParam(\"id\") long id)", "\"\" + id");
        case 4 -> method(sb, "DELETE", path + "/{id}",
            "@RequiresPermission(\"" + res + ":delete:{id}\")",
            "delete" + m + "(@PathParam(\"id\") String id)", "id");
        case 5 -> method(sb, "GET", path, "@RequiresPermission(\"" + res + ":export:{format}\")",
            "export" + m + "(@QueryParam(\"format\") String format)", "format");
        case 6 -> method(sb, "PUT", path + "/{id}",
            "@RequiresPermission(\"" + res + ":write:{id} && !" + res + ":frozen || admin:*\")",
            "change" + m + "(@PathParam(\"id\") long id, String body)", "body + id");
        case 7 -> method(sb, "GET", path + "/audit", "@RolesAllowed({\"ops\", \"admin\"})",
            "audit" + m + "()", "\"audit\"");
        case 8 -> method(sb, "GET", path + "/me", "@Authenticated", "me" + m + "()", "\"me\"");
        default -> method(sb, "GET", path + "/health", "@PermitAll", "health" + m + "()", "\"ok\"");
      }
    }
    return sb.append("}\n").toString();
  }

  /** The source without its policy annotations (their imports stay, unused). */
  static String withoutPolicies(String source) {
    StringBuilder sb = new StringBuilder();
    for (String line : source.split("\n", -1)) {
      String t = line.strip();
      if (!(t.startsWith("@RequiresPermission") || t.startsWith("@RolesAllowed")
          || t.startsWith("@Authenticated") || t.startsWith("@PermitAll"))) {
        sb.append(line).append('\n');
      }
    }
    return sb.substring(0, sb.length() - 1);
  }

  private static void method(
      StringBuilder sb, String verb, String path, String policy, String signature, String body) {
    sb.append("\n  @").append(verb).append("\n  @Path(\"").append(path).append("\")\n");
    if (policy != null) {
      sb.append("  ").append(policy).append('\n');
    }
    sb.append("  public String ").append(signature).append(" {\n")
        .append("    return ").append(body).append(";\n  }\n");
  }
}
