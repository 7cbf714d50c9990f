package dev.bouncer.it.app;

import dev.bouncer.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Class-level @Authenticated, with a method-level @RolesAllowed. */
@Path("/account")
@Authenticated
public class AccountResource {
  @GET
  public String get() {
    return Hits.record("account.get");
  }

  @GET
  @Path("audit")
  @RolesAllowed("auditor")
  public String audit() {
    return Hits.record("account.audit");
  }
}
