package dev.bouncer.report;

import static dev.bouncer.report.Fixtures.endpoint;
import static dev.bouncer.report.Fixtures.kind;
import static dev.bouncer.report.Fixtures.permission;
import static dev.bouncer.report.Fixtures.report;
import static dev.bouncer.report.Fixtures.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The HTML report's structure, read back with jsoup as a browser would parse it. */
class HtmlReportTest {
  private static final String HOSTILE_PATH = "/x/<script>alert(1)</script>";

  private static String html;
  private static Document doc;

  @BeforeAll
  static void render() {
    Report report =
        report(
            endpoint("GET", "/orders", permission("orders:read")),
            endpoint("DELETE", "/orders/{id}", permission("orders:cancel && !orders:frozen || admin:*")),
            endpoint("POST", "/orders", kind(PolicyKind.AUTHENTICATED)),
            endpoint("GET", "/status", kind(PolicyKind.NONE)),
            endpoint("GET", "/health", kind(PolicyKind.PERMIT_ALL)),
            endpoint("GET", "/audit", roles("ops", "<b>admin</b>")),
            endpoint("PUT", HOSTILE_PATH, kind(PolicyKind.NONE)),
            endpoint("LOCATOR", "/orders/{id}/items", kind(PolicyKind.PERMIT_ALL)));
    html = new HtmlReport().render(Map.of("", report));
    doc = Jsoup.parse(html);
  }

  @Test
  void onePage_noScript_noExternalAsset_noInlineStyleAttribute() {
    assertTrue(doc.select("script").isEmpty());
    assertTrue(doc.select("link, img, iframe, object, embed").isEmpty());
    assertTrue(doc.select("[style]").isEmpty());
    assertTrue(doc.select("[src]").isEmpty());
    for (Element a : doc.select("[href]")) {
      assertTrue(a.attr("href").startsWith("#"), a.outerHtml());
    }
    assertFalse(html.contains("url("), "the stylesheet must not load anything");
    assertFalse(html.contains("@import"));
    assertEquals(1, doc.select("style").size());
  }

  @Test
  void itsContentSecurityPolicy_allowsExactlyItsOwnStylesheet() throws Exception {
    String csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
    assertTrue(csp.startsWith("default-src 'none'; "), csp);
    String css = doc.selectFirst("style").data();
    byte[] digest = java.security.MessageDigest.getInstance("SHA-256").digest(css.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    String hash = "sha256-" + java.util.Base64.getEncoder().encodeToString(digest);
    assertTrue(csp.contains("style-src '" + hash + "'"), csp + " vs " + hash);
  }

  @Test
  void everyEndpointIsARow_unprotectedOnesFlagged() {
    Elements rows = doc.select("main table tbody tr");
    assertEquals(8, rows.size());
    Elements flagged = doc.select("tbody tr.unprotected");
    assertEquals(
        List.of("/status", HOSTILE_PATH),
        flagged.stream().map(r -> r.selectFirst("td.path code").text()).toList());
    for (Element row : flagged) {
      assertEquals("UNPROTECTED", row.selectFirst("td.policy .badge").text());
    }
    Element warning = doc.selectFirst("section.warn");
    assertTrue(warning.text().startsWith("2 endpoints have no policy"), warning.text());
  }

  @Test
  void summary_countsEachKind() {
    Map<String, String> counts = new LinkedHashMap<>();
    for (Element card : doc.select("section.summary .card")) {
      counts.put(card.selectFirst(".l").text(), card.selectFirst(".n").text());
    }
    assertEquals(
        Map.of(
            "unprotected", "2",
            "@PermitAll", "2",
            "@Authenticated", "1",
            "@RolesAllowed", "1",
            "@RequiresPermission", "2",
            "@DenyAll", "0"),
        counts);
    assertTrue(doc.selectFirst("section.summary .c-none").hasClass("alert"));
  }

  @Test
  void userText_isEscaped_neverMarkup() {
    assertTrue(doc.select("main b").isEmpty(), "a role name became markup");
    assertFalse(html.contains("<script>"));
    assertTrue(doc.select("td.path code").stream().anyMatch(c -> c.text().equals(HOSTILE_PATH)));
    assertTrue(doc.select("td.policy code").stream().anyMatch(c -> c.text().equals("ops, <b>admin</b>")));
  }

  /**
   * The filters are CSS-only: each option is a radio button before {@code <main>}, with a label
   * in the filter bar, and a rule that hides the rows without the option's class. Check that, for
   * every option, exactly the rows with the matching kind, method or path group carry the class.
   */
  @Test
  void filters_haveARadioALabelAndARule_andRowsCarryTheirClasses() {
    String css = doc.selectFirst("style").data();
    Elements radios = doc.select("body > input.f[type=radio]");
    assertEquals(Set.of("kind", "method", "path"), radios.stream().map(r -> r.attr("name")).collect(Collectors.toSet()));
    for (String group : List.of("k", "m", "p")) {
      assertTrue(doc.selectFirst("#f-" + group + "-all").hasAttr("checked"), group);
    }
    Map<String, String> labelById = new LinkedHashMap<>();
    for (Element label : doc.select("section.filters label")) {
      labelById.put(label.attr("for"), label.text());
    }
    for (Element radio : radios) {
      String id = radio.id();
      assertTrue(labelById.containsKey(id), "no label for " + id);
      if (id.endsWith("-all")) {
        continue;
      }
      assertTrue(css.contains("#" + id + ":checked~main tbody tr:not(." + id + "){display:none}"), id);
      String option = labelById.get(id);
      for (Element row : doc.select("tbody tr")) {
        boolean expected =
            switch (id.charAt(2)) {
              case 'k' -> row.selectFirst(".badge").text().equals(option.equals("unprotected") ? "UNPROTECTED" : option);
              case 'm' -> row.select(".verb").eachText().contains(option);
              default -> group(row.selectFirst("td.path code").text()).equals(option);
            };
        assertEquals(expected, row.hasClass(id), id + " (" + option + ") on " + row.text());
      }
    }
    // Class names come from indices, never from what the report says.
    Pattern classes = Pattern.compile("class=\"([^\"]*)\"");
    Matcher m = classes.matcher(html);
    while (m.find()) {
      assertTrue(m.group(1).matches("[a-z0-9 -]*"), m.group(1));
    }
  }

  private static String group(String path) {
    int next = path.indexOf('/', 1);
    return next < 0 ? path : path.substring(0, next);
  }

  @Test
  void anEmptyReport_rendersAPageThatSaysSo() {
    Document empty = Jsoup.parse(new HtmlReport().render(Map.of("", report())));
    assertEquals("0 endpoints", empty.selectFirst("p.sub").text());
    assertTrue(empty.select("tbody tr").isEmpty());
    assertEquals("Every endpoint has a policy.", empty.selectFirst("p.ok").text());
  }

  @Test
  void mergedReports_showWhereEachRowCameFrom() {
    Map<String, Report> two = new LinkedHashMap<>();
    two.put("orders.jar", report(endpoint("GET", "/orders", permission("orders:read"))));
    two.put("billing.jar", report(endpoint("GET", "/invoices", kind(PolicyKind.NONE))));
    Document merged = Jsoup.parse(new HtmlReport().render(two));
    assertEquals("Report", merged.select("thead th").last().text());
    assertEquals(
        List.of("billing.jar", "orders.jar"),
        merged.select("tbody tr").stream().map(r -> r.select("td").last().text()).toList());
  }
}
