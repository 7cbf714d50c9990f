package dev.bouncer.it.resteasy;

import dev.bouncer.it.ScenarioTableTest;
import dev.bouncer.it.ServerUnderTest;

/** The scenario table on RESTEasy 7.0 (Undertow). */
class ResteasyScenarioTest extends ScenarioTableTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return ResteasyServer::start;
  }
}
