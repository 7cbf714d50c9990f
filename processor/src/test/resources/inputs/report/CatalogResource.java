package com.acme.shop;

import dev.bouncer.Authenticated;
import dev.bouncer.RequiresPermission;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("catalog")
@Produces(MediaType.APPLICATION_JSON)
@RequiresPermission("catalog:read")
public class CatalogResource {
  @GET
  public String list(@QueryParam("q") String query) {
    return "[]";
  }

  @POST
  @Consumes({"application/json", "text/plain, text/csv"})
  @RequiresPermission("catalog:write && !catalog:frozen || admin:*")
  public String add(String item) {
    return item;
  }

  @PUT
  @Path("{sku}")
  @RequiresPermission("catalog:write:{sku}")
  public void replace(@PathParam("sku") String sku, String item) {}

  @DELETE
  @Path("{sku}")
  @DenyAll
  public void remove(@PathParam("sku") String sku) {}

  @GET
  @Path("stats")
  @RolesAllowed({"ops", "auditor"})
  @Produces("text/csv")
  public String stats() {
    return "";
  }

  @GET
  @Path("me/wishlist")
  @Authenticated
  @SuppressWarnings("bouncer:loosening")
  public String wishlist() {
    return "[]";
  }

  /** Deliberately open, but not read-only: `check` flags it. */
  @POST
  @Path("newsletter")
  @PermitAll
  @SuppressWarnings("bouncer:loosening")
  public void subscribe(String email) {}

  @Path("{sku}/reviews")
  @PermitAll
  @SuppressWarnings("bouncer:loosening")
  public Reviews reviews(@PathParam("sku") String sku) {
    return new Reviews();
  }
}
