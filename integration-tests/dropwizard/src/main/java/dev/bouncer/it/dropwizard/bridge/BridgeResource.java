package dev.bouncer.it.dropwizard.bridge;

import dev.bouncer.Authenticated;
import dev.bouncer.it.dropwizard.User;
import dev.bouncer.it.stacks.app.Hits;
import io.dropwizard.auth.Auth;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;

/** What the bridge must also cover: composed policies and dropwizard-auth's {@code @Auth}. */
@Path("/bridge")
@Produces(MediaType.TEXT_PLAIN)
public class BridgeResource {

  /** Protected by a composed annotation only. */
  @GET
  @Path("composed")
  @OrdersReader
  public String composed() {
    return Hits.record("bridge.composed");
  }

  /** Bouncer's policy and dropwizard-auth's principal together. */
  @GET
  @Path("principal")
  @Authenticated
  public String principal(@Auth User user) {
    Hits.record("bridge.principal");
    return "ran bridge.principal as " + user.getName();
  }

  /** No policy: dropwizard-auth's optional principal, anonymous callers welcome. */
  @GET
  @Path("optional")
  public String optional(@Auth Optional<User> user) {
    Hits.record("bridge.optional");
    return "ran bridge.optional as " + user.map(User::getName).orElse("anonymous");
  }
}
