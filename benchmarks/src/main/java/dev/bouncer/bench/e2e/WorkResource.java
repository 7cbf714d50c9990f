package dev.bouncer.bench.e2e;

import dev.bouncer.RequiresPermission;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The end-to-end service: the same work behind no policy, a static and a template permission. */
@Path("/")
@Produces(MediaType.APPLICATION_JSON)
public class WorkResource {
  /** Open. */
  @GET
  @Path("open/{id}")
  @PermitAll
  public String open(@PathParam("id") String id) {
    return render(id);
  }

  /** A static permission. */
  @GET
  @Path("static/{id}")
  @RequiresPermission("orders:read")
  public String staticPermission(@PathParam("id") String id) {
    return render(id);
  }

  /** A template permission. */
  @GET
  @Path("orders/{id}")
  @RequiresPermission("orders:read:{id}")
  public String template(@PathParam("id") String id) {
    return render(id);
  }

  static String render(String id) {
    return "{\"id\":\"" + id + "\",\"status\":\"open\",\"lines\":3}";
  }
}
