package dev.bouncer.it.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** No policy at all: open, and reported as unprotected. */
@Path("/status")
public class StatusResource {
  @GET
  public String get() {
    return Hits.record("status.get");
  }
}
