package dev.bouncer.it.app;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Class-level @DenyAll, which Jersey's own feature ignores; Bouncer does not. */
@Path("/vault")
@DenyAll
public class VaultResource {
  @GET
  public String open() {
    return Hits.record("vault.get");
  }

  @GET
  @Path("lobby")
  @PermitAll
  @SuppressWarnings("bouncer:loosening")
  public String lobby() {
    return Hits.record("vault.lobby");
  }
}
