package dev.bouncer.processor.codegen;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes, once per compilation that has resources, the classes that switch Bouncer on where the
 * runtime's own service files are not read: a {@code @Provider} dynamic feature and feature, found
 * by servers that scan the application's classes (Quarkus's index, RESTEasy and Jersey scanning),
 * and, when Jersey is on the class path, a {@code ForcedAutoDiscoverable} listed in Jersey's
 * service file, which Jersey runs even with auto-discovery and service loading turned off. Each
 * delegates to the runtime's discovered classes, which stand aside for a configured {@code
 * BouncerFeature}. Not written for named modules, which get the runtime's {@code provides}.
 */
public final class ActivationWriter {
  /** {@code -Abouncer.activation=false}: write none of these classes. */
  public static final String OPTION = "bouncer.activation";

  static final ClassName RUNTIME_FEATURE =
      ClassName.get("dev.bouncer.runtime", "DiscoveredBouncerFeature");
  static final ClassName SCANNED_FEATURE =
      ClassName.get("dev.bouncer.runtime", "ScannedBouncerFeature");
  static final ClassName SCANNED_GATE = ClassName.get("dev.bouncer.runtime", "ScannedBouncerGate");
  static final ClassName RUNTIME_GATE =
      ClassName.get("dev.bouncer.runtime", "DiscoveredBouncerGate");
  static final ClassName JERSEY_FORCED =
      ClassName.get("org.glassfish.jersey.internal.spi", "ForcedAutoDiscoverable");
  private static final ClassName PROVIDER = ClassName.get("jakarta.ws.rs.ext", "Provider");
  private static final ClassName DYNAMIC_FEATURE =
      ClassName.get("jakarta.ws.rs.container", "DynamicFeature");
  private static final ClassName RESOURCE_INFO =
      ClassName.get("jakarta.ws.rs.container", "ResourceInfo");
  private static final ClassName FEATURE_TYPE = ClassName.get("jakarta.ws.rs.core", "Feature");
  private static final ClassName FEATURE_CONTEXT =
      ClassName.get("jakarta.ws.rs.core", "FeatureContext");
  private static final ClassName CONFIGURATION =
      ClassName.get("jakarta.ws.rs.core", "Configuration");
  private static final ClassName CONSTRAINED_TO = ClassName.get("jakarta.ws.rs", "ConstrainedTo");
  private static final ClassName RUNTIME_TYPE = ClassName.get("jakarta.ws.rs", "RuntimeType");

  /** The simple names of the generated classes. */
  public static final String FEATURE = "Bouncer_Activation";

  public static final String GATE = "Bouncer_ActivationGate";
  public static final String JERSEY = "Bouncer_JerseyActivation";

  private final Elements elements;
  private final Filer filer;
  private boolean written;

  public ActivationWriter(Elements elements, Filer filer) {
    this.elements = elements;
    this.filer = filer;
  }

  /**
   * Writes the classes into the package of {@code anchor}, the first time it is called with a type
   * of an unnamed module while the runtime is on the class path.
   */
  public void writeOnce(TypeElement anchor) throws IOException {
    if (written) {
      return;
    }
    written = true;
    ModuleElement module = elements.getModuleOf(anchor);
    if (module != null && !module.isUnnamed()) {
      return;
    }
    if (elements.getTypeElement(SCANNED_FEATURE.canonicalName()) == null
        || elements.getTypeElement(SCANNED_GATE.canonicalName()) == null) {
      return;
    }
    PackageElement pkg = elements.getPackageOf(anchor);
    String packageName = pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
    String[] clashes = GuardsPlanner.javaLangClashes(elements, pkg);
    write(packageName, feature(anchor), clashes);
    write(packageName, gate(anchor), clashes);
    if (elements.getTypeElement(JERSEY_FORCED.canonicalName()) != null) {
      write(packageName, jersey(anchor), clashes);
      FileObject services =
          filer.createResource(
              StandardLocation.CLASS_OUTPUT,
              "",
              "META-INF/services/" + JERSEY_FORCED.canonicalName(),
              anchor);
      try (Writer out = services.openWriter()) {
        out.write((packageName.isEmpty() ? JERSEY : packageName + "." + JERSEY) + "\n");
      }
    }
  }

  private void write(String packageName, TypeSpec type, String[] javaLangClashes)
      throws IOException {
    JavaFile.builder(packageName, type.toBuilder().alwaysQualify(javaLangClashes).build())
        .skipJavaLangImports(true)
        .indent("  ")
        .build()
        .writeTo(filer);
  }

  private static AnnotationSpec generated() {
    return AnnotationSpec.builder(GuardsWriter.GENERATED)
        .addMember("value", "$S", GuardsWriter.GENERATOR)
        .build();
  }

  static TypeSpec feature(Element origin) {
    return TypeSpec.classBuilder(FEATURE)
        .addOriginatingElement(origin)
        .addJavadoc("Switches Bouncer on where the application's classes are scanned for providers.\n")
        .addAnnotation(PROVIDER)
        .addAnnotation(generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(DYNAMIC_FEATURE)
        .addField(
            FieldSpec.builder(DYNAMIC_FEATURE, "delegate", Modifier.PRIVATE, Modifier.FINAL)
                .initializer("new $T()", SCANNED_FEATURE)
                .build())
        .addMethod(
            MethodSpec.methodBuilder("configure")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(RESOURCE_INFO, "resourceInfo")
                .addParameter(FEATURE_CONTEXT, "context")
                .addStatement("delegate.configure(resourceInfo, context)")
                .build())
        .build();
  }

  static TypeSpec gate(Element origin) {
    return TypeSpec.classBuilder(GATE)
        .addOriginatingElement(origin)
        .addJavadoc("Switches Bouncer's sub-resource gate on where the application's classes are scanned.\n")
        .addAnnotation(PROVIDER)
        .addAnnotation(generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(FEATURE_TYPE)
        .addMethod(
            MethodSpec.methodBuilder("configure")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(FEATURE_CONTEXT, "context")
                .addStatement("return new $T().configure(context)", SCANNED_GATE)
                .build())
        .build();
  }

  static TypeSpec jersey(Element origin) {
    return TypeSpec.classBuilder(JERSEY)
        .addOriginatingElement(origin)
        .addJavadoc(
            "Switches Bouncer on in Jersey even with auto-discovery or service loading turned off\n"
                + "(jersey.config.disableAutoDiscovery, jakarta.ws.rs.loadServices=false, ...).\n")
        .addAnnotation(
            AnnotationSpec.builder(CONSTRAINED_TO).addMember("value", "$T.SERVER", RUNTIME_TYPE).build())
        .addAnnotation(generated())
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addSuperinterface(JERSEY_FORCED)
        .addMethod(
            MethodSpec.methodBuilder("configure")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(FEATURE_CONTEXT, "context")
                .addStatement("$T config = context.getConfiguration()", CONFIGURATION)
                .beginControlFlow("if (!config.isRegistered($T.class))", RUNTIME_FEATURE)
                .addStatement("context.register($T.class)", RUNTIME_FEATURE)
                .endControlFlow()
                .beginControlFlow("if (!config.isRegistered($T.class))", RUNTIME_GATE)
                .addStatement("context.register($T.class)", RUNTIME_GATE)
                .endControlFlow()
                .build())
        .build();
  }
}
