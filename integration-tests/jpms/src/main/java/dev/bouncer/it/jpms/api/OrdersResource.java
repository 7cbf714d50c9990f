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

  /** Anyone. */
  @GET
  @Path("health")
  @PermitAll
  @SuppressWarnings("bouncer:loosening") // open on purpose
  public String health() {
    return "ok";
  }
}
