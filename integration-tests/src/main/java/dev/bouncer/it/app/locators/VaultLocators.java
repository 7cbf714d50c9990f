package dev.bouncer.it.app.locators;

import dev.bouncer.RequiresPermission;
import dev.bouncer.it.app.Hits;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A protected plain template beside an open regular-expression template. */
@Path("lx/vault")
public class VaultLocators {
  @Path("{name}")
  @RequiresPermission("vault:open")
  public Box named(@PathParam("name") String name) {
    Hits.record("vault.named");
    return new Box("vault.named");
  }

  @Path("{id: [0-9]+}")
  public Box numbered(@PathParam("id") String id) {
    Hits.record("vault.numbered");
    return new Box("vault.numbered");
  }
}
