package dev.bouncer.it.jersey;

import dev.bouncer.it.ConfigurationTest;
import dev.bouncer.it.ServerUnderTest;

/** One configuration, however registered, and the start-up line, on Jersey (Grizzly). */
class JerseyConfigurationTest extends ConfigurationTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return JerseyServer::start;
  }
}
