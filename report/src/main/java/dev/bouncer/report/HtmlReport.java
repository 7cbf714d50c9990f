package dev.bouncer.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Renders {@code policy-report.html}: one self-contained page with no script, no external asset
 * and no inline {@code style} attribute. Its only stylesheet is allowed by a SHA-256 hash in the
 * page's own Content-Security-Policy, so it works offline, from a file, and under {@code
 * default-src 'none'}.
 *
 * <p>Filtering by path, HTTP method and policy kind works without script: each filter value is a
 * radio button placed before the table, and a generated CSS rule {@code #f-k2:checked ~ main
 * tr:not(.f-k2)} hides the rows that do not match. Filters of different groups combine. Class
 * names are built from indices, never from paths or expressions, and every text from the report is
 * HTML-escaped.
 */
public final class HtmlReport implements Renderer {
  /** The file name the processor writes. */
  public static final String FILE_NAME = "policy-report.html";

  /** The renderer; it has no settings. */
  public HtmlReport() {}

  @Override
  public String fileName() {
    return FILE_NAME;
  }

  /** The page for one or several reports, keyed by a label (a file name). */
  @Override
  public String render(Map<String, Report> reports) {
    List<Rows.Row> rows = Rows.of(reports);
    Map<String, Integer> counts = Rows.countByKind(rows);
    List<String> kinds = new ArrayList<>();
    counts.forEach((k, n) -> {
      if (n > 0) {
        kinds.add(k);
      }
    });
    TreeSet<String> methods = new TreeSet<>();
    TreeSet<String> groups = new TreeSet<>();
    for (Rows.Row r : rows) {
      methods.addAll(r.endpoint().locator() ? List.of("LOCATOR") : r.endpoint().httpMethods());
      groups.add(r.group());
    }
    Map<String, String> kindIds = ids("k", kinds);
    Map<String, String> methodIds = ids("m", new ArrayList<>(methods));
    Map<String, String> groupIds = ids("p", new ArrayList<>(groups));

    String css = HtmlStyle.css(kindIds, methodIds, groupIds);
    StringBuilder h = new StringBuilder(16_384);
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
    h.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    h.append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(escape(contentSecurityPolicy(css)))
        .append("\">\n");
    h.append("<title>Bouncer policy report</title>\n<style>").append(css).append("</style>\n");
    h.append("</head>\n<body>\n");

    // The filter state: radio buttons, siblings before <main> so that CSS can read them.
    radios(h, "kind", "k", kindIds);
    radios(h, "method", "m", methodIds);
    radios(h, "path", "p", groupIds);

    h.append("<main>\n<header>\n<h1>Bouncer policy report</h1>\n<p class=\"sub\">")
        .append(rows.size())
        .append(rows.size() == 1 ? " endpoint" : " endpoints");
    if (reports.size() > 1) {
      h.append(" from ").append(reports.size()).append(" reports: ");
      h.append(escape(String.join(", ", reports.keySet())));
    }
    h.append("</p>\n</header>\n");

    summary(h, counts, rows);
    unprotected(h, rows);
    if (reports.values().stream().anyMatch(r -> !r.sourcePositions())) {
      h.append("<p class=\"dim\">")
          .append(escape(Renderer.NO_SOURCE_POSITIONS))
          .append("</p>\n");
    }

    h.append("<section class=\"filters\" aria-label=\"Filters\">\n");
    labels(h, "Policy", "k", kindIds, Rows::kindLabel);
    labels(h, "Method", "m", methodIds, m -> m);
    labels(h, "Path", "p", groupIds, g -> g);
    h.append("</section>\n");

    table(h, rows, reports.size() > 1, kindIds, methodIds, groupIds);
    h.append("<footer>Written by Bouncer. Paths of sub-resources are shown through each locator"
        + " that reaches them. Filters need no script.</footer>\n");
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  /** The page's policy: nothing but its own stylesheet, by hash. */
  public static String contentSecurityPolicy(String css) {
    return "default-src 'none'; style-src '" + styleHash(css) + "'; base-uri 'none'; form-action 'none'";
  }

  /** The CSP source expression for a stylesheet: {@code sha256-<base64>}. */
  public static String styleHash(String css) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(css.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }

  private static Map<String, String> ids(String prefix, List<String> values) {
    Map<String, String> ids = new LinkedHashMap<>();
    for (int i = 0; i < values.size(); i++) {
      ids.put(values.get(i), "f-" + prefix + i);
    }
    return ids;
  }

  private static void radios(StringBuilder h, String name, String prefix, Map<String, String> ids) {
    h.append("<input class=\"f\" type=\"radio\" name=\"")
        .append(name)
        .append("\" id=\"f-")
        .append(prefix)
        .append("-all\" checked>\n");
    for (String id : ids.values()) {
      h.append("<input class=\"f\" type=\"radio\" name=\"")
          .append(name)
          .append("\" id=\"")
          .append(id)
          .append("\">\n");
    }
  }

  private static void labels(
      StringBuilder h,
      String title,
      String prefix,
      Map<String, String> ids,
      java.util.function.Function<String, String> text) {
    h.append("<div class=\"group\"><span class=\"gt\">").append(title).append("</span>");
    h.append("<label for=\"f-").append(prefix).append("-all\">all</label>");
    ids.forEach(
        (value, id) ->
            h.append("<label for=\"")
                .append(id)
                .append("\">")
                .append(escape(text.apply(value)))
                .append("</label>"));
    h.append("</div>\n");
  }

  private static void summary(StringBuilder h, Map<String, Integer> counts, List<Rows.Row> rows) {
    h.append("<section class=\"summary\" aria-label=\"Summary\">\n");
    counts.forEach(
        (kind, n) -> {
          String cls =
              "card c-"
                  + cssKind(kind)
                  + (n == 0 ? " zero" : PolicyKind.of(kind) == PolicyKind.NONE ? " alert" : "");
          h.append("<div class=\"")
              .append(cls)
              .append("\"><span class=\"n\">")
              .append(n)
              .append("</span><span class=\"l\">")
              .append(escape(Rows.kindLabel(kind)))
              .append("</span></div>\n");
        });
    h.append("</section>\n");
  }

  private static void unprotected(StringBuilder h, List<Rows.Row> rows) {
    List<Rows.Row> open = rows.stream().filter(Rows.Row::unprotected).toList();
    if (open.isEmpty()) {
      h.append("<p class=\"ok\">Every endpoint has a policy.</p>\n");
      return;
    }
    h.append("<section class=\"warn\" aria-label=\"Unprotected endpoints\">\n<h2>")
        .append(open.size())
        .append(open.size() == 1 ? " endpoint has" : " endpoints have")
        .append(" no policy</h2>\n<p>Anyone can call ")
        .append(open.size() == 1 ? "it" : "them")
        .append(". Annotate the method or its class, or use <code>@PermitAll</code> to serve it"
            + " open on purpose.</p>\n<ul>\n");
    for (Rows.Row r : open) {
      h.append("<li><code>")
          .append(escape(r.methods()))
          .append(' ')
          .append(escape(r.path()))
          .append("</code> <span class=\"dim\">")
          .append(escape(r.endpoint().signature()))
          .append("</span></li>\n");
    }
    h.append("</ul>\n</section>\n");
  }

  private static void table(
      StringBuilder h,
      List<Rows.Row> rows,
      boolean labelled,
      Map<String, String> kindIds,
      Map<String, String> methodIds,
      Map<String, String> groupIds) {
    h.append("<table>\n<thead><tr><th>Method</th><th>Path</th><th>Policy</th><th>Origin</th>")
        .append("<th>Resource method</th><th>Source</th>")
        .append(labelled ? "<th>Report</th>" : "")
        .append("</tr></thead>\n<tbody>\n");
    for (Rows.Row r : rows) {
      Report.Endpoint e = r.endpoint();
      Report.Policy p = e.policy();
      StringBuilder cls = new StringBuilder("ep ").append(kindIds.get(p.kindName()));
      for (String m : e.locator() ? List.of("LOCATOR") : e.httpMethods()) {
        cls.append(' ').append(methodIds.get(m));
      }
      cls.append(' ').append(groupIds.get(r.group()));
      if (r.unprotected()) {
        cls.append(" unprotected");
      }
      h.append("<tr class=\"").append(cls).append("\">");
      // Method
      h.append("<td class=\"method\">");
      for (String m : e.locator() ? List.of("LOCATOR") : e.httpMethods()) {
        h.append("<span class=\"verb\">").append(escape(m)).append("</span>");
      }
      h.append("</td>");
      // Path
      h.append("<td class=\"path\"><code>").append(escape(r.path())).append("</code>");
      if (e.unreached()) {
        h.append("<div class=\"dim\">relative: no locator in the report returns ")
            .append(escape(simple(e.resourceClass())))
            .append("</div>");
      } else if (!e.locatorChains().isEmpty()) {
        for (Report.LocatorChain chain : e.locatorChains()) {
          if (chain.fullPath().equals(r.path())) {
            h.append("<div class=\"dim\">via ");
            for (int i = 0; i < chain.locators().size(); i++) {
              Report.Step s = chain.locators().get(i);
              h.append(i == 0 ? "" : " → ")
                  .append(escape(Rows.shortSignature(s.resourceClass(), s.resourceMethod())))
                  .append(" (")
                  .append(escape(Rows.kindLabel(s.policyKindName())))
                  .append(')');
            }
            h.append("</div>");
          }
        }
      }
      if (!e.produces().isEmpty() || !e.consumes().isEmpty()) {
        h.append("<div class=\"media\">");
        if (!e.consumes().isEmpty()) {
          h.append("<div>consumes ").append(escape(String.join(", ", e.consumes()))).append("</div>");
        }
        if (!e.produces().isEmpty()) {
          h.append("<div>produces ").append(escape(String.join(", ", e.produces()))).append("</div>");
        }
        h.append("</div>");
      }
      h.append("</td>");
      // Policy
      h.append("<td class=\"policy\"><span class=\"badge kind-")
          .append(cssKind(p.kindName()))
          .append("\">")
          .append(escape(r.unprotected() ? "UNPROTECTED" : Rows.kindLabel(p.kindName())))
          .append("</span>");
      if (p.kind() == PolicyKind.PERMISSION) {
        h.append("<code class=\"expr\">").append(escape(p.normalized())).append("</code>");
        if (!p.normalized().equals(p.expression())) {
          h.append("<div class=\"dim\">as written: <code>")
              .append(escape(p.expression()))
              .append("</code></div>");
        }
        for (Report.Template t : p.templates()) {
          h.append("<div class=\"tpl\"><code>{")
              .append(escape(t.name()))
              .append("}</code> ← ")
              .append(escape(t.sourceName().toLowerCase(java.util.Locale.ROOT)))
              .append(" <code>")
              .append(escape(t.key()))
              .append("</code></div>");
        }
      } else if (p.kind() == PolicyKind.ROLES) {
        h.append("<code class=\"expr\">").append(escape(String.join(", ", p.roles()))).append("</code>");
      }
      h.append("</td>");
      // Origin, resource, source
      h.append("<td class=\"origin\">").append(escape(Rows.origin(r.endpoint()))).append("</td>");
      h.append("<td class=\"res\" title=\"")
          .append(escape(e.signature()))
          .append("\">")
          .append(escape(Rows.shortSignature(e)))
          .append("</td>");
      h.append("<td class=\"src\">");
      if (e.source() != null) {
        String file = e.source().file();
        h.append(escape(file.substring(file.lastIndexOf('/') + 1)));
        if (e.source().line() > 0) {
          h.append(':').append(e.source().line());
        }
      }
      h.append("</td>");
      if (labelled) {
        h.append("<td class=\"dim\">").append(escape(r.label())).append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n");
  }

  private static String simple(String binaryName) {
    return binaryName.substring(binaryName.lastIndexOf('.') + 1);
  }

  /** The CSS name of a kind given by its spelling; every unknown kind is {@code other}. */
  private static String cssKind(String kindName) {
    PolicyKind kind = PolicyKind.of(kindName);
    return kind == PolicyKind.UNKNOWN
        ? "other"
        : kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** HTML-escapes text for element content and double- or single-quoted attributes. */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
