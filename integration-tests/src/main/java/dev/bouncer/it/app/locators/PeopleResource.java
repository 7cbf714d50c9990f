package dev.bouncer.it.app.locators;

import dev.bouncer.RequiresPermission;
import dev.bouncer.it.app.Hits;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/** A protected literal locator beside an open template locator, both returning {@link Box}. */
@Path("lx/people")
public class PeopleResource {
  @Path("admin")
  @RequiresPermission("people:admin")
  public Box admin() {
    Hits.record("people.admin");
    return new Box("people.admin");
  }

  @Path("{name}")
  public Box byName(@PathParam("name") String name) {
    Hits.record("people.byName");
    return new Box("people.byName");
  }
}
