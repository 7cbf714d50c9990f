package dev.bouncer.it.app.locators;

import dev.bouncer.it.app.Hits;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

/**
 * A sub-resource with no policy of its own, returned by open and protected locators alike: what
 * guards a request to it is only the policy of the locator the server invoked. Every method records
 * which locator produced the instance, so a test can tell exactly what ran.
 */
public class Box {
  private final String origin;

  public Box(String origin) {
    this.origin = origin;
  }

  @GET
  public String get() {
    return Hits.record("box.get@" + origin);
  }

  @DELETE
  public String delete() {
    return Hits.record("box.delete@" + origin);
  }

  @GET
  @Path("leaf")
  public String leaf() {
    return Hits.record("box.leaf@" + origin);
  }

  /** A third level: the policy of every locator on the way must hold. */
  @Path("inner")
  public Box inner() {
    Hits.record("box.inner@" + origin);
    return new Box(origin + ".inner");
  }

  /** An explicit OPTIONS method of the application: checked like any other. */
  @OPTIONS
  @Path("explicit-options")
  public Response options() {
    Hits.record("box.options@" + origin);
    return Response.ok("options").header("Allow", "OPTIONS").build();
  }

  /** An explicit HEAD method of the application. */
  @HEAD
  @Path("explicit-head")
  public Response head() {
    Hits.record("box.head@" + origin);
    return Response.ok().build();
  }
}
