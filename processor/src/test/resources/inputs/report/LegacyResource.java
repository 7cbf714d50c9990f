package com.acme.legacy;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.Path;

/** No policy anywhere: unprotected. */
@Path("/legacy/")
public class LegacyResource {
  @GET
  @Path("ping")
  public String ping() {
    return "pong";
  }

  @HEAD
  public void probe() {}
}
