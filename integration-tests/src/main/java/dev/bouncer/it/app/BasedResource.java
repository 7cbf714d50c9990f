package dev.bouncer.it.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Declares {@code b()} itself: its superclass's class-level policy applies to it. */
@Path("/based")
public class BasedResource extends AbstractBasedResource {
  @GET
  @Path("b")
  public String b() {
    return Hits.record("based.b");
  }
}
