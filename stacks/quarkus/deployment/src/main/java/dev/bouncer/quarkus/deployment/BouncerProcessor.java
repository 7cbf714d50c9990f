package dev.bouncer.quarkus.deployment;

import dev.bouncer.Authenticated;
import dev.bouncer.RequiresPermission;
import dev.bouncer.quarkus.ConfiguredBouncerFeature;
import dev.bouncer.quarkus.ConfiguredBouncerGate;
import dev.bouncer.quarkus.QuarkusBouncer;
import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.BouncerFeature;
import dev.bouncer.runtime.spi.GeneratedGuards;
import io.quarkus.arc.deployment.AdditionalBeanBuildItem;
import io.quarkus.arc.deployment.BuildTimeConditionBuildItem;
import io.quarkus.arc.deployment.UnremovableBeanBuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.annotations.BuildStep;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.FeatureBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.resteasy.common.spi.ResteasyJaxrsProviderBuildItem;
import io.quarkus.resteasy.reactive.spi.DynamicFeatureBuildItem;
import io.quarkus.resteasy.reactive.spi.JaxrsFeatureBuildItem;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.jandex.AnnotationInstance;
import org.jboss.jandex.AnnotationTarget;
import org.jboss.jandex.ClassInfo;
import org.jboss.jandex.DotName;
import org.jboss.jandex.IndexView;

/**
 * The build steps of Bouncer's Quarkus extension: the feature's name, the beans, Bouncer's features
 * registered with Quarkus REST or RESTEasy Classic, and what Bouncer loads reflectively at start-up
 * registered for native images.
 */
public class BouncerProcessor {
  /** Created by Quarkus. */
  public BouncerProcessor() {}

  static final String FEATURE = "bouncer";

  static final DotName GENERATED_GUARDS = DotName.createSimple(GeneratedGuards.class.getName());

  /**
   * Annotations whose classes Bouncer reads reflectively at start-up ({@code getDeclaredMethods},
   * {@code getAnnotations}): resource classes, sub-resources, policies.
   */
  static final List<DotName> READ_AT_START_UP =
      List.of(
          DotName.createSimple("jakarta.ws.rs.Path"),
          DotName.createSimple("jakarta.ws.rs.GET"),
          DotName.createSimple("jakarta.ws.rs.POST"),
          DotName.createSimple("jakarta.ws.rs.PUT"),
          DotName.createSimple("jakarta.ws.rs.DELETE"),
          DotName.createSimple("jakarta.ws.rs.PATCH"),
          DotName.createSimple("jakarta.ws.rs.HEAD"),
          DotName.createSimple("jakarta.ws.rs.OPTIONS"),
          DotName.createSimple("jakarta.ws.rs.HttpMethod"),
          DotName.createSimple(Authenticated.class.getName()),
          DotName.createSimple(RequiresPermission.class.getName()),
          DotName.createSimple("jakarta.annotation.security.RolesAllowed"),
          DotName.createSimple("jakarta.annotation.security.DenyAll"),
          DotName.createSimple("jakarta.annotation.security.PermitAll"));

  /**
   * Quarkus REST's request context interfaces, whose accessors Bouncer calls reflectively to learn
   * the matched resource method (see the runtime's {@code ServerResourceInfo}).
   */
  static final List<String> REST_REQUEST_CONTEXT =
      List.of(
          "org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext",
          "org.jboss.resteasy.reactive.server.spi.ServerRequestContext");

  /**
   * Names the extension in Quarkus's list of installed features.
   *
   * @return {@code bouncer}
   */
  @BuildStep
  public FeatureBuildItem feature() {
    return new FeatureBuildItem(FEATURE);
  }

  /**
   * The configured Bouncer, and the application's authorizer, which only Bouncer looks up.
   *
   * @param beans the additional beans
   * @param unremovable beans kept although nothing injects them
   */
  @BuildStep
  public void beans(
      BuildProducer<AdditionalBeanBuildItem> beans,
      BuildProducer<UnremovableBeanBuildItem> unremovable) {
    beans.produce(AdditionalBeanBuildItem.unremovableOf(QuarkusBouncer.class));
    unremovable.produce(UnremovableBeanBuildItem.beanTypes(Authorizer.class));
  }

  /**
   * Switches Bouncer on in Quarkus REST from the build, whether or not the processor generated its
   * {@code @Provider} activation classes into the application.
   *
   * @param capabilities which REST layer the application has
   * @param dynamicFeatures Quarkus REST's dynamic features
   * @param features Quarkus REST's features
   */
  @BuildStep
  public void quarkusRest(
      Capabilities capabilities,
      BuildProducer<DynamicFeatureBuildItem> dynamicFeatures,
      BuildProducer<JaxrsFeatureBuildItem> features) {
    if (capabilities.isPresent(Capability.REST)) {
      dynamicFeatures.produce(new DynamicFeatureBuildItem(ConfiguredBouncerFeature.class.getName()));
      features.produce(new JaxrsFeatureBuildItem(ConfiguredBouncerGate.class.getName()));
    }
  }

  /**
   * Keeps the runtime's {@code @Provider BouncerFeature} out of the REST layer's scanning. Quarkus
   * REST indexes {@code bouncer-runtime} (it lists providers in {@code META-INF/services}) and would
   * otherwise create a {@code BouncerFeature} with the default configuration next to the configured
   * one: two different configurations, which Bouncer refuses (500 for every request).
   *
   * @param combinedIndex the application's index
   * @param conditions classes left out of the build
   */
  @BuildStep
  public void noDefaultFeature(
      CombinedIndexBuildItem combinedIndex, BuildProducer<BuildTimeConditionBuildItem> conditions) {
    ClassInfo scanned =
        combinedIndex
            .getComputingIndex()
            .getClassByName(DotName.createSimple(BouncerFeature.class.getName()));
    if (scanned != null) {
      conditions.produce(new BuildTimeConditionBuildItem(scanned, false));
    }
  }

  /**
   * The same for RESTEasy Classic, which takes them as providers.
   *
   * @param capabilities which REST layer the application has
   * @param providers RESTEasy Classic's providers
   */
  @BuildStep
  public void resteasyClassic(
      Capabilities capabilities, BuildProducer<ResteasyJaxrsProviderBuildItem> providers) {
    if (capabilities.isPresent(Capability.RESTEASY)) {
      providers.produce(new ResteasyJaxrsProviderBuildItem(ConfiguredBouncerFeature.class.getName()));
      providers.produce(new ResteasyJaxrsProviderBuildItem(ConfiguredBouncerGate.class.getName()));
    }
  }

  /**
   * Registers for reflection what Bouncer loads or reads reflectively at start-up, so that a native
   * image has it: the generated guard classes (found by name, created by their no-argument
   * constructor), the classes whose methods and annotations Bouncer reads, Bouncer's annotations,
   * its features, and on Quarkus REST the request context accessors.
   *
   * @param combinedIndex the application's index
   * @param capabilities which REST layer the application has
   * @param reflective the registrations
   */
  @BuildStep
  public void reflection(
      CombinedIndexBuildItem combinedIndex,
      Capabilities capabilities,
      BuildProducer<ReflectiveClassBuildItem> reflective) {
    IndexView index = combinedIndex.getIndex();
    Set<String> guards = new TreeSet<>();
    for (ClassInfo generated : index.getAllKnownImplementations(GENERATED_GUARDS)) {
      guards.add(generated.name().toString());
    }
    if (!guards.isEmpty()) {
      reflective.produce(
          ReflectiveClassBuildItem.builder(guards)
              .constructors()
              .reason("Bouncer loads generated guards by name at start-up")
              .build());
    }
    Set<String> read = new TreeSet<>();
    for (DotName annotation : READ_AT_START_UP) {
      for (AnnotationInstance instance : index.getAnnotations(annotation)) {
        ClassInfo owner = owner(instance.target());
        for (ClassInfo c = owner;
            c != null && !c.name().toString().equals("java.lang.Object");
            c = c.superName() == null ? null : index.getClassByName(c.superName())) {
          read.add(c.name().toString());
          for (DotName implemented : c.interfaceNames()) {
            read.add(implemented.toString());
          }
        }
      }
    }
    if (!read.isEmpty()) {
      reflective.produce(
          ReflectiveClassBuildItem.builder(read)
              .methods()
              .reason("Bouncer reads resource methods and policy annotations at start-up")
              .build());
    }
    reflective.produce(
        ReflectiveClassBuildItem.builder(
                Authenticated.class.getName(),
                RequiresPermission.class.getName(),
                ConfiguredBouncerFeature.class.getName(),
                ConfiguredBouncerGate.class.getName())
            .constructors()
            .methods()
            .reason("Bouncer's annotations and features")
            .build());
    if (capabilities.isPresent(Capability.REST)) {
      reflective.produce(
          ReflectiveClassBuildItem.builder(REST_REQUEST_CONTEXT)
              .methods()
              .reason("Bouncer asks Quarkus REST's request context for the matched method")
              .build());
    }
  }

  /** The class an annotation is on, or on a member of; null for what is not in a class. */
  private static ClassInfo owner(AnnotationTarget target) {
    switch (target.kind()) {
      case CLASS:
        return target.asClass();
      case METHOD:
        return target.asMethod().declaringClass();
      case METHOD_PARAMETER:
        return target.asMethodParameter().method().declaringClass();
      case FIELD:
        return target.asField().declaringClass();
      default:
        return null;
    }
  }
}
