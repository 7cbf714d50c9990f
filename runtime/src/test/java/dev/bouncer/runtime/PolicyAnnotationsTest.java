package dev.bouncer.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.bouncer.Authenticated;
import dev.bouncer.RequiresPermission;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.reflect.Method;
import org.junit.jupiter.api.Test;

class PolicyAnnotationsTest {

  private static String find(Class<?> resourceClass, String name, Class<?>... parameterTypes)
      throws NoSuchMethodException {
    Method method = resourceClass.getMethod(name, parameterTypes);
    return PolicyAnnotations.find(resourceClass, method);
  }

  // --- On the method or its class ---

  static class Plain {
    @RequiresPermission("orders:read")
    public void permission() {}

    @Authenticated
    public void authenticated() {}

    @RolesAllowed("admin")
    public void roles() {}

    @DenyAll
    public void denyAll() {}

    @PermitAll
    public void permitAll() {}

    @Deprecated
    public void unrelatedAnnotation() {}

    public void unannotated() {}
  }

  @Test
  void findsEachEnforcedAnnotationOnTheMethod() throws Exception {
    assertEquals("@RequiresPermission", find(Plain.class, "permission"));
    assertEquals("@Authenticated", find(Plain.class, "authenticated"));
    assertEquals("@RolesAllowed", find(Plain.class, "roles"));
    assertEquals("@DenyAll", find(Plain.class, "denyAll"));
  }

  @Test
  void unannotatedMethodHasNone() throws Exception {
    assertNull(find(Plain.class, "unannotated"));
    assertNull(find(Plain.class, "unrelatedAnnotation"));
  }

  @Test
  void permitAllIsNotEnforced() throws Exception {
    assertNull(find(Plain.class, "permitAll"));
  }

  @RolesAllowed("admin")
  static class ClassLevel {
    public void inherits() {}

    @Authenticated
    public void own() {}
  }

  @Test
  void findsClassLevelAnnotation() throws Exception {
    assertEquals("@RolesAllowed", find(ClassLevel.class, "inherits"));
  }

  @Test
  void methodAnnotationComesFirst() throws Exception {
    assertEquals("@Authenticated", find(ClassLevel.class, "own"));
  }

  @DenyAll
  static class DeniedClass {
    public void any() {}
  }

  @Test
  void findsClassLevelDenyAll() throws Exception {
    assertEquals("@DenyAll", find(DeniedClass.class, "any"));
  }

  @PermitAll
  static class PermittedClass {
    public void any() {}
  }

  @Test
  void classLevelPermitAllIsNotEnforced() throws Exception {
    assertNull(find(PermittedClass.class, "any"));
  }

  // --- Inherited from an interface ---

  interface OrdersApi {
    @RequiresPermission("orders:read:{id}")
    String get(String id);

    String list();
  }

  static class OrdersImpl implements OrdersApi {
    @Override
    public String get(String id) {
      return id;
    }

    @Override
    public String list() {
      return "";
    }
  }

  @Test
  void findsAnnotationOnInterfaceMethod() throws Exception {
    assertEquals("@RequiresPermission", find(OrdersImpl.class, "get", String.class));
  }

  @Test
  void unannotatedMethodOfInterfaceImplementationHasNone() throws Exception {
    assertNull(find(OrdersImpl.class, "list"));
  }

  @Authenticated
  interface AuthenticatedApi {
    void ping();
  }

  static class AuthenticatedImpl implements AuthenticatedApi {
    @Override
    public void ping() {}
  }

  @Test
  void findsClassLevelAnnotationOfInterface() throws Exception {
    assertEquals("@Authenticated", find(AuthenticatedImpl.class, "ping"));
  }

  interface DerivedApi extends OrdersApi {}

  static class DerivedImpl implements DerivedApi {
    @Override
    public String get(String id) {
      return id;
    }

    @Override
    public String list() {
      return "";
    }
  }

  @Test
  void findsAnnotationOnSuperInterfaceMethod() throws Exception {
    assertEquals("@RequiresPermission", find(DerivedImpl.class, "get", String.class));
  }

  // --- Inherited from a superclass ---

  abstract static class BaseResource {
    @RolesAllowed("ops")
    public abstract void restart();

    @DenyAll
    public void dangerous() {}

    public void harmless() {}
  }

  static class ConcreteResource extends BaseResource {
    @Override
    public void restart() {}
  }

  @Test
  void findsAnnotationOnOverriddenSuperclassMethod() throws Exception {
    assertEquals("@RolesAllowed", find(ConcreteResource.class, "restart"));
  }

  @Test
  void findsAnnotationOnInheritedMethod() throws Exception {
    assertEquals("@DenyAll", find(ConcreteResource.class, "dangerous"));
    assertNull(find(ConcreteResource.class, "harmless"));
  }

  @Authenticated
  static class AuthenticatedBase {
    public void status() {}
  }

  static class SubOfAuthenticated extends AuthenticatedBase {
    @Override
    public void status() {}
  }

  @Test
  void findsClassLevelAnnotationOfSuperclass() throws Exception {
    assertEquals("@Authenticated", find(SubOfAuthenticated.class, "status"));
  }

  static class Grandchild extends ConcreteResource {}

  @Test
  void findsAnnotationSeveralLevelsUp() throws Exception {
    assertEquals("@RolesAllowed", find(Grandchild.class, "restart"));
  }

  // --- Matching is by qualified name ---

  @Retention(RetentionPolicy.RUNTIME)
  @interface RequiresPermissionLookalike {}

  @Retention(RetentionPolicy.RUNTIME)
  @interface Authenticated2 {}

  static class Lookalikes {
    @RequiresPermissionLookalike
    @Authenticated2
    public void lookalike() {}
  }

  @Test
  void ignoresOtherAnnotations() throws Exception {
    assertNull(find(Lookalikes.class, "lookalike"));
  }

  // --- Known gap ---

  interface GenericApi<T> {
    @RolesAllowed("writer")
    void put(T body);
  }

  static class StringApi implements GenericApi<String> {
    @Override
    public void put(String body) {}
  }
  @Test
  void findsAnnotationOnGenericInterfaceMethod() throws Exception {
    assertEquals("@RolesAllowed", find(StringApi.class, "put", String.class));
  }

  interface ErasedApi {
    void put(Object body);
  }

  static class AnnotatedWithNarrowerType {
    @jakarta.annotation.security.RolesAllowed("ops")
    public void put(String body) {}
  }

  /**
   * A server may report the supertype's erased method (put(Object)) while the policy sits on the
   * class's put(String), with no annotated bridge method between them: still found.
   */
  @Test
  void findsAnnotationWhenTheServerReportsTheErasedSupertypeMethod() throws Exception {
    assertEquals(
        "@RolesAllowed",
        PolicyAnnotations.find(
            AnnotatedWithNarrowerType.class, ErasedApi.class.getMethod("put", Object.class)));
  }

  // --- Method-level @PermitAll and the search used for classes the processor did not see ---

  @RolesAllowed("admin")
  static class GuardedWithOpenMethod {
    @PermitAll
    public void open() {}
  }

  @Test
  void methodPermitAllOverridesAClassLevelPolicy() throws Exception {
    assertNull(find(GuardedWithOpenMethod.class, "open"));
  }

  static class DeclaredBase {
    @DenyAll
    public void base() {}
  }

  static class DeclaredMiddle extends DeclaredBase {}

  @Authenticated
  static class AnnotatedMiddle extends DeclaredBase {}

  static class BelowAnnotatedMiddle extends AnnotatedMiddle {}

  static class MethodBelow extends DeclaredBase {
    @RolesAllowed("x")
    public void own() {}
  }

  static class ImplementsTwice extends DeclaredMiddle implements OrdersApi, DerivedApi {
    @Override
    public String get(String id) {
      return id;
    }

    @Override
    public String list() {
      return "";
    }
  }

  @Test
  void declaredBetweenStopsAtTheGivenSuperclass() {
    assertNull(PolicyAnnotations.declaredBetween(DeclaredMiddle.class, DeclaredBase.class));
    assertEquals("@DenyAll", PolicyAnnotations.declaredBetween(DeclaredMiddle.class, Object.class));
    assertNull(PolicyAnnotations.declaredBetween(DeclaredBase.class, DeclaredBase.class));
  }

  @Test
  void declaredBetweenFindsClassAndMethodAnnotationsOnTheWay() {
    assertEquals(
        "@Authenticated",
        PolicyAnnotations.declaredBetween(BelowAnnotatedMiddle.class, DeclaredBase.class));
    assertEquals(
        "@RolesAllowed", PolicyAnnotations.declaredBetween(MethodBelow.class, DeclaredBase.class));
  }

  @Test
  void declaredBetweenFindsInterfacesOfTheClassesOnTheWayEvenWhenReachedTwice() {
    assertEquals(
        "@RequiresPermission",
        PolicyAnnotations.declaredBetween(ImplementsTwice.class, DeclaredBase.class));
    assertEquals(
        "@Authenticated",
        PolicyAnnotations.declaredBetween(AuthenticatedImpl.class, Object.class));
  }

  @Test
  void anyInLooksEverywhereUpToObject() {
    assertEquals("@DenyAll", PolicyAnnotations.anyIn(DeclaredMiddle.class));
    assertEquals("@RolesAllowed", PolicyAnnotations.anyIn(GuardedWithOpenMethod.class));
    assertNull(PolicyAnnotations.anyIn(Object.class));
    assertNull(PolicyAnnotations.anyIn(String.class));
    assertNull(PolicyAnnotations.anyIn(Runnable.class));
  }

  interface Unrelated {
    @RolesAllowed("x")
    void put(Integer value);
  }

  static class UnrelatedOverload implements Unrelated {
    @Override
    public void put(Integer value) {}

    public void put(String value) {}
  }

  @Test
  void anOverloadWithUnrelatedParameterTypesIsNotTheAnnotatedMethod() throws Exception {
    assertNull(find(UnrelatedOverload.class, "put", String.class));
    assertEquals("@RolesAllowed", find(UnrelatedOverload.class, "put", Integer.class));
  }

  // --- Composed annotations ---

  @Retention(RetentionPolicy.RUNTIME)
  @RequiresPermission("meta:admin")
  @interface AdminOnly {}

  @Retention(RetentionPolicy.RUNTIME)
  @AdminOnly
  @interface SuperAdmin {}

  @Retention(RetentionPolicy.RUNTIME)
  @PermitAll
  @interface Public {}

  @Retention(RetentionPolicy.RUNTIME)
  @Cyclic
  @Public
  @interface Cyclic {}

  static class Composed {
    @AdminOnly
    public void composed() {}

    @SuperAdmin
    public void metaMeta() {}

    @Public
    public void open() {}

    @Cyclic
    public void cyclic() {}
  }

  @AdminOnly
  static class ComposedOnClass {
    public void inherits() {}

    @Public
    public void open() {}
  }

  @Test
  void composedAnnotation_onTheMethod_isEnforced() throws Exception {
    assertEquals("@AdminOnly (meta: @RequiresPermission)", find(Composed.class, "composed"));
    assertEquals(
        "@SuperAdmin (meta: @AdminOnly (meta: @RequiresPermission))",
        find(Composed.class, "metaMeta"));
  }

  @Test
  void composedAnnotation_onTheClass_isEnforced() throws Exception {
    assertEquals("@AdminOnly (meta: @RequiresPermission)", find(ComposedOnClass.class, "inherits"));
  }

  @Test
  void composedPermitAll_onTheMethod_isDeliberatelyOpen_andCyclesEnd() throws Exception {
    assertNull(find(Composed.class, "open"));
    assertNull(find(ComposedOnClass.class, "open"));
    assertNull(find(Composed.class, "cyclic"));
  }

  @Test
  void composedAnnotation_anywhereInAType_isFound() {
    assertEquals("@AdminOnly (meta: @RequiresPermission)", PolicyAnnotations.anyIn(Composed.class));
  }
}
