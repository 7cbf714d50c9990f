package dev.bouncer.it.stacks.app;

import dev.bouncer.Authenticated;
import dev.bouncer.RequiresPermission;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * One endpoint per kind of policy: the orders app every stack module serves, identity from that
 * stack's own security (HTTP Basic with the users {@code reader}, {@code nobody}, {@code clerk}).
 */
@Path("/orders")
@Produces(MediaType.TEXT_PLAIN)
public class OrdersResource {

  @GET
  @RequiresPermission("orders:read")
  public String list() {
    return Hits.record("orders.list");
  }

  @POST
  @RequiresPermission("orders:write")
  public String create(String body) {
    return Hits.record("orders.create");
  }

  /** A template: the permission names the order asked for. */
  @GET
  @Path("{id}")
  @RequiresPermission("orders:read:{id}")
  public String get(@PathParam("id") String id) {
    return Hits.record("orders.get." + id);
  }

  @GET
  @Path("me")
  @Authenticated
  public String me() {
    return Hits.record("orders.me");
  }

  @GET
  @Path("staff")
  @RolesAllowed("staff")
  public String staff() {
    return Hits.record("orders.staff");
  }

  @DELETE
  @Path("{id}")
  @DenyAll
  public String delete(@PathParam("id") String id) {
    return Hits.record("orders.delete");
  }

  @GET
  @Path("public")
  @PermitAll
  @SuppressWarnings("bouncer:loosening")
  public String publicInfo() {
    return Hits.record("orders.public");
  }

  /** A protected sub-resource locator: what it returns carries no policy of its own. */
  @Path("vault")
  @RequiresPermission("vault:open")
  public VaultResource vault() {
    return new VaultResource();
  }
}
