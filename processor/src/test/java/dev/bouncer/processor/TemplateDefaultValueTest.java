package dev.bouncer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.bouncer.processor.TestSources.compile;
import static dev.bouncer.processor.TestSources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A template bound to a parameter with {@code @DefaultValue}: the method would run with the
 * default, the check sees no value and denies, so the processor warns (see docs/dsl.md).
 */
class TemplateDefaultValueTest {

  @Test
  void templateBoundToAQueryParameterWithADefault_warnsOnTheDefault() {
    JavaFileObject file =
        source(
            "Reports",
            "import jakarta.ws.rs.DefaultValue;",
            "import jakarta.ws.rs.QueryParam;",
            "@Path(\"/reports\")",
            "public class Reports {",
            "  @GET @RequiresPermission(\"reports:export:{format}\")",
            "  public String export(",
            "      @QueryParam(\"format\") @DefaultValue(\"csv\") String format) {",
            "    return format;",
            "  }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[BouncerTemplateDefault] {format} takes its value from the query parameter format,"
                + " which has @DefaultValue(\"csv\"): a request without it is denied (403)")
        .inFile(file)
        .onLineContaining("@DefaultValue(\"csv\")");
    assertThat(compilation).hadWarningContaining("@SuppressWarnings(\"bouncer:template\")");
  }

  @Test
  void templateBoundToAHeaderWithADefault_fromAClassLevelPolicy_warns() {
    JavaFileObject file =
        source(
            "Regions",
            "import jakarta.ws.rs.DefaultValue;",
            "import jakarta.ws.rs.HeaderParam;",
            "@Path(\"/regions\")",
            "@RequiresPermission(\"region:{X-Region}\")",
            "public class Regions {",
            "  @GET public String get(@HeaderParam(\"X-Region\") @DefaultValue(\"eu\") String r) {",
            "    return r;",
            "  }",
            "}");

    Compilation compilation = compile(file);

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining("{X-Region} takes its value from the header X-Region")
        .inFile(file)
        .onLineContaining("@DefaultValue(\"eu\")");
  }

  @Test
  void suppressed_orWithoutADefault_isSilent() {
    JavaFileObject file =
        source(
            "Reports",
            "import jakarta.ws.rs.DefaultValue;",
            "import jakarta.ws.rs.QueryParam;",
            "@Path(\"/reports\")",
            "public class Reports {",
            "  @GET @RequiresPermission(\"reports:export:{format}\")",
            "  @SuppressWarnings(\"bouncer:template\")",
            "  public String export(",
            "      @QueryParam(\"format\") @DefaultValue(\"csv\") String format) {",
            "    return format;",
            "  }",
            "  @GET @Path(\"plain\") @RequiresPermission(\"reports:export:{format}\")",
            "  public String plain(@QueryParam(\"format\") String format) { return format; }",
            "  @GET @Path(\"unchecked\") @RequiresPermission(\"reports:read\")",
            "  public String unchecked(@QueryParam(\"format\") @DefaultValue(\"csv\") String f) {",
            "    return f;",
            "  }",
            "}");

    assertThat(compile(file)).succeededWithoutWarnings();
  }
}
