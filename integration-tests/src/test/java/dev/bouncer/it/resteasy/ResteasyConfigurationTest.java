package dev.bouncer.it.resteasy;

import dev.bouncer.it.ConfigurationTest;
import dev.bouncer.it.ServerUnderTest;

/** One configuration, however registered, and the start-up line, on RESTEasy (Undertow). */
class ResteasyConfigurationTest extends ConfigurationTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return ResteasyServer::start;
  }
}
