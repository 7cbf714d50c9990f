package dev.bouncer.it.stacks.app;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Reached only through {@link OrdersResource#vault()}, whose policy guards it. */
@Produces(MediaType.TEXT_PLAIN)
public class VaultResource {

  @GET
  public String open() {
    return Hits.record("vault.open");
  }
}
