package dev.bouncer.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.bouncer.processor.TestSources.compile;
import static dev.bouncer.processor.TestSources.source;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * [BouncerLoosening] beyond a method and its own class: wherever a policy takes the place of one it
 * overrides or inherits (an interface or superclass method's, a supertype's class-level policy) and
 * lets through a caller that one would refuse.
 */
class OverrideLooseningTest {
  private static final JavaFileObject API =
      source(
          "OrdersApi",
          "@Path(\"/orders\")",
          "public interface OrdersApi {",
          "  @GET @RequiresPermission(\"orders:read\") String list();",
          "  @DELETE @DenyAll void purge();",
          "  @GET @Path(\"me\") @RolesAllowed(\"clerk\") String me();",
          "  @PUT @RequiresPermission(\"orders:write && orders:approve\") void approve();",
          "}");

  @Test
  void permitAllReplacingAnInterfaceMethodsPermission_warnsOnTheMethod() {
    JavaFileObject impl =
        source(
            "Orders",
            "public class Orders implements OrdersApi {",
            "  @PermitAll public String list() { return null; }",
            "  public void purge() {}",
            "  public String me() { return null; }",
            "  public void approve() {}",
            "}");

    Compilation compilation = compile(API, impl);

    assertThat(compilation).succeeded();
    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[BouncerLoosening] Orders.list() has @PermitAll, which loosens"
                + " @RequiresPermission(\"orders:read\") on OrdersApi.list(), which it overrides:"
                + " anyone, even an anonymous caller, may call it. If this is intended, add"
                + " @SuppressWarnings(\"bouncer:loosening\") to the method.")
        .inFile(impl)
        .onLineContaining("@PermitAll");
  }

  @Test
  void anythingReplacingAnInterfaceMethodsDenyAll_warns() {
    JavaFileObject impl =
        source(
            "Orders",
            "public class Orders implements OrdersApi {",
            "  public String list() { return null; }",
            "  @RolesAllowed(\"admin\") public void purge() {}",
            "  public String me() { return null; }",
            "  public void approve() {}",
            "}");

    Compilation compilation = compile(API, impl);

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "Orders.purge() has @RolesAllowed({\"admin\"}), which loosens @DenyAll on"
                + " OrdersApi.purge(), which it overrides: OrdersApi.purge() refuses everyone, the"
                + " method lets some callers through.")
        .inFile(impl)
        .onLineContaining("@RolesAllowed(\"admin\")");
  }

  @Test
  void weakerPermissionOrExtraRoleOrAuthenticated_overAnInterfaceMethod_warn() {
    JavaFileObject impl =
        source(
            "Orders",
            "public class Orders implements OrdersApi {",
            "  @Authenticated public String list() { return null; }",
            "  public void purge() {}",
            "  @RolesAllowed({\"clerk\", \"guest\"}) public String me() { return null; }",
            "  @RequiresPermission(\"orders:write\") public void approve() {}",
            "}");

    Compilation compilation = compile(API, impl);

    assertThat(compilation).hadWarningCount(3);
    assertThat(compilation)
        .hadWarningContaining("any identified caller may call it, whatever their permissions.")
        .inFile(impl)
        .onLineContaining("@Authenticated");
    assertThat(compilation)
        .hadWarningContaining("it admits the roles guest that OrdersApi.me() does not.")
        .inFile(impl)
        .onLineContaining("\"guest\"");
    assertThat(compilation)
        .hadWarningContaining(
            "every caller OrdersApi.approve() admits passes it, and so does a caller who passes"
                + " \"orders:write\" without passing \"orders:write && orders:approve\".")
        .inFile(impl)
        .onLineContaining("@RequiresPermission(\"orders:write\")");
  }

  @Test
  void strongerOrEqualOverrides_doNotWarn() {
    JavaFileObject impl =
        source(
            "Orders",
            "public class Orders implements OrdersApi {",
            "  @RequiresPermission(\"orders:read && orders:list\") public String list() {",
            "    return null;",
            "  }",
            "  @DenyAll public void purge() {}",
            "  @DenyAll public String me() { return null; }",
            "  @RequiresPermission(\"orders:approve && orders:write\") public void approve() {}",
            "}");

    assertThat(compile(API, impl)).succeededWithoutWarnings();
  }

  @Test
  void suppressedOnTheOverridingMethod_isSilent() {
    JavaFileObject impl =
        source(
            "Orders",
            "public class Orders implements OrdersApi {",
            "  @PermitAll @SuppressWarnings(\"bouncer:loosening\")",
            "  public String list() { return null; }",
            "  public void purge() {}",
            "  public String me() { return null; }",
            "  public void approve() {}",
            "}");

    assertThat(compile(API, impl)).succeededWithoutWarnings();
  }

  @Test
  void methodOverAnInterfacesClassLevelPolicy_warns() {
    JavaFileObject api =
        source(
            "StockApi",
            "@Path(\"/stock\")",
            "@RequiresPermission(\"stock:read\")",
            "public interface StockApi {",
            "  @GET String list();",
            "}");
    JavaFileObject impl =
        source(
            "Stock",
            "public class Stock implements StockApi {",
            "  @PermitAll public String list() { return null; }",
            "}");

    Compilation compilation = compile(api, impl);

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "[BouncerLoosening] Stock.list() has @PermitAll, which loosens the class-level"
                + " @RequiresPermission(\"stock:read\") of StockApi: anyone")
        .inFile(impl)
        .onLineContaining("@PermitAll");
  }

  @Test
  void classLevelPolicyOverAnInterfacesClassLevelPolicy_warnsOnTheClass() {
    JavaFileObject api =
        source(
            "StockApi",
            "@Path(\"/stock\")",
            "@DenyAll",
            "public interface StockApi {",
            "  @GET String list();",
            "}");
    JavaFileObject impl =
        source(
            "Stock",
            "@Authenticated",
            "public class Stock implements StockApi {",
            "  public String list() { return null; }",
            "}");

    Compilation compilation = compile(api, impl);

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "Stock.list() gets its class's @Authenticated, which loosens the class-level @DenyAll"
                + " of StockApi: StockApi refuses everyone, the method lets some callers through."
                + " If this is intended, add @SuppressWarnings(\"bouncer:loosening\") to Stock.")
        .inFile(impl)
        .onLineContaining("@Authenticated");
  }

  @Test
  void superclassMethodOverriddenWithAWeakerPolicy_warns_andSuppressingOnTheClassSilencesIt() {
    JavaFileObject base =
        source(
            "Base",
            "@Path(\"/base\")",
            "public abstract class Base {",
            "  @GET @RolesAllowed(\"admin\") public String get() { return null; }",
            "}");
    JavaFileObject loud =
        source(
            "Loud",
            "@Path(\"/loud\")",
            "public class Loud extends Base {",
            "  @Override @Authenticated public String get() { return null; }",
            "}");
    JavaFileObject quiet =
        source(
            "Quiet",
            "@Path(\"/quiet\")",
            "@SuppressWarnings(\"bouncer:loosening\")",
            "public class Quiet extends Base {",
            "  @Override @Authenticated public String get() { return null; }",
            "}");

    Compilation compilation = compile(base, loud, quiet);

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "Loud.get() has @Authenticated, which loosens @RolesAllowed({\"admin\"}) on Base.get(),"
                + " which it overrides")
        .inFile(loud)
        .onLineContaining("@Authenticated");
  }

  @Test
  void subInterfaceReannotatingWeaker_warnsOnTheImplementingClass() {
    JavaFileObject api =
        source(
            "Api",
            "@Path(\"/api\")",
            "public interface Api {",
            "  @GET @RequiresPermission(\"api:read\") String get();",
            "}");
    JavaFileObject open =
        source(
            "OpenApi",
            "public interface OpenApi extends Api {",
            "  @Override @PermitAll String get();",
            "}");
    JavaFileObject impl =
        source(
            "Impl",
            "public class Impl implements OpenApi {",
            "  public String get() { return null; }",
            "}");

    Compilation compilation = compile(api, open, impl);

    assertThat(compilation).hadWarningCount(1);
    assertThat(compilation)
        .hadWarningContaining(
            "Impl.get() inherits from OpenApi.get() @PermitAll, which loosens"
                + " @RequiresPermission(\"api:read\") on Api.get(), which it overrides")
        .inFile(impl)
        .onLineContaining("public class Impl");
  }

  private static final JavaFileObject BY_ID =
      source(
          "ItemsApi",
          "@Path(\"/items\")",
          "public interface ItemsApi {",
          "  @GET @Path(\"{id}\") @RequiresPermission(\"items:read:{id}\")",
          "  String get(@jakarta.ws.rs.PathParam(\"id\") String id);",
          "}");

  @Test
  void templatesCompareByTheValueTheyRead_asBouncerDiffComparesThem() {
    // {id} read from the path in the interface, from the query in the override: two different
    // values, so "items:read:{id} || items:audit" is not weaker (bouncer diff says INCOMPARABLE
    // too); read from the same place, it is.
    JavaFileObject fromQuery =
        source(
            "Items",
            "public class Items implements ItemsApi {",
            "  @GET @Path(\"find\") @RequiresPermission(\"items:read:{id} || items:audit\")",
            "  public String get(@jakarta.ws.rs.QueryParam(\"id\") String id) { return null; }",
            "}");
    JavaFileObject fromPath =
        source(
            "Items",
            "public class Items implements ItemsApi {",
            "  @RequiresPermission(\"items:read:{id} || items:audit\")",
            "  public String get(String id) { return null; }",
            "}");

    assertThat(compile(BY_ID, fromQuery)).succeededWithoutWarnings();
    Compilation samePlace = compile(BY_ID, fromPath);
    assertThat(samePlace).succeeded();
    assertThat(samePlace).hadWarningContaining("[BouncerLoosening]");
  }
}
