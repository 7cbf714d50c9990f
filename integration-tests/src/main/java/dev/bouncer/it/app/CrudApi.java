package dev.bouncer.it.app;

import dev.bouncer.RequiresPermission;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * A generic API interface carrying both the Jakarta REST annotations and the policies. Its
 * implementations carry neither: everything is inherited, including through the erased
 * {@code get(Object)} that a server may report instead of {@code get(String)}.
 *
 * @param <T> the entity
 * @param <ID> its identifier
 */
public interface CrudApi<T, ID> {
  @GET
  @Path("{id}")
  @RequiresPermission("widgets:read:{id}")
  T get(@PathParam("id") ID id);

  @DELETE
  @Path("{id}")
  @RequiresPermission("widgets:delete")
  T delete(@PathParam("id") ID id);
}
