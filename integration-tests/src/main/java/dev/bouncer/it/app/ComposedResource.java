package dev.bouncer.it.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Composed annotations, class-level and method-level: the class-level {@link StaffOnly} holds
 * unless a method's own (composed) annotation replaces it, as direct annotations do.
 */
@Path("/composed")
@StaffOnly
public class ComposedResource {
  @GET
  public String list() {
    return Hits.record("composed.list");
  }

  @GET
  @Path("admin")
  @AdminOnly
  public String admin() {
    return Hits.record("composed.admin");
  }

  @GET
  @Path("root")
  @SuperAdmin
  public String root() {
    return Hits.record("composed.root");
  }

  @GET
  @Path("items/{id}")
  @CanReadItem
  public String item(@PathParam("id") String id) {
    return Hits.record("composed.item");
  }

  @GET
  @Path("open")
  @Public
  @SuppressWarnings("bouncer:loosening")
  public String open() {
    return Hits.record("composed.open");
  }
}
