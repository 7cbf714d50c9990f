package dev.bouncer.cli;

import static dev.bouncer.report.Fixtures.endpoint;
import static dev.bouncer.report.Fixtures.kind;
import static dev.bouncer.report.Fixtures.permission;
import static dev.bouncer.report.Fixtures.report;
import static dev.bouncer.report.Fixtures.roles;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.report.Report;
import dev.bouncer.report.ReportJson;
import dev.bouncer.report.PolicyKind;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool's exit codes and output, run in-process as {@code java -jar} would run it. */
class CliTest {
  @TempDir Path dir;

  private String out;
  private String err;

  private int run(String... args) {
    StringWriter o = new StringWriter();
    StringWriter e = new StringWriter();
    int code = BouncerCli.run(new PrintWriter(o), new PrintWriter(e), args);
    out = o.toString();
    err = e.toString();
    return code;
  }

  private Path write(String name, Report report) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, ReportJson.write(report), StandardCharsets.UTF_8);
    return file;
  }

  private static final Report CLEAN =
      report(
          endpoint("GET", "/orders", permission("orders:read")),
          endpoint("GET", "/health", kind(PolicyKind.PERMIT_ALL)),
          endpoint("DELETE", "/orders/{id}", kind(PolicyKind.DENY_ALL)),
          endpoint("LOCATOR", "/orders/{id}/items", kind(PolicyKind.NONE)));

  // ---- check --------------------------------------------------------------------------------

  @Test
  void check_clean_exits0() throws IOException {
    assertEquals(0, run("check", write("r.json", CLEAN).toString()), err);
    assertTrue(out.contains("no rule broken"), out);
  }

  @Test
  void check_unprotectedEndpoint_exits1_andNamesIt() throws IOException {
    Path r = write("r.json", report(endpoint("GET", "/status", kind(PolicyKind.NONE))));
    assertEquals(1, run("check", r.toString()));
    assertTrue(out.contains("[unprotected] GET /status  com.acme.Api#get_status() (com/acme/Api.java:12)"), out);
  }

  @Test
  void check_allowListedEndpoint_exits0_andStaleEntriesAreNoted() throws IOException {
    Path r = write("r.json", report(endpoint("GET", "/status", kind(PolicyKind.NONE))));
    Path allow = dir.resolve("allow.txt");
    Files.writeString(allow, "# open on purpose\nGET /status   # load balancer probe\n* /gone\n");
    assertEquals(0, run("check", "--allow-list", allow.toString(), r.toString()), out + err);
    assertTrue(out.contains("allow-list line 3 (* /gone) exempts nothing"), out);
  }

  @Test
  void check_malformedAllowList_exits2() throws IOException {
    Path r = write("r.json", CLEAN);
    Path allow = dir.resolve("allow.txt");
    Files.writeString(allow, "GET status\n");
    assertEquals(2, run("check", "--allow-list", allow.toString(), r.toString()));
    assertTrue(err.contains("allow.txt:1: expected 'METHOD /path'"), err);
  }

  @Test
  void check_permitAllOnPost_exits1_unlessSwitchedOff() throws IOException {
    Path r = write("r.json", report(endpoint("POST", "/newsletter", kind(PolicyKind.PERMIT_ALL))));
    assertEquals(1, run("check", r.toString()));
    assertTrue(out.contains("[permit-all-unsafe] POST /newsletter"), out);
    assertEquals(0, run("check", "--disable", "permit-all-unsafe", r.toString()));
  }

  @Test
  void check_optionalRules_areOffUntilEnabled() throws IOException {
    Path r = write("r.json", report(endpoint("GET", "/audit", roles("ops"))));
    assertEquals(0, run("check", r.toString()));
    assertEquals(1, run("check", "--enable", "roles-allowed", r.toString()));
    assertEquals(1, run("check", "--enable=permit-all", write("c.json", CLEAN).toString()));
  }

  @Test
  void check_unknownRule_orMissingFile_orNotAReport_exits2() throws IOException {
    Path r = write("r.json", CLEAN);
    assertEquals(2, run("check", "--enable", "nope", r.toString()));
    assertTrue(err.contains("unknown rule 'nope'"), err);
    assertEquals(2, run("check", dir.resolve("missing.json").toString()));
    Path notJson = dir.resolve("x.json");
    Files.writeString(notJson, "{\"formatVersion\": 2, \"endpoints\": [1]}");
    assertEquals(2, run("check", notJson.toString()));
    assertTrue(err.contains("is not a Bouncer policy report"), err);
    assertEquals(2, run("check"));
  }

  @Test
  void check_readsTheReportInsideAJar() throws IOException {
    Path jar = dir.resolve("service.jar");
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream zip = new JarOutputStream(file)) {
      zip.putNextEntry(new JarEntry("META-INF/bouncer/policy-report.json"));
      zip.write(ReportJson.write(report(endpoint("GET", "/status", kind(PolicyKind.NONE)))).getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    assertEquals(1, run("check", jar.toString()));
    assertTrue(out.contains("[unprotected] GET /status"), out);
  }

  // ---- diff ---------------------------------------------------------------------------------

  @Test
  void diff_loosened_exits1_withTheCallerNowLetIn() throws IOException {
    Path before = write("old.json", report(endpoint("DELETE", "/orders/{id}", permission("orders:cancel && !orders:frozen"))));
    Path after = write("new.json", report(endpoint("DELETE", "/orders/{id}", permission("orders:cancel"))));
    assertEquals(1, run("diff", before.toString(), after.toString()));
    assertTrue(out.contains("LOOSENED       DELETE /orders/{id}"), out);
    assertTrue(out.contains("now let in: a caller holding only orders:cancel, orders:frozen"), out);
    assertTrue(out.contains("1 loosened, 0 incomparable, 0 tightened"), out);
  }

  @Test
  void diff_tightenedOrReworded_exits0() throws IOException {
    Path before = write("old.json", report(endpoint("GET", "/a", permission("a || b")), endpoint("GET", "/b", permission("x && y"))));
    Path after = write("new.json", report(endpoint("GET", "/a", permission("a")), endpoint("GET", "/b", permission("y && x"))));
    assertEquals(0, run("diff", before.toString(), after.toString()));
    assertTrue(out.contains("TIGHTENED      GET /a"), out);
    assertTrue(out.contains("UNCHANGED      GET /b"), out);
  }

  @Test
  void diff_incomparableOnly_exits3() throws IOException {
    Path before = write("old.json", report(endpoint("GET", "/a", permission("a"))));
    Path after = write("new.json", report(endpoint("GET", "/a", roles("admin"))));
    assertEquals(3, run("diff", before.toString(), after.toString()));
    assertTrue(out.contains("INCOMPARABLE   GET /a"), out);
  }

  @Test
  void diff_addedOpenEndpoint_exits1_addedProtectedOrRemoved_exits0() throws IOException {
    Path before = write("old.json", report(endpoint("GET", "/a", permission("a"))));
    Path open = write("open.json", report(endpoint("GET", "/a", permission("a")), endpoint("GET", "/new", kind(PolicyKind.NONE))));
    Path closed = write("closed.json", report(endpoint("GET", "/new", permission("n"))));
    assertEquals(1, run("diff", before.toString(), open.toString()));
    assertTrue(out.contains("ADDED (open)   GET /new"), out);
    assertEquals(0, run("diff", before.toString(), closed.toString()));
    assertTrue(out.contains("REMOVED        GET /a"), out);
  }

  @Test
  void diff_identicalReports_exits0() throws IOException {
    Path r = write("r.json", CLEAN);
    assertEquals(0, run("diff", r.toString(), r.toString()));
    assertTrue(out.contains("No endpoint or policy changed."), out);
  }

  @Test
  void diff_markdown_escapesPipesForTables() throws IOException {
    Path before = write("old.json", report(endpoint("GET", "/a", permission("a && b"))));
    Path after = write("new.json", report(endpoint("GET", "/a", permission("a || b"))));
    assertEquals(1, run("diff", "--format", "markdown", before.toString(), after.toString()));
    assertTrue(out.contains("| **LOOSENED** | `GET /a` | `a && b` | `a \\|\\| b` |"), out);
    assertTrue(out.contains("[!CAUTION]"), out);
  }

  @Test
  void diff_wrongArity_exits2() throws IOException {
    assertEquals(2, run("diff", write("r.json", CLEAN).toString()));
  }

  // ---- render -------------------------------------------------------------------------------

  @Test
  void render_mergesReports_intoOnePage() throws IOException {
    Path a = write("orders.json", CLEAN);
    Path b = write("billing.json", report(endpoint("GET", "/invoices", permission("billing:read"))));
    Path html = dir.resolve("out/report.html");
    Path md = dir.resolve("out/report.md");
    assertEquals(0, run("render", a.toString(), b.toString(), "--html", html.toString(), "--markdown", md.toString()), err);
    String page = Files.readString(html);
    assertTrue(page.contains("from 2 reports: orders.json, billing.json"), page);
    assertTrue(page.contains("/invoices") && page.contains("/orders"));
    assertTrue(Files.readString(md).contains("| Report |"));
  }

  @Test
  void render_markdownOfALargeReport_fitsInAPullRequestComment_andPointsToThePage()
      throws IOException {
    Report.Endpoint[] many = new Report.Endpoint[2_000];
    for (int i = 0; i < many.length; i++) {
      many[i] =
          endpoint(
              "GET",
              String.format("/api/warehouses/{warehouse}/inventory/items-%04d/{item}", i),
              i % 50 == 0 ? kind(PolicyKind.NONE) : permission("inventory:read:item" + i + " || admin:*"));
    }
    Path r = write("big.json", report(many));
    Path md = dir.resolve("big.md");
    assertEquals(
        0,
        run("render", r.toString(), "--html", dir.resolve("all.html").toString(), "--markdown", md.toString()),
        err);
    String text = Files.readString(md, StandardCharsets.UTF_8);
    assertTrue(text.getBytes(StandardCharsets.UTF_8).length <= 60_000, "" + text.length());
    assertTrue(text.indexOf("> **40 endpoints have no policy**") < text.indexOf("> [!NOTE]"), text);
    assertTrue(text.contains("The full report is the HTML page written with it, all.html."), text);
    assertTrue(Files.size(dir.resolve("all.html")) > 65_536);
  }

  @Test
  void aReportThatIsNotJson_exits2_namingTheFile() throws IOException {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"formatVersion\": 2, \"formatVersion\": 2, \"endpoints\": []}");
    assertEquals(2, run("check", bad.toString()));
    assertTrue(err.contains("bad.json is not a Bouncer policy report: invalid JSON"), err);
    assertTrue(err.contains("formatVersion"), err);
  }

  @Test
  void render_toStandardOutput() throws IOException {
    assertEquals(0, run("render", write("r.json", CLEAN).toString(), "--markdown", "-"));
    assertTrue(out.startsWith("## Bouncer policy report"), out);
  }

  @Test
  void render_withoutAnOutput_exits2() throws IOException {
    assertEquals(2, run("render", write("r.json", CLEAN).toString()));
    assertTrue(err.contains("--html FILE and/or --markdown FILE"), err);
    assertFalse(Files.exists(dir.resolve("policy-report.html")));
  }

  @Test
  void help_listsTheExitCodes() {
    assertEquals(0, run("--help"));
    assertTrue(out.contains("Exit codes:") && out.contains("3   diff: nothing plainly loosened"), out);
  }
}
