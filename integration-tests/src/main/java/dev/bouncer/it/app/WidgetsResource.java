package dev.bouncer.it.app;

import jakarta.ws.rs.Path;

/** Implements {@link CrudApi} with no Bouncer or Jakarta REST annotation on its methods. */
@Path("/widgets")
public class WidgetsResource implements CrudApi<String, String> {
  @Override
  public String get(String id) {
    return Hits.record("widgets.get");
  }

  @Override
  public String delete(String id) {
    return Hits.record("widgets.delete");
  }
}
