package dev.bouncer.it.app;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An abstract resource with a class-level policy that its concrete subclass inherits. */
@RolesAllowed("analyst")
public abstract class AbstractReportsResource {
  @GET
  public String list() {
    return Hits.record("reports.list");
  }

  @GET
  @Path("export")
  public abstract String export();
}
