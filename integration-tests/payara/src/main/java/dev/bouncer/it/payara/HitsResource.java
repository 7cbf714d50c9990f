package dev.bouncer.it.payara;

import dev.bouncer.it.stacks.app.Hits;
import dev.bouncer.it.unprocessed.UnprocessedResource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Test plumbing, not part of the app under test: the server runs in its own JVM, so the tests ask
 * it how often a method ran. No annotation at all: Payara asks anonymous callers to authenticate
 * even on {@code @PermitAll} methods.
 */
@Path("/hits/{key}")
@Produces(MediaType.TEXT_PLAIN)
public class HitsResource {

  @GET
  public String count(@PathParam("key") String key) {
    int count = key.equals("unprocessed") ? UnprocessedResource.HITS.get() : Hits.count(key);
    return Integer.toString(count);
  }
}
