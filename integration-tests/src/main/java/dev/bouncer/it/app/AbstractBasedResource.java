package dev.bouncer.it.app;

import dev.bouncer.RequiresPermission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** An abstract base whose class-level policy also covers its subclass's own resource methods. */
@RequiresPermission("based:read")
public abstract class AbstractBasedResource {
  @GET
  @Path("a")
  public String a() {
    return Hits.record("based.a");
  }
}
