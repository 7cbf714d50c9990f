package dev.bouncer.it.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Takes its policy from the marker interface {@link Marked}. */
@Path("/marked")
public class MarkedResource implements Marked {
  @GET
  public String get() {
    return Hits.record("marked.get");
  }
}
