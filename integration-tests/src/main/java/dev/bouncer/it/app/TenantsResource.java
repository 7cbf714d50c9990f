package dev.bouncer.it.app;

import dev.bouncer.Authenticated;
import dev.bouncer.RequiresPermission;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * Locators two levels deep, each with its own policy: {@code /tenants/{tenant}} (an instance),
 * then {@code projects/{project}} (a class the server instantiates). Every level's policy must
 * hold, outermost first, and the sub-resource methods' own too.
 */
@Path("/tenants")
public class TenantsResource {
  @Path("{tenant}")
  @RequiresPermission("tenants:{tenant}:enter")
  public Tenant tenant(@PathParam("tenant") String tenant) {
    Hits.record("locator.tenant");
    return new Tenant();
  }

  /** A locator declared as returning Object: its policy applies to whatever it returns. */
  @Path("guest")
  @Authenticated
  public Object guest() {
    Hits.record("locator.guest");
    return new Tenant();
  }

  /** One tenant. */
  public static class Tenant {
    @GET
    @PermitAll
    public String about() {
      return Hits.record("tenant.about");
    }

    @Path("projects/{project}")
    @RequiresPermission("projects:{project}:open")
    public Class<Project> project() {
      Hits.record("locator.project");
      return Project.class;
    }
  }

  /** One project of a tenant; created by the server. */
  public static class Project {
    @GET
    public String view() {
      return Hits.record("project.view");
    }

    @DELETE
    @RequiresPermission("projects:{project}:delete")
    public String delete(@PathParam("project") String project) {
      return Hits.record("project.delete");
    }
  }
}
