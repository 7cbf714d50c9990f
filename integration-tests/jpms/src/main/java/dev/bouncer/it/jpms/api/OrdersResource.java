package dev.bouncer.it.jpms.api;

import dev.bouncer.Authenticated;
import dev.bouncer.RequiresPermission;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** Protected endpoints in a package exported to Bouncer's runtime. */
@Path("/orders")
@Authenticated
public class OrdersResource {
  /** Any identified caller. */
  @GET
  public String list() {
    return "orders";
  }

  /** Needs {@code orders:read:<id>}. */
  @GET
  @Path("{id}")
  @RequiresPermission("orders:read:{id}")
  public String get(@PathParam("id") String id) {
    return "order " + id;
  }

  /** Needs {@code orders:admin}: a protected locator beside an open one of the same type. */
  @Path("sub/admin")
  @RequiresPermission("orders:admin")
  public Shelf admin() {
    return new Shelf("admin");
  }

  /** Any identified caller (the class's policy). */
  @Path("sub/{name}")
  public Shelf named(@PathParam("name") String name) {
    return new Shelf(name);
  }

  /** Returned by both locators above. */
  public static class Shelf {
    private final String name;

    Shelf(String name) {
      this.name = name;
    }

    @GET
    public String get() {
      return "shelf " + name;
    }
  }

  /** Anyone. */
  @GET
  @Path("health")
  @PermitAll
  @SuppressWarnings("bouncer:loosening") // open on purpose
  public String health() {
    return "ok";
  }
}
