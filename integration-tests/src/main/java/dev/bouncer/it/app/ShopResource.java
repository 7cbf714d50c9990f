package dev.bouncer.it.app;

import dev.bouncer.RequiresPermission;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A root resource whose locator (deliberately open) leads to a protected sub-resource. */
@Path("/shop")
public class ShopResource {
  @Path("carts/{cart}")
  @PermitAll
  public Cart cart(@PathParam("cart") String cart) {
    return new Cart();
  }

  /** A sub-resource: no @Path on the class, reached only through the locator. */
  public static class Cart {
    @GET
    @RequiresPermission("carts:read:{cart}")
    public String get(@PathParam("cart") String cart) {
      return Hits.record("shop.cart");
    }

    @GET
    @Path("items")
    @RequiresPermission("carts:read")
    public String items() {
      return Hits.record("shop.items");
    }
  }
}
