package dev.bouncer.it.unprocessed;

import dev.bouncer.RequiresPermission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Carries a policy but was compiled without Bouncer's processor, so it has no generated filter: it
 * must never be served open (500 or denied).
 */
@Path("/unprocessed")
@Produces(MediaType.TEXT_PLAIN)
public class UnprocessedResource {
  /** How often {@link #get()} ran. */
  public static final AtomicInteger HITS = new AtomicInteger();

  /** Needs {@code orders:read}, which nothing here can check. */
  @GET
  @RequiresPermission("orders:read")
  public String get() {
    HITS.incrementAndGet();
    return "ran unprocessed";
  }
}
