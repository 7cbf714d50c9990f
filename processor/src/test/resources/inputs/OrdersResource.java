package com.acme.orders;

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
import jakarta.ws.rs.QueryParam;
import java.util.List;

@Path("/orders")
@RequiresPermission("orders:read")
public class OrdersResource {
  @GET
  public List<String> list(@QueryParam("tag") List<String> tags, @QueryParam("limit") int limit) {
    return tags;
  }

  @GET
  @Path("{id}")
  public String get(@PathParam("id") long id) {
    return "order";
  }

  @GET
  @Path("health")
  @PermitAll
  @SuppressWarnings("bouncer:loosening") // deliberately open: load balancers probe it
  public String health() {
    return "ok";
  }

  @GET
  @Path("me")
  @Authenticated
  @SuppressWarnings("bouncer:loosening") // every caller may see who they are
  public String me() {
    return "me";
  }

  @GET
  @Path("audit")
  @RolesAllowed({"ops", "admin"})
  public String audit() {
    return "audit";
  }

  @POST
  @RequiresPermission("orders:write,import")
  public String create(String body) {
    return body;
  }

  @POST
  @Path("batch")
  @RequiresPermission("orders:write,import")
  public String create(byte[] payload, List<String> labels) {
    return "batch";
  }

  @PUT
  @Path("{id}")
  @RequiresPermission("orders:write && !orders:frozen || admin:*")
  public void update(@PathParam("id") long id, String body) {}

  @DELETE
  @Path("{id}")
  @DenyAll
  public void delete(@PathParam("id") long id) {}

  @GET
  @Path("{id}/lines")
  @RequiresPermission("orders:read:{id} && (region:{region} || admin:*)")
  public String lines(@PathParam("id") long id, @QueryParam("region") String region) {
    return null;
  }

  /** A sub-resource locator: the class's policy guards everything beneath it. */
  @Path("{id}/items")
  public Items items(@PathParam("id") long id) {
    return new Items();
  }

  /** A sub-resource: its paths are relative to the locator that returns it. */
  public static class Items {
    @GET
    public List<String> all() {
      return List.of();
    }

    @DELETE
    @Path("{item}")
    @RequiresPermission("(orders:write || orders:admin) && !orders:frozen")
    public void remove(@PathParam("item") String item) {}
  }
}
