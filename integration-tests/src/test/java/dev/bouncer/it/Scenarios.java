package dev.bouncer.it;

import static dev.bouncer.it.Identity.ADMIN;
import static dev.bouncer.it.Identity.ANONYMOUS;
import static dev.bouncer.it.Identity.AUDITOR;
import static dev.bouncer.it.Identity.DETAIL_READER;
import static dev.bouncer.it.Identity.EXPORTER;
import static dev.bouncer.it.Identity.FROZEN_EXPORTER;
import static dev.bouncer.it.Identity.NO_GRANTS;
import static dev.bouncer.it.Identity.OPS;
import static dev.bouncer.it.Identity.ORDERS_PREFIX;
import static dev.bouncer.it.Identity.ORDERS_WILDCARD;
import static dev.bouncer.it.Identity.READER;
import static dev.bouncer.it.Identity.WRITER;
import static dev.bouncer.it.Scenario.AppKind.EXPLICIT;
import static dev.bouncer.it.Scenario.AppKind.THROWING_AUTHORIZER;
import static dev.bouncer.it.Scenario.AppKind.ZERO_REGISTRATION;

import java.util.ArrayList;
import java.util.List;

/** The scenario table every server runs. */
public final class Scenarios {
  private Scenarios() {}

  public static List<Scenario> all() {
    List<Scenario> s = new ArrayList<>();
    // Class-level @RequiresPermission("orders:read"): anonymous, without, with, wildcard grants.
    add(s, EXPLICIT, "GET", "/orders", "orders.list", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/orders", "orders.list", NO_GRANTS, 403);
    add(s, EXPLICIT, "GET", "/orders", "orders.list", WRITER, 403);
    add(s, EXPLICIT, "GET", "/orders", "orders.list", READER, 200);
    add(s, EXPLICIT, "GET", "/orders", "orders.list", ORDERS_WILDCARD, 200);
    add(s, EXPLICIT, "GET", "/orders", "orders.list", ORDERS_PREFIX, 200);
    // HEAD on a protected GET is protected the same way.
    add(s, EXPLICIT, "HEAD", "/orders", "orders.list", ANONYMOUS, 401);
    add(s, EXPLICIT, "HEAD", "/orders", "orders.list", NO_GRANTS, 403);
    add(s, EXPLICIT, "HEAD", "/orders", "orders.list", READER, 200);
    // Method-level permission replaces the class's: orders:read alone is not enough.
    add(s, EXPLICIT, "GET", "/orders/7", "orders.get", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/orders/7", "orders.get", READER, 403);
    add(s, EXPLICIT, "GET", "/orders/7", "orders.get", DETAIL_READER, 200);
    add(s, EXPLICIT, "GET", "/orders/7", "orders.get", ORDERS_WILDCARD, 200);
    add(s, EXPLICIT, "POST", "/orders", "orders.create", ANONYMOUS, 401);
    add(s, EXPLICIT, "POST", "/orders", "orders.create", READER, 403);
    add(s, EXPLICIT, "POST", "/orders", "orders.create", WRITER, 200);
    add(s, EXPLICIT, "POST", "/orders", "orders.create", ORDERS_WILDCARD, 200);
    // Method-level @RolesAllowed inside a permission class.
    add(s, EXPLICIT, "PUT", "/orders/7", "orders.replace", ANONYMOUS, 401);
    add(s, EXPLICIT, "PUT", "/orders/7", "orders.replace", ORDERS_WILDCARD, 403);
    add(s, EXPLICIT, "PUT", "/orders/7", "orders.replace", OPS, 200);
    add(s, EXPLICIT, "PUT", "/orders/7", "orders.replace", ADMIN, 200);
    // Method-level @DenyAll: 403 to everyone, identified or not.
    add(s, EXPLICIT, "DELETE", "/orders/7", "orders.delete", ANONYMOUS, 403);
    add(s, EXPLICIT, "DELETE", "/orders/7", "orders.delete", ORDERS_WILDCARD, 403);
    add(s, EXPLICIT, "DELETE", "/orders/7", "orders.delete", ADMIN, 403);
    // Method-level @PermitAll and @Authenticated override the class's permission.
    add(s, EXPLICIT, "GET", "/orders/public", "orders.public", ANONYMOUS, 200);
    add(s, EXPLICIT, "GET", "/orders/public", "orders.public", NO_GRANTS, 200);
    add(s, EXPLICIT, "GET", "/orders/mine", "orders.mine", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/orders/mine", "orders.mine", NO_GRANTS, 200);
    // A boolean expression: reports:export && !orders:frozen || admin:*.
    add(s, EXPLICIT, "GET", "/orders/export", "orders.export", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/orders/export", "orders.export", READER, 403);
    add(s, EXPLICIT, "GET", "/orders/export", "orders.export", EXPORTER, 200);
    add(s, EXPLICIT, "GET", "/orders/export", "orders.export", FROZEN_EXPORTER, 403);
    add(s, EXPLICIT, "GET", "/orders/export", "orders.export", ADMIN, 200);
    // Class-level @DenyAll counts (Jersey's own feature ignores it), @PermitAll overrides it.
    add(s, EXPLICIT, "GET", "/vault", "vault.get", ANONYMOUS, 403);
    add(s, EXPLICIT, "GET", "/vault", "vault.get", ADMIN, 403);
    add(s, EXPLICIT, "GET", "/vault/lobby", "vault.lobby", ANONYMOUS, 200);
    // Class-level @Authenticated, method-level @RolesAllowed.
    add(s, EXPLICIT, "GET", "/account", "account.get", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/account", "account.get", NO_GRANTS, 200);
    add(s, EXPLICIT, "GET", "/account/audit", "account.audit", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/account/audit", "account.audit", NO_GRANTS, 403);
    add(s, EXPLICIT, "GET", "/account/audit", "account.audit", AUDITOR, 200);
    // Class-level @RolesAllowed.
    add(s, EXPLICIT, "GET", "/admin", "admin.get", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/admin", "admin.get", OPS, 403);
    add(s, EXPLICIT, "GET", "/admin", "admin.get", ADMIN, 200);
    // No policy: open.
    add(s, EXPLICIT, "GET", "/status", "status.get", ANONYMOUS, 200);

    // Zero registration: nothing of Bouncer's registered, still enforced with the defaults
    // (a permission is held by the role of that exact name; roles have no wildcards).
    add(s, ZERO_REGISTRATION, "GET", "/orders", "orders.list", ANONYMOUS, 401);
    add(s, ZERO_REGISTRATION, "GET", "/orders", "orders.list", NO_GRANTS, 403);
    add(s, ZERO_REGISTRATION, "GET", "/orders", "orders.list", READER, 200);
    add(s, ZERO_REGISTRATION, "GET", "/orders", "orders.list", ORDERS_WILDCARD, 403);
    add(s, ZERO_REGISTRATION, "GET", "/orders/7", "orders.get", READER, 403);
    add(s, ZERO_REGISTRATION, "GET", "/orders/7", "orders.get", DETAIL_READER, 200);
    add(s, ZERO_REGISTRATION, "DELETE", "/orders/7", "orders.delete", ADMIN, 403);
    add(s, ZERO_REGISTRATION, "GET", "/vault", "vault.get", ADMIN, 403);
    add(s, ZERO_REGISTRATION, "GET", "/admin", "admin.get", ANONYMOUS, 401);
    add(s, ZERO_REGISTRATION, "GET", "/admin", "admin.get", ADMIN, 200);
    add(s, ZERO_REGISTRATION, "GET", "/account", "account.get", NO_GRANTS, 200);
    add(s, ZERO_REGISTRATION, "GET", "/orders/public", "orders.public", ANONYMOUS, 200);
    add(s, ZERO_REGISTRATION, "GET", "/status", "status.get", ANONYMOUS, 200);

    // An authorizer that throws: every permission check denies with 500; anonymous still 401;
    // policies that need no authorizer are unaffected.
    add(s, THROWING_AUTHORIZER, "GET", "/orders", "orders.list", ANONYMOUS, 401);
    add(s, THROWING_AUTHORIZER, "GET", "/orders", "orders.list", READER, 500);
    add(s, THROWING_AUTHORIZER, "GET", "/orders", "orders.list", ORDERS_WILDCARD, 500);
    add(s, THROWING_AUTHORIZER, "POST", "/orders", "orders.create", WRITER, 500);
    add(s, THROWING_AUTHORIZER, "GET", "/orders/export", "orders.export", ADMIN, 500);
    add(s, THROWING_AUTHORIZER, "GET", "/orders/mine", "orders.mine", NO_GRANTS, 200);
    add(s, THROWING_AUTHORIZER, "GET", "/admin", "admin.get", ADMIN, 200);
    add(s, THROWING_AUTHORIZER, "DELETE", "/orders/7", "orders.delete", ADMIN, 403);
    templates(s);
    subResources(s);
    inheritance(s);
    locators(s);
    async(s);
    composed(s);
    return List.copyOf(s);
  }

  /**
   * Policies inherited from a generic interface, from an interface with class- and method-level
   * policies under an implementation with its own class-level one, and from an abstract class.
   */
  private static void inheritance(List<Scenario> s) {
    Identity widget5 = Identity.caller("w5", List.of("widgets:read:5"));
    Identity deleter = Identity.caller("wd", List.of("widgets:delete"));
    add(s, EXPLICIT, "GET", "/widgets/5", "widgets.get", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/widgets/5", "widgets.get", NO_GRANTS, 403);
    add(s, EXPLICIT, "GET", "/widgets/6", "widgets.get", widget5, 403);
    add(s, EXPLICIT, "GET", "/widgets/*", "widgets.get", widget5, 403);
    add(s, EXPLICIT, "GET", "/widgets/5", "widgets.get", widget5, 200);
    add(s, EXPLICIT, "DELETE", "/widgets/5", "widgets.delete", widget5, 403);
    add(s, EXPLICIT, "DELETE", "/widgets/5", "widgets.delete", deleter, 200);
    add(s, ZERO_REGISTRATION, "GET", "/widgets/5", "widgets.get", ANONYMOUS, 401);
    add(s, ZERO_REGISTRATION, "GET", "/widgets/5", "widgets.get", widget5, 200);
    add(s, ZERO_REGISTRATION, "DELETE", "/widgets/5", "widgets.delete", widget5, 403);

    Identity clerk = Identity.caller("cl", List.of("clerk"));
    Identity ledgerWriter = Identity.caller("lw", List.of("ledger:write"));
    // entries(): no method-level policy anywhere, so the implementation's class-level one.
    add(s, EXPLICIT, "GET", "/ledger", "ledger.entries", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/ledger", "ledger.entries", ledgerWriter, 403);
    add(s, EXPLICIT, "GET", "/ledger", "ledger.entries", clerk, 200);
    // post(): the interface's method-level permission, not the implementation's class role.
    add(s, EXPLICIT, "POST", "/ledger", "ledger.post", ANONYMOUS, 401);
    add(s, EXPLICIT, "POST", "/ledger", "ledger.post", clerk, 403);
    add(s, EXPLICIT, "POST", "/ledger", "ledger.post", ledgerWriter, 200);
    // rates(): the interface's method-level @PermitAll.
    add(s, EXPLICIT, "GET", "/ledger/rates", "ledger.rates", ANONYMOUS, 200);

    Identity analyst = Identity.caller("an", List.of("analyst"));
    add(s, EXPLICIT, "GET", "/reports", "reports.list", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/reports", "reports.list", EXPORTER, 403);
    add(s, EXPLICIT, "GET", "/reports", "reports.list", analyst, 200);
    add(s, EXPLICIT, "GET", "/reports/export", "reports.export", analyst, 403);
    add(s, EXPLICIT, "GET", "/reports/export", "reports.export", EXPORTER, 200);
    add(s, ZERO_REGISTRATION, "GET", "/reports", "reports.list", analyst, 200);
    add(s, ZERO_REGISTRATION, "GET", "/reports", "reports.list", NO_GRANTS, 403);
  }

  /**
   * Locators with policies, two levels deep: each level's policy holds, outermost first, and so
   * does the sub-resource method's own. Nothing of a sub-resource runs for a denied request.
   */
  private static void locators(List<Scenario> s) {
    Identity enters = Identity.caller("te", List.of("tenants:acme:enter"));
    Identity opens = Identity.caller("po", List.of("projects:p1:open"));
    Identity both = Identity.caller("tp", List.of("tenants:acme:enter", "projects:p1:open"));
    Identity all =
        Identity.caller(
            "ta", List.of("tenants:acme:enter", "projects:p1:open", "projects:p1:delete"));
    Identity deletesOnly =
        Identity.caller("td", List.of("tenants:acme:enter", "projects:p1:delete"));
    // First level.
    add(s, EXPLICIT, "GET", "/tenants/acme", "tenant.about", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/tenants/acme", "tenant.about", NO_GRANTS, 403);
    add(s, EXPLICIT, "GET", "/tenants/other", "tenant.about", enters, 403);
    add(s, EXPLICIT, "GET", "/tenants/*", "tenant.about", enters, 403);
    add(s, EXPLICIT, "GET", "/tenants/acme", "tenant.about", enters, 200);
    // Second level: both locators' permissions are needed.
    add(s, EXPLICIT, "GET", "/tenants/acme/projects/p1", "project.view", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/tenants/acme/projects/p1", "project.view", enters, 403);
    add(s, EXPLICIT, "GET", "/tenants/acme/projects/p1", "project.view", opens, 403);
    add(s, EXPLICIT, "GET", "/tenants/acme/projects/p2", "project.view", both, 403);
    add(s, EXPLICIT, "GET", "/tenants/acme/projects/p1", "project.view", both, 200);
    // The sub-resource method's own policy as well.
    add(s, EXPLICIT, "DELETE", "/tenants/acme/projects/p1", "project.delete", both, 403);
    add(s, EXPLICIT, "DELETE", "/tenants/acme/projects/p1", "project.delete", deletesOnly, 403);
    add(s, EXPLICIT, "DELETE", "/tenants/acme/projects/p1", "project.delete", all, 200);
    // A locator declared as returning Object.
    add(s, EXPLICIT, "GET", "/tenants/guest", "tenant.about", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/tenants/guest", "tenant.about", NO_GRANTS, 200);
    add(s, EXPLICIT, "GET", "/tenants/guest/projects/p1", "project.view", NO_GRANTS, 403);
    add(s, EXPLICIT, "GET", "/tenants/guest/projects/p1", "project.view", opens, 200);
    // Zero registration: the discovered gate does the same with the default authorizer.
    add(s, ZERO_REGISTRATION, "GET", "/tenants/acme", "tenant.about", ANONYMOUS, 401);
    add(s, ZERO_REGISTRATION, "GET", "/tenants/acme/projects/p1", "project.view", opens, 403);
    add(s, ZERO_REGISTRATION, "GET", "/tenants/acme/projects/p1", "project.view", both, 200);
    add(s, ZERO_REGISTRATION, "DELETE", "/tenants/acme/projects/p1", "project.delete", both, 403);
    // The authorizer throws at the first locator: 500, nothing beneath runs.
    add(s, THROWING_AUTHORIZER, "GET", "/tenants/acme/projects/p1", "project.view", all, 500);
    add(s, THROWING_AUTHORIZER, "GET", "/tenants/guest", "tenant.about", NO_GRANTS, 200);
  }

  /**
   * Composed annotations (class-level and method-level, two levels deep, with a template, a
   * composed @PermitAll), and class-level policies of a marker interface and of an abstract base
   * class applied to the resource methods a class declares itself.
   */
  private static void composed(List<Scenario> s) {
    Identity staff = Identity.caller("st", List.of("staff"));
    Identity admin = Identity.caller("ca", List.of("composed:admin"));
    Identity item7 = Identity.caller("i7", List.of("composed:item:7"));
    // Class-level @StaffOnly (meta: @RolesAllowed("staff")).
    add(s, EXPLICIT, "GET", "/composed", "composed.list", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/composed", "composed.list", admin, 403);
    add(s, EXPLICIT, "GET", "/composed", "composed.list", staff, 200);
    // Method-level @AdminOnly (meta: @RequiresPermission("composed:admin")) replaces it.
    add(s, EXPLICIT, "GET", "/composed/admin", "composed.admin", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/composed/admin", "composed.admin", staff, 403);
    add(s, EXPLICIT, "GET", "/composed/admin", "composed.admin", admin, 200);
    // @SuperAdmin (meta: @AdminOnly (meta: @RequiresPermission)).
    add(s, EXPLICIT, "GET", "/composed/root", "composed.root", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/composed/root", "composed.root", staff, 403);
    add(s, EXPLICIT, "GET", "/composed/root", "composed.root", admin, 200);
    // @CanReadItem: its {id} is the endpoint's path variable.
    add(s, EXPLICIT, "GET", "/composed/items/7", "composed.item", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/composed/items/8", "composed.item", item7, 403);
    add(s, EXPLICIT, "GET", "/composed/items/7", "composed.item", item7, 200);
    // A composed @PermitAll.
    add(s, EXPLICIT, "GET", "/composed/open", "composed.open", ANONYMOUS, 200);
    add(s, ZERO_REGISTRATION, "GET", "/composed/admin", "composed.admin", ANONYMOUS, 401);
    add(s, ZERO_REGISTRATION, "GET", "/composed/admin", "composed.admin", staff, 403);
    add(s, ZERO_REGISTRATION, "GET", "/composed/admin", "composed.admin", admin, 200);
    add(s, ZERO_REGISTRATION, "GET", "/composed", "composed.list", staff, 200);

    // A marker interface's class-level policy.
    Identity marked = Identity.caller("mk", List.of("marked:read"));
    add(s, EXPLICIT, "GET", "/marked", "marked.get", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/marked", "marked.get", NO_GRANTS, 403);
    add(s, EXPLICIT, "GET", "/marked", "marked.get", marked, 200);
    add(s, ZERO_REGISTRATION, "GET", "/marked", "marked.get", NO_GRANTS, 403);
    add(s, ZERO_REGISTRATION, "GET", "/marked", "marked.get", marked, 200);
    // An abstract base's class-level policy, on the subclass's own method and on its inherited one.
    Identity based = Identity.caller("bd", List.of("based:read"));
    add(s, EXPLICIT, "GET", "/based/b", "based.b", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/based/b", "based.b", NO_GRANTS, 403);
    add(s, EXPLICIT, "GET", "/based/b", "based.b", based, 200);
    add(s, EXPLICIT, "GET", "/based/a", "based.a", NO_GRANTS, 403);
    add(s, EXPLICIT, "GET", "/based/a", "based.a", based, 200);
    add(s, ZERO_REGISTRATION, "GET", "/based/b", "based.b", based, 200);
  }

  /** Asynchronous and streaming resource methods are checked before they run. */
  private static void async(List<Scenario> s) {
    Identity user = Identity.caller("au", List.of("async:use"));
    for (String path : List.of("/async/suspended", "/async/stage", "/async/stream")) {
      String key = "async." + path.substring("/async/".length());
      add(s, EXPLICIT, "GET", path, key, ANONYMOUS, 401);
      add(s, EXPLICIT, "GET", path, key, NO_GRANTS, 403);
      add(s, EXPLICIT, "GET", path, key, user, 200);
      add(s, ZERO_REGISTRATION, "GET", path, key, NO_GRANTS, 403);
    }
  }

  /** A protected sub-resource reached through an open locator: its own policy holds. */
  private static void subResources(List<Scenario> s) {
    Identity cart7 = Identity.caller("c7", List.of("carts:read:7"));
    add(s, EXPLICIT, "GET", "/shop/carts/7", "shop.cart", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/shop/carts/7", "shop.cart", NO_GRANTS, 403);
    add(s, EXPLICIT, "GET", "/shop/carts/8", "shop.cart", cart7, 403);
    add(s, EXPLICIT, "GET", "/shop/carts/*", "shop.cart", cart7, 403);
    add(s, EXPLICIT, "GET", "/shop/carts/7", "shop.cart", cart7, 200);
    add(s, EXPLICIT, "GET", "/shop/carts/7/items", "shop.items", cart7, 403);
    add(s, EXPLICIT, "GET", "/shop/carts/7/items", "shop.items", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/shop/carts/7/items", "shop.items", READER, 403);
    add(s, ZERO_REGISTRATION, "GET", "/shop/carts/7", "shop.cart", ANONYMOUS, 401);
    add(s, ZERO_REGISTRATION, "GET", "/shop/carts/7/items", "shop.items", NO_GRANTS, 403);
  }

  /**
   * {name} templates, and attempts to widen them with the request: a value is one literal sub-part,
   * so '*', ',' and ':' (plain or percent-encoded) never match a narrower grant.
   */
  private static void templates(List<Scenario> s) {
    Identity reads42 = Identity.caller("r42", List.of("orders:read:42"));
    Identity readsAll = Identity.caller("rAll", List.of("orders:read:*"));
    for (String id :
        List.of("*", "42,43", "a:b", "42:x", "%2A", "42%2C43", "42%3Ax", "42%2C%2A", "%20")) {
      add(s, EXPLICIT, "GET", "/t/orders/" + id, "t.order", reads42, 403);
      add(s, EXPLICIT, "GET", "/t/orders/" + id, "t.order", readsAll, 200);
    }
    add(s, EXPLICIT, "GET", "/t/orders/42", "t.order", ANONYMOUS, 401);
    add(s, EXPLICIT, "GET", "/t/orders/42", "t.order", reads42, 200);
    add(s, EXPLICIT, "GET", "/t/orders/43", "t.order", reads42, 403);
    add(s, EXPLICIT, "GET", "/t/orders/42", "t.order", ORDERS_WILDCARD, 200);
    add(s, EXPLICIT, "GET", "/t/orders/42", "t.order", READER, 200);

    Identity acmeReader =
        Identity.caller("acme", List.of("tenant:acme:member", "orders:read:7"));
    add(s, EXPLICIT, "GET", "/t/tenants/acme/orders/7", "t.tenantOrder", acmeReader, 200);
    add(s, EXPLICIT, "GET", "/t/tenants/globex/orders/7", "t.tenantOrder", acmeReader, 403);
    add(s, EXPLICIT, "GET", "/t/tenants/acme/orders/8", "t.tenantOrder", acmeReader, 403);
    add(s, EXPLICIT, "GET", "/t/tenants/*/orders/7", "t.tenantOrder", acmeReader, 403);
    add(s, EXPLICIT, "GET", "/t/tenants/acme:member/orders/7", "t.tenantOrder", acmeReader, 403);
    add(s, EXPLICIT, "GET", "/t/tenants/globex/orders/7", "t.tenantOrder", ADMIN, 200);

    Identity deleter = Identity.caller("dan", List.of("orders:delete", "orders:frozen:9"));
    add(s, EXPLICIT, "DELETE", "/t/orders/8", "t.delete", deleter, 200);
    add(s, EXPLICIT, "DELETE", "/t/orders/9", "t.delete", deleter, 403);
    // '*' as the id is a literal: the caller's frozen:9 does not cover it, so not frozen.
    add(s, EXPLICIT, "DELETE", "/t/orders/*", "t.delete", deleter, 200);
    add(s, EXPLICIT, "DELETE", "/t/orders/8", "t.delete", READER, 403);

    Identity pdf = Identity.caller("pia", List.of("reports:export:pdf"));
    add(s, EXPLICIT, "GET", "/t/export?format=pdf", "t.export", pdf, 200);
    add(s, EXPLICIT, "GET", "/t/export?format=csv", "t.export", pdf, 403);
    add(s, EXPLICIT, "GET", "/t/export?format=*", "t.export", pdf, 403);
    add(s, EXPLICIT, "GET", "/t/export?format=pdf,csv", "t.export", pdf, 403);
    add(s, EXPLICIT, "GET", "/t/export", "t.export", pdf, 403);
    add(s, EXPLICIT, "GET", "/t/export?format=", "t.export", pdf, 403);
    add(s, EXPLICIT, "GET", "/t/export?format=pdf&format=csv", "t.export", pdf, 403);
    add(s, EXPLICIT, "GET", "/t/export?format=%70df", "t.export", pdf, 200);

    Identity eu = Identity.caller("eu", List.of("region:eu"));
    withHeader(s, "X-Region: eu", "/t/region", "t.region", eu, 200);
    withHeader(s, "X-Region: us", "/t/region", "t.region", eu, 403);
    withHeader(s, "X-Region: *", "/t/region", "t.region", eu, 403);
    withHeader(s, null, "/t/region", "t.region", eu, 403);
    Identity blocked = Identity.caller("bo", List.of("region:eu", "region:blocked"));
    withHeader(s, "X-Region: eu", "/t/region", "t.region", blocked, 403);

    // Default authorizer (roles): a role never grants a value that is not a plain word.
    Identity role42 = Identity.caller("r", List.of("orders:read:42", "orders:read:*"));
    add(s, ZERO_REGISTRATION, "GET", "/t/orders/42", "t.order", role42, 200);
    add(s, ZERO_REGISTRATION, "GET", "/t/orders/*", "t.order", role42, 403);
    add(s, ZERO_REGISTRATION, "GET", "/t/orders/42,43", "t.order", role42, 403);
  }

  private static void add(
      List<Scenario> s,
      Scenario.AppKind app,
      String method,
      String path,
      String key,
      Identity identity,
      int status) {
    s.add(new Scenario(app, method, path, identity, status, key, null));
  }

  private static void withHeader(
      List<Scenario> s, String header, String path, String key, Identity identity, int status) {
    s.add(new Scenario(EXPLICIT, "GET", path, identity, status, key, header));
  }
}
