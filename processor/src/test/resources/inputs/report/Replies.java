package com.acme.shop;

import dev.bouncer.RequiresPermission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Two locators deep: /api/catalog/{sku}/reviews/{review}/replies. */
@RequiresPermission("reviews:read")
public class Replies {
  @GET
  public String all() {
    return "[]";
  }

  /** A path a reader must see literally, never as markup. */
  @GET
  @Path("<b>&\"quoted\"")
  public String odd() {
    return "";
  }
}
