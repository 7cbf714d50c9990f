package dev.bouncer.it.jersey;

import dev.bouncer.it.ScenarioTableTest;
import dev.bouncer.it.ServerUnderTest;
import java.util.Map;
import org.junit.jupiter.api.Nested;

/**
 * The whole scenario table, the application that registers nothing included, with each of Jersey's
 * switches that turn off the service loading Bouncer's runtime is found by: the processor's
 * generated {@code ForcedAutoDiscoverable} must switch Bouncer on regardless (issue 12).
 */
class JerseySwitchedOffTest {
  private static ServerUnderTest.Factory with(String property, Object value) {
    return app -> JerseyServer.start(app, Map.of(property, value));
  }

  @Nested
  class DisableAutoDiscovery extends ScenarioTableTest {
    @Override
    protected ServerUnderTest.Factory factory() {
      return with("jersey.config.disableAutoDiscovery", true);
    }
  }

  @Nested
  class ServerDisableAutoDiscovery extends ScenarioTableTest {
    @Override
    protected ServerUnderTest.Factory factory() {
      return with("jersey.config.server.disableAutoDiscovery", true);
    }
  }

  @Nested
  class DisableMetainfServicesLookup extends ScenarioTableTest {
    @Override
    protected ServerUnderTest.Factory factory() {
      return with("jersey.config.server.disableMetainfServicesLookup", true);
    }
  }

  @Nested
  class LoadServicesFalse extends ScenarioTableTest {
    @Override
    protected ServerUnderTest.Factory factory() {
      return with("jakarta.ws.rs.loadServices", false);
    }
  }
}
