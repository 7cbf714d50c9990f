package dev.bouncer.it.jersey;

import dev.bouncer.it.ScenarioTableTest;
import dev.bouncer.it.ServerUnderTest;

/** The scenario table on Jersey 4.0 (Grizzly). */
class JerseyScenarioTest extends ScenarioTableTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return JerseyServer::start;
  }
}
