package com.acme.status;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** No policy anywhere: reported as unprotected (kind NONE). */
@Path("status")
public class StatusResource {
  @GET
  public String status() {
    return "up";
  }
}
