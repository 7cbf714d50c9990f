package dev.bouncer.it.jersey;

import dev.bouncer.it.ScenarioTableTest;
import dev.bouncer.it.ServerUnderTest;

/** The scenario table on Jersey (Grizzly): 4.0 in integration-tests, 3.1 in integration-tests/ee10. */
class JerseyScenarioTest extends ScenarioTableTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return JerseyServer::start;
  }
}
