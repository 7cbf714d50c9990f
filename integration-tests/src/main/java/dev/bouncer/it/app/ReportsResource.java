package dev.bouncer.it.app;

import dev.bouncer.RequiresPermission;
import jakarta.ws.rs.Path;

/**
 * Inherits {@code list()} and its class's {@code @RolesAllowed("analyst")}; overrides {@code
 * export()} and re-annotates it, which replaces what it inherits.
 */
@Path("/reports")
public class ReportsResource extends AbstractReportsResource {
  @Override
  @RequiresPermission("reports:export")
  public String export() {
    return Hits.record("reports.export");
  }
}
