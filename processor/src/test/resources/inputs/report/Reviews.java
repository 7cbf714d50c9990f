package com.acme.shop;

import dev.bouncer.RequiresPermission;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/** A sub-resource, reached through CatalogResource#reviews; it has its own sub-resource. */
public class Reviews {
  @GET
  public String all() {
    return "[]";
  }

  @POST
  @RequiresPermission("reviews:write:{region}")
  public void add(@QueryParam("region") String region, String text) {}

  @Path("{review}/replies")
  @PermitAll
  public Replies replies(@PathParam("review") String review) {
    return new Replies();
  }
}
