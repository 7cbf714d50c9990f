package dev.bouncer.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static java.util.stream.Collectors.toList;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.bouncer.processor.report.HumanReports;
import dev.bouncer.report.HtmlReport;
import dev.bouncer.report.MarkdownReport;
import dev.bouncer.report.OriginKind;
import dev.bouncer.report.PolicyKind;
import dev.bouncer.report.Renderer;
import dev.bouncer.report.Report;
import dev.bouncer.report.ReportJson;
import dev.bouncer.report.TemplateSource;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The policy report (format 2) of a representative shop: an {@code @ApplicationPath}, media types,
 * every policy kind, a sub-resource two locators deep, an unprotected class, and a path full of
 * markup characters. Checked against golden files (JSON, Markdown and HTML; see {@link
 * GoldenFiles}) and field by field.
 */
class PolicyReportTest {
  private static final List<String> INPUTS =
      List.of(
          "inputs/report/ShopApplication.java",
          "inputs/report/CatalogResource.java",
          "inputs/report/Reviews.java",
          "inputs/report/Replies.java",
          "inputs/report/LegacyResource.java");

  private static Compilation compilation;
  private static Report report;

  @BeforeAll
  static void compile() {
    compilation = javac().withOptions("-Abouncer.reportDir=none").compile(sources());
    assertThat(compilation).succeededWithoutWarnings();
    report = ReportJson.read(TestSources.reportJson(compilation));
  }

  @Test
  void json_matchesGoldenFile() {
    GoldenFiles.check("report/policy-report.json", TestSources.reportJson(compilation));
  }

  @Test
  void markdown_matchesGoldenFile() {
    GoldenFiles.check("report/policy-report.md", new MarkdownReport().render(Map.of("", report)));
  }

  @Test
  void html_matchesGoldenFile() {
    GoldenFiles.check("report/policy-report.html", new HtmlReport().render(Map.of("", report)));
  }

  @Test
  void json_readBackAndWrittenAgain_isTheSameText() {
    assertThat(ReportJson.write(report)).isEqualTo(TestSources.reportJson(compilation));
  }

  @Test
  void rootPaths_startWithTheApplicationPath_subResourcePathsStayRelative() {
    assertThat(report.applications())
        .containsExactly(new Report.Application("com.acme.shop.ShopApplication", "/api"));
    assertThat(endpoint("com.acme.shop.CatalogResource#list(java.lang.String)").path())
        .isEqualTo("/api/catalog");
    assertThat(endpoint("com.acme.legacy.LegacyResource#probe()").path()).isEqualTo("/api/legacy");
    assertThat(endpoint("com.acme.shop.Reviews#add(java.lang.String, java.lang.String)").path())
        .isEqualTo("/");
  }

  @Test
  void subResourceTwoLocatorsDeep_hasItsChainAndFullPath() {
    Report.Endpoint odd = endpoint("com.acme.shop.Replies#odd()");
    assertThat(odd.rootResource()).isFalse();
    assertThat(odd.locatorChains()).hasSize(1);
    Report.LocatorChain chain = odd.locatorChains().get(0);
    assertThat(chain.fullPath()).isEqualTo("/api/catalog/{sku}/reviews/{review}/replies/<b>&\"quoted\"");
    assertThat(chain.locators())
        .containsExactly(
            new Report.Step(
                "com.acme.shop.CatalogResource",
                "reviews(java.lang.String)",
                "/api/catalog/{sku}/reviews",
                PolicyKind.PERMIT_ALL),
            new Report.Step(
                "com.acme.shop.Reviews",
                "replies(java.lang.String)",
                "/api/catalog/{sku}/reviews/{review}/replies",
                PolicyKind.PERMIT_ALL))
        .inOrder();
    assertThat(odd.fullPaths()).containsExactly(chain.fullPath());
    assertThat(odd.policy().origin()).isEqualTo(new Report.Origin(OriginKind.CLASS, "com.acme.shop.Replies"));
  }

  @Test
  void mediaTypes_comeFromTheMethodElseTheClass_splitAtCommas() {
    Report.Endpoint add = endpoint("com.acme.shop.CatalogResource#add(java.lang.String)");
    assertThat(add.produces()).containsExactly("application/json");
    assertThat(add.consumes())
        .containsExactly("application/json", "text/plain", "text/csv")
        .inOrder();
    assertThat(endpoint("com.acme.shop.CatalogResource#stats()").produces())
        .containsExactly("text/csv");
    assertThat(endpoint("com.acme.legacy.LegacyResource#ping()").produces()).isEmpty();
  }

  @Test
  void sourcePositions_pointAtTheMethodDeclaration() throws IOException {
    Report.Endpoint stats = endpoint("com.acme.shop.CatalogResource#stats()");
    assertThat(stats.source().file()).isEqualTo("com/acme/shop/CatalogResource.java");
    List<String> lines = lines("inputs/report/CatalogResource.java");
    // The declaration starts with its first annotation.
    assertThat(lines.get(stats.source().line() - 1).strip()).isEqualTo("@GET");
    assertThat(lines.get(stats.source().line()).strip()).isEqualTo("@Path(\"stats\")");
  }

  @Test
  void policies_carryKindExpressionTemplatesAndOrigin() {
    Report.Policy add = endpoint("com.acme.shop.Reviews#add(java.lang.String, java.lang.String)").policy();
    assertThat(add.kind()).isEqualTo(PolicyKind.PERMISSION);
    assertThat(add.permissions()).containsExactly("reviews:write:{region}");
    assertThat(add.templates()).containsExactly(new Report.Template("region", TemplateSource.QUERY, "region"));
    assertThat(add.origin())
        .isEqualTo(
            new Report.Origin(
                OriginKind.METHOD, "com.acme.shop.Reviews#add(java.lang.String, java.lang.String)"));
    Report.Policy stats = endpoint("com.acme.shop.CatalogResource#stats()").policy();
    assertThat(stats.roles()).containsExactly("ops", "auditor").inOrder();
    Report.Policy ping = endpoint("com.acme.legacy.LegacyResource#ping()").policy();
    assertThat(ping.kind()).isEqualTo(PolicyKind.NONE);
    assertThat(ping.origin()).isEqualTo(new Report.Origin(OriginKind.NONE, null));
  }

  @Test
  void humanReports_goWhereAsked_andNeverIntoTheClassOutput(@TempDir Path dir) throws IOException {
    Compilation c =
        javac().withOptions("-Abouncer.reportDir=" + dir.resolve("out")).compile(sources());

    assertThat(c).succeededWithoutWarnings();
    String html = Files.readString(dir.resolve("out/policy-report.html"), StandardCharsets.UTF_8);
    String md = Files.readString(dir.resolve("out/policy-report.md"), StandardCharsets.UTF_8);
    assertThat(html).isEqualTo(new HtmlReport().render(Map.of("", report)));
    assertThat(md).isEqualTo(new MarkdownReport().render(Map.of("", report)));
    List<String> generated =
        c.generatedFiles().stream().map(JavaFileObject::getName).collect(toList());
    assertThat(generated.stream().filter(n -> n.endsWith(".html") || n.endsWith(".md")).toList())
        .isEmpty();
  }

  @Test
  void humanReports_thatCannotBeWritten_areOneWarning_notAFailure(@TempDir Path dir)
      throws IOException {
    Path file = Files.writeString(dir.resolve("taken"), "a file, not a directory");

    Compilation c = javac().withOptions("-Abouncer.reportDir=" + file).compile(sources());

    assertThat(c).succeeded();
    assertThat(c).hadWarningCount(1);
    assertThat(c)
        .hadWarningContaining(
            "[BouncerReport] could not write the HTML and Markdown reports to " + file);
    assertThat(c)
        .hadWarningContaining(
            "Set -Abouncer.reportDir=DIR to choose another directory, or =none to skip them.");
  }

  @Test
  void defaultDirectory_isBesideTheClassOutput() {
    URI main = URI.create("file:///p/target/classes/META-INF/bouncer/policy-report.json");
    URI test = URI.create("file:///p/target/test-classes/META-INF/bouncer/policy-report.json");
    assertThat(HumanReports.directory(null, main)).isEqualTo(Path.of("/p/target/bouncer"));
    assertThat(HumanReports.directory(null, test))
        .isEqualTo(Path.of("/p/target/bouncer-test-classes"));
    assertThat(HumanReports.directory("none", main)).isNull();
    assertThat(HumanReports.directory("/tmp/r", main)).isEqualTo(Path.of("/tmp/r"));
    // compile-testing's in-memory output, or a jar file system: no default.
    assertThat(HumanReports.directory(null, URI.create("mem:///CLASS_OUTPUT/x/y/z.json"))).isNull();
  }

  /**
   * Build tools that wrap javac's processing environment (and other compilers) offer no tree API:
   * the report then leaves source positions out instead of failing.
   */
  @Test
  void withoutJavacsTreeApi_sourcePositionsAreLeftOut() {
    Compilation c =
        Compiler.javac()
            .withProcessors(new WrappedEnvironment(new BouncerProcessor()))
            .withOptions("-Abouncer.reportDir=none")
            .compile(sources());

    assertThat(c).succeeded();
    Report wrapped = ReportJson.read(TestSources.reportJson(c));
    assertThat(wrapped.endpoints()).hasSize(report.endpoints().size());
    assertThat(wrapped.endpoints().stream().filter(e -> e.source() != null).toList()).isEmpty();
    // Said, not silent: in the JSON, and in the human reports rendered from it.
    assertThat(wrapped.sourcePositions()).isFalse();
    assertThat(TestSources.reportJson(c)).contains("\n  \"sourcePositions\": false,\n");
    assertThat(new MarkdownReport().render(Map.of("", wrapped)))
        .contains(MarkdownReport.text(Renderer.NO_SOURCE_POSITIONS));
    assertThat(new HtmlReport().render(Map.of("", wrapped)))
        .contains(HtmlReport.escape(Renderer.NO_SOURCE_POSITIONS));
    assertThat(report.sourcePositions()).isTrue();
    assertThat(TestSources.reportJson(compilation)).doesNotContain("sourcePositions");
  }

  @Test
  void applicationPathOnANonApplicationClass_isIgnored() {
    JavaFileObject notAnApp =
        JavaFileObjects.forSourceLines(
            "test.NotAnApp",
            "package test;",
            "@jakarta.ws.rs.ApplicationPath(\"nope\")",
            "@jakarta.ws.rs.Path(\"x\")",
            "public class NotAnApp {",
            "  @jakarta.ws.rs.GET public String get() { return null; }",
            "}");
    Compilation c = javac().withOptions("-Abouncer.reportDir=none").compile(notAnApp);
    Report r = ReportJson.read(TestSources.reportJson(c));
    assertThat(r.applications()).isEmpty();
    assertThat(r.endpoints().get(0).path()).isEqualTo("/x");
  }

  @Test
  void reader_rejectsNewerFormats_andMissingFields() {
    IllegalArgumentException newer =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReportJson.read("{\"formatVersion\": 3, \"endpoints\": []}"));
    assertThat(newer).hasMessageThat().contains("formatVersion 3 is not supported");
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReportJson.read("{\"formatVersion\": 2, \"endpoints\": [{\"path\": \"/x\"}]}"));
    assertThat(missing).hasMessageThat().contains("endpoint 0");
  }

  @Test
  void reader_acceptsVersion1() {
    String v1 = GoldenFiles.read("report/policy-report-v1.json");
    Report r = ReportJson.read(v1);
    assertThat(r.formatVersion()).isEqualTo(1);
    assertThat(r.endpoints().get(0).policy().origin()).isEqualTo(new Report.Origin(OriginKind.METHOD, null));
  }

  // ---------------------------------------------------------------------------------------------

  private static Report.Endpoint endpoint(String signature) {
    return report.endpoints().stream()
        .filter(e -> e.signature().equals(signature))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no endpoint " + signature));
  }

  private static Compiler javac() {
    return Compiler.javac().withProcessors(new BouncerProcessor());
  }

  private static List<JavaFileObject> sources() {
    return INPUTS.stream().map(JavaFileObjects::forResource).collect(toList());
  }

  private static List<String> lines(String resource) throws IOException {
    try (var in = PolicyReportTest.class.getClassLoader().getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
  }

  /** Runs a processor with a processing environment that is not javac's own object. */
  private static final class WrappedEnvironment extends AbstractProcessor {
    private final AbstractProcessor delegate;

    WrappedEnvironment(AbstractProcessor delegate) {
      this.delegate = delegate;
    }

    @Override
    public synchronized void init(ProcessingEnvironment env) {
      super.init(env);
      InvocationHandler forward =
          (proxy, method, args) -> {
            try {
              return method.invoke(env, args);
            } catch (InvocationTargetException e) {
              throw e.getCause();
            }
          };
      delegate.init(
          (ProcessingEnvironment)
              Proxy.newProxyInstance(
                  ProcessingEnvironment.class.getClassLoader(),
                  new Class<?>[] {ProcessingEnvironment.class},
                  forward));
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public Set<String> getSupportedOptions() {
      return delegate.getSupportedOptions();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }
  }
}
