package dev.bouncer.it.app;

import dev.bouncer.RequiresPermission;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** One endpoint per grammar feature that takes values from the request. */
@Path("/t")
public class TemplatesResource {
  @GET
  @Path("orders/{id}")
  @RequiresPermission("orders:read:{id}")
  public String order(@PathParam("id") String id) {
    return Hits.record("t.order");
  }

  @GET
  @Path("tenants/{tenant}/orders/{id: [0-9]+}")
  @RequiresPermission("tenant:{tenant}:member && orders:read:{id} || admin:*")
  public String tenantOrder(@PathParam("tenant") String tenant, @PathParam("id") long id) {
    return Hits.record("t.tenantOrder");
  }

  @DELETE
  @Path("orders/{id}")
  @RequiresPermission("orders:delete && !orders:frozen:{id}")
  public String delete(@PathParam("id") String id) {
    return Hits.record("t.delete");
  }

  @GET
  @Path("export")
  @RequiresPermission("reports:export:{format}")
  public String export(@QueryParam("format") String format) {
    return Hits.record("t.export");
  }

  @GET
  @Path("region")
  @RequiresPermission("(region:{X-Region}) && !region:blocked")
  public String region(@HeaderParam("X-Region") String region) {
    return Hits.record("t.region");
  }
}
