package dev.bouncer.it.quarkus;

import dev.bouncer.it.stacks.CoreRows;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;

/**
 * The core rows on Quarkus, identity from Quarkus security (HTTP Basic, users embedded in {@code
 * application.properties}).
 *
 * <p>{@code @RolesAllowed} and {@code @DenyAll} are Quarkus security's annotations too: Quarkus
 * checks them itself, before any filter runs, and answers with its own 401 (its HTTP Basic
 * challenge) and 403 (no body). Denied either way; the method never runs. Quarkus authenticates
 * first (proactive authentication), so bad credentials get its own 401.
 */
@QuarkusTest
class QuarkusCoreRowsTest extends CoreRows {

  @TestHTTPResource("/")
  URI base;

  @Override
  protected URI base() {
    return base;
  }
}
