package dev.bouncer.it.app;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Class-level @RolesAllowed. */
@Path("/admin")
@RolesAllowed("admin")
public class AdminResource {
  @GET
  public String get() {
    return Hits.record("admin.get");
  }
}
