package dev.bouncer.it.jpms.hidden;

import dev.bouncer.RequiresPermission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/**
 * A protected endpoint in a package that Bouncer's runtime may not access: the module forgot to
 * export it to {@code dev.bouncer.runtime}. Bouncer must fail closed.
 */
@Path("/vault")
public class VaultResource {
  /** Needs {@code vault:read}; never reached, since Bouncer cannot load its policy. */
  @GET
  @RequiresPermission("vault:read")
  public String read() {
    return "vault";
  }
}
