package dev.bouncer.it.stacks.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** No policy: open to everyone. */
@Path("/health")
@Produces(MediaType.TEXT_PLAIN)
public class HealthResource {

  @GET
  public String health() {
    return Hits.record("health");
  }
}
