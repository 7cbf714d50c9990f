package dev.bouncer.it.resteasy;

import dev.bouncer.it.ScenarioTableTest;
import dev.bouncer.it.ServerUnderTest;

/** The scenario table on RESTEasy (Undertow): 7.0 in integration-tests, 6.2 in integration-tests/ee10. */
class ResteasyScenarioTest extends ScenarioTableTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return ResteasyServer::start;
  }
}
