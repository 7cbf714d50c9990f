package dev.bouncer.processor.report;

import dev.bouncer.processor.dsl.Expr;
import dev.bouncer.processor.model.Endpoint;
import dev.bouncer.processor.model.TemplateBinding;
import dev.bouncer.processor.model.Policy;
import dev.bouncer.processor.model.TypeNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Renders {@code META-INF/bouncer/policy-report.json}: every endpoint the compiler saw, protected or
 * not, sorted, with a fixed key order, so that the same sources give byte-identical reports.
 */
public final class ReportWriter {
  /** Where the report goes in the class output. */
  public static final String LOCATION = "META-INF/bouncer/policy-report.json";

  /** Bumped when the format changes incompatibly. */
  public static final int FORMAT_VERSION = 1;

  private final Elements elements;
  private final Types types;

  public ReportWriter(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  public String render(List<Endpoint> endpoints) {
    List<Endpoint> sorted = new ArrayList<>(endpoints);
    sorted.sort(
        Comparator.comparing(Endpoint::path)
            .thenComparing(e -> String.join(",", e.httpMethods()))
            .thenComparing(e -> elements.getBinaryName(e.type()).toString())
            .thenComparing(this::signature));
    StringBuilder sb = new StringBuilder();
    sb.append("{\n");
    sb.append("  \"formatVersion\": ").append(FORMAT_VERSION).append(",\n");
    sb.append("  \"generator\": \"bouncer-processor\",\n");
    sb.append("  \"endpoints\": [");
    for (int i = 0; i < sorted.size(); i++) {
      sb.append(i == 0 ? "\n" : ",\n");
      endpoint(sb, sorted.get(i));
    }
    sb.append(sorted.isEmpty() ? "]\n" : "\n  ]\n");
    sb.append("}\n");
    return sb.toString();
  }

  private void endpoint(StringBuilder sb, Endpoint e) {
    Policy p = e.policy();
    sb.append("    {\n");
    field(sb, "httpMethods", e.locator() ? "[]" : strings(e.httpMethods()), false);
    field(sb, "path", quote(e.path()), false);
    field(sb, "rootResource", String.valueOf(e.root()), false);
    field(sb, "locator", String.valueOf(e.locator()), false);
    field(sb, "resourceClass", quote(elements.getBinaryName(e.type()).toString()), false);
    field(sb, "resourceMethod", quote(signature(e)), false);
    sb.append("      \"policy\": {\n");
    sb.append("        \"kind\": ").append(quote(p.kind().name())).append(",\n");
    if (p.written() != null) {
      sb.append("        \"expression\": ").append(quote(p.written())).append(",\n");
      sb.append("        \"normalized\": ").append(quote(p.expression().toString())).append(",\n");
    }
    if (p.expression() != null) {
      sb.append("        \"permissions\": ")
          .append(strings(permissions(p.expression())))
          .append(",\n");
    }
    if (!e.templates().isEmpty()) {
      sb.append("        \"templates\": [");
      for (int i = 0; i < e.templates().size(); i++) {
        TemplateBinding t = e.templates().get(i);
        sb.append(i == 0 ? "" : ", ")
            .append("{\"name\": ")
            .append(quote(t.name()))
            .append(", \"source\": ")
            .append(quote(t.source().name()))
            .append(", \"key\": ")
            .append(quote(t.key()))
            .append("}");
      }
      sb.append("],\n");
    }
    if (!p.roles().isEmpty()) {
      sb.append("        \"roles\": ").append(strings(p.roles())).append(",\n");
    }
    sb.append("        \"origin\": ").append(quote(p.origin().name())).append("\n");
    sb.append("      }\n");
    sb.append("    }");
  }

  private static void field(StringBuilder sb, String name, String json, boolean last) {
    sb.append("      \"").append(name).append("\": ").append(json).append(last ? "\n" : ",\n");
  }

  private String signature(Endpoint e) {
    ExecutableElement m = e.method();
    return m.getSimpleName()
        + "("
        + m.getParameters().stream()
            .map(VariableElement::asType)
            .map(t -> TypeNames.canonical(types, t))
            .collect(Collectors.joining(", "))
        + ")";
  }

  /** The distinct permissions an expression references, in order of first appearance. */
  private static List<String> permissions(Expr expr) {
    return expr.atoms().stream().map(Expr.Atom::toString).distinct().toList();
  }

  private static String strings(List<String> values) {
    return values.stream().map(ReportWriter::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  static String quote(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }
}
