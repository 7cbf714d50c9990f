package dev.bouncer.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.quarkus.ConfiguredBouncerFeature;
import dev.bouncer.quarkus.ConfiguredBouncerGate;
import dev.bouncer.quarkus.deployment.fixture.BaseResource;
import dev.bouncer.quarkus.deployment.fixture.Helper;
import dev.bouncer.quarkus.deployment.fixture.ShopResource;
import dev.bouncer.quarkus.deployment.fixture.TillResource;
import dev.bouncer.runtime.BouncerFeature;
import io.quarkus.arc.deployment.BuildTimeConditionBuildItem;
import io.quarkus.builder.item.BuildItem;
import io.quarkus.deployment.Capabilities;
import io.quarkus.deployment.Capability;
import io.quarkus.deployment.annotations.BuildProducer;
import io.quarkus.deployment.builditem.CombinedIndexBuildItem;
import io.quarkus.deployment.builditem.nativeimage.ReflectiveClassBuildItem;
import io.quarkus.resteasy.common.spi.ResteasyJaxrsProviderBuildItem;
import io.quarkus.resteasy.reactive.spi.DynamicFeatureBuildItem;
import io.quarkus.resteasy.reactive.spi.JaxrsFeatureBuildItem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.jandex.Index;
import org.junit.jupiter.api.Test;

/**
 * The build steps, run on the index of a small application compiled with Bouncer's processor (the
 * classes in {@code fixture}): what a native image would get registered for reflection, and which
 * features each REST layer is given.
 */
class BouncerProcessorTest {
  private static final String GUARDS =
      "dev.bouncer.quarkus.deployment.fixture.ShopResource_BouncerGuards";

  private final BouncerProcessor processor = new BouncerProcessor();

  /** Collects what a build step produces. */
  private static final class Collected<T extends BuildItem> implements BuildProducer<T> {
    final List<T> items = new ArrayList<>();

    @Override
    public void produce(T item) {
      items.add(item);
    }
  }

  private static CombinedIndexBuildItem application() throws IOException, ClassNotFoundException {
    Index index =
        Index.of(
            ShopResource.class,
            BaseResource.class,
            TillResource.class,
            Helper.class,
            Class.forName(GUARDS));
    return new CombinedIndexBuildItem(index, index);
  }

  private List<ReflectiveClassBuildItem> reflection(String... capabilities) throws Exception {
    Collected<ReflectiveClassBuildItem> reflective = new Collected<>();
    processor.reflection(application(), new Capabilities(Set.of(capabilities)), reflective);
    return reflective.items;
  }

  private static Optional<ReflectiveClassBuildItem> registering(
      List<ReflectiveClassBuildItem> items, String className) {
    return items.stream().filter(i -> i.getClassNames().contains(className)).findFirst();
  }

  @Test
  void generatedGuards_areRegisteredWithTheirConstructors() throws Exception {
    ReflectiveClassBuildItem guards =
        registering(reflection(Capability.REST), GUARDS).orElseThrow(() -> new AssertionError(
            "no registration of " + GUARDS));
    assertTrue(guards.isConstructors(), "GuardBinder creates them by their constructor");
    assertEquals(Set.of(GUARDS), Set.copyOf(guards.getClassNames()));
  }

  @Test
  void resourceAndSubResourceClasses_andSuperclasses_areRegisteredWithTheirMethods()
      throws Exception {
    List<ReflectiveClassBuildItem> items = reflection(Capability.REST);
    for (Class<?> read : List.of(ShopResource.class, BaseResource.class, TillResource.class)) {
      ReflectiveClassBuildItem item =
          registering(items, read.getName())
              .orElseThrow(() -> new AssertionError("not registered: " + read.getName()));
      assertTrue(item.isMethods(), read.getName() + ": its methods are read at start-up");
    }
    assertFalse(registering(items, Helper.class.getName()).isPresent(), "Helper is registered");
  }

  @Test
  void annotationsAndFeatures_areRegistered() throws Exception {
    List<ReflectiveClassBuildItem> items = reflection();
    for (String name :
        List.of(
            "dev.bouncer.RequiresPermission",
            "dev.bouncer.Authenticated",
            ConfiguredBouncerFeature.class.getName(),
            ConfiguredBouncerGate.class.getName())) {
      assertTrue(registering(items, name).isPresent(), "not registered: " + name);
    }
  }

  @Test
  void quarkusRestRequestContext_isRegisteredOnlyWithQuarkusRest() throws Exception {
    for (String accessor : BouncerProcessor.REST_REQUEST_CONTEXT) {
      ReflectiveClassBuildItem item =
          registering(reflection(Capability.REST), accessor)
              .orElseThrow(() -> new AssertionError("not registered: " + accessor));
      assertTrue(item.isMethods());
      assertFalse(registering(reflection(Capability.RESTEASY), accessor).isPresent());
    }
  }

  /** Else Quarkus REST would also create a default-configured one from its index: a conflict. */
  @Test
  void scannedBouncerFeature_isExcludedFromTheBuild() throws Exception {
    Collected<BuildTimeConditionBuildItem> conditions = new Collected<>();
    Index index = Index.of(BouncerFeature.class);
    processor.noDefaultFeature(new CombinedIndexBuildItem(index, index), conditions);
    assertEquals(1, conditions.items.size());
    BuildTimeConditionBuildItem excluded = conditions.items.get(0);
    assertFalse(excluded.isEnabled());
    assertEquals(BouncerFeature.class.getName(), excluded.getTarget().asClass().name().toString());
  }

  @Test
  void quarkusRest_getsBothFeatures() {
    Collected<DynamicFeatureBuildItem> dynamic = new Collected<>();
    Collected<JaxrsFeatureBuildItem> features = new Collected<>();
    processor.quarkusRest(new Capabilities(Set.of(Capability.REST)), dynamic, features);
    assertEquals(
        List.of(ConfiguredBouncerFeature.class.getName()),
        dynamic.items.stream().map(DynamicFeatureBuildItem::getClassName).toList());
    assertEquals(
        List.of(ConfiguredBouncerGate.class.getName()),
        features.items.stream().map(JaxrsFeatureBuildItem::getClassName).toList());

    Collected<DynamicFeatureBuildItem> none = new Collected<>();
    processor.quarkusRest(new Capabilities(Set.of(Capability.RESTEASY)), none, new Collected<>());
    assertTrue(none.items.isEmpty(), "registered with a REST layer that is not there");
  }

  @Test
  void resteasyClassic_getsBothFeaturesAsProviders() {
    Collected<ResteasyJaxrsProviderBuildItem> providers = new Collected<>();
    processor.resteasyClassic(new Capabilities(Set.of(Capability.RESTEASY)), providers);
    assertEquals(
        Set.of(ConfiguredBouncerFeature.class.getName(), ConfiguredBouncerGate.class.getName()),
        providers.items.stream()
            .map(ResteasyJaxrsProviderBuildItem::getName)
            .collect(Collectors.toSet()));

    Collected<ResteasyJaxrsProviderBuildItem> none = new Collected<>();
    processor.resteasyClassic(new Capabilities(Set.of(Capability.REST)), none);
    assertTrue(none.items.isEmpty(), "registered with a REST layer that is not there");
  }
}
