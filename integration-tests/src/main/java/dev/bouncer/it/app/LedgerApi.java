package dev.bouncer.it.app;

import dev.bouncer.Authenticated;
import dev.bouncer.RequiresPermission;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/**
 * An interface with a class-level policy and per-method ones; the implementation adds a
 * class-level policy of its own, which must not replace the interface's method-level ones.
 */
@Path("/ledger")
@Authenticated
public interface LedgerApi {
  @GET
  String entries();

  @POST
  @RequiresPermission("ledger:write")
  String post();

  @GET
  @Path("rates")
  @PermitAll
  String rates();
}
