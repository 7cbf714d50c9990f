package dev.bouncer.it.dropwizard.bridge;

import dev.bouncer.Authenticated;
import dev.bouncer.it.stacks.app.Hits;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** A class-level policy: its methods carry none of their own. */
@Path("/signed-in")
@Produces(MediaType.TEXT_PLAIN)
@Authenticated
public class GuardedByClass {

  @GET
  public String get() {
    return Hits.record("signed-in");
  }
}
