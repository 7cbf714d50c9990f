package dev.bouncer.it.app;

import dev.bouncer.Authenticated;
import dev.bouncer.RequiresPermission;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Class-level permission, and every kind of method-level policy that replaces it. */
@Path("/orders")
@Produces(MediaType.TEXT_PLAIN)
@RequiresPermission("orders:read")
public class OrdersResource {

  @GET
  public String list() {
    return Hits.record("orders.list");
  }

  @GET
  @Path("{id}")
  @RequiresPermission("orders:audit")
  public String get(@PathParam("id") String id) {
    return Hits.record("orders.get");
  }

  @POST
  @RequiresPermission("orders:write")
  public String create(String body) {
    return Hits.record("orders.create");
  }

  @PUT
  @Path("{id}")
  @RolesAllowed({"ops", "admin"})
  public String replace(@PathParam("id") String id, String body) {
    return Hits.record("orders.replace");
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

  @GET
  @Path("mine")
  @Authenticated
  @SuppressWarnings("bouncer:loosening")
  public String mine() {
    return Hits.record("orders.mine");
  }

  @GET
  @Path("export")
  @RequiresPermission("reports:export && !orders:frozen || admin:*")
  public String export() {
    return Hits.record("orders.export");
  }
}
