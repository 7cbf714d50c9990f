package dev.bouncer.bench.decision;

import dev.bouncer.RequiresPermission;
import jakarta.ws.rs.Path;

/**
 * The root resource of the locator benchmark: {@code /shop/orders} is reached through a
 * sub-resource locator with a static permission. Compiled with Bouncer's processor; the locator
 * never runs in the benchmark (the server would have run it while matching).
 */
@Path("/shop")
public class LocatorResource {
  /** A protected sub-resource locator; what it returns has no policy of its own. */
  @Path("orders")
  @RequiresPermission("orders:read")
  public LocatedOrders orders() {
    return new LocatedOrders();
  }
}
