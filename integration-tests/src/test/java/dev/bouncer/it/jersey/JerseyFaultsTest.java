package dev.bouncer.it.jersey;

import dev.bouncer.it.FaultsTest;
import dev.bouncer.it.ServerUnderTest;

/** Faults on Jersey 4.0 (Grizzly). */
class JerseyFaultsTest extends FaultsTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return JerseyServer::start;
  }
}
