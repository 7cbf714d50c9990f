package dev.bouncer.it.jersey;

import dev.bouncer.it.LoadTest;
import dev.bouncer.it.ServerUnderTest;

/** Load on Jersey 4.0 (Grizzly). */
class JerseyLoadTest extends LoadTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return JerseyServer::start;
  }
}
