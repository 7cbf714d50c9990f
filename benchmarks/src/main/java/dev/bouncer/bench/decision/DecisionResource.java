package dev.bouncer.bench.decision;

import dev.bouncer.RequiresPermission;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * The resource whose generated filters the decision benchmarks call. Compiled with Bouncer's
 * processor, so {@code DecisionResource_BouncerGuards} holds one filter per method; the methods
 * themselves never run.
 */
@Path("/orders")
public class DecisionResource {
  /** One static permission. */
  @GET
  @Path("static")
  @RequiresPermission("orders:read")
  public String staticPermission() {
    return "static";
  }

  /** A template filled from the path. */
  @GET
  @Path("{id}")
  @RequiresPermission("orders:read:{id}")
  public String template(@PathParam("id") String id) {
    return id;
  }

  /** Three clauses, two of them templates (path and query). */
  @GET
  @Path("{id}/lines")
  @RequiresPermission("orders:read:{id} && !orders:frozen && region:{region}")
  public String threeClauses(@PathParam("id") String id, @QueryParam("region") String region) {
    return id + region;
  }

  /** The standard role check, as Jersey's RolesAllowedDynamicFeature also enforces it. */
  @GET
  @Path("roles")
  @RolesAllowed("orders:read")
  public String roles() {
    return "roles";
  }
}
