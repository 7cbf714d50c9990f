package dev.bouncer.it.jpms.opened;

import dev.bouncer.RequiresPermission;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** A protected endpoint in a package opened to every module. */
@Path("/notes")
public class NotesResource {
  /** Needs {@code notes:read}. */
  @GET
  @RequiresPermission("notes:read")
  public String read() {
    return "notes";
  }
}
