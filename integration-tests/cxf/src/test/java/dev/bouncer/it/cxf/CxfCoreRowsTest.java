package dev.bouncer.it.cxf;

import dev.bouncer.it.stacks.CoreRows;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The core rows on Apache CXF (JAX-RS frontend, Jetty transport), identity from CXF's JAAS
 * authentication filter (HTTP Basic). Each subclass registers Bouncer one way, or not at all. The
 * server matches requests as Jakarta REST specifies ({@link CxfServer#KEEP_LOCATORS}); {@link
 * CxfActivationTest} shows CXF's default matching.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class CxfCoreRowsTest extends CoreRows {
  private CxfServer server;

  /** What the application registers besides the authentication filter. */
  abstract List<?> providers();

  @BeforeAll
  void start() {
    server = CxfServer.start(providers());
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  @Override
  protected URI base() {
    return server.base();
  }

  /** Bouncer decides {@code @DenyAll} on CXF: 403 for everyone, anonymous callers too. */
  @Override
  protected int anonymousDenyAllStatus() {
    return 403;
  }
}
