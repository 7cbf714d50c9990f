package dev.bouncer.it.jersey;

import dev.bouncer.it.FailClosedTest;
import dev.bouncer.it.ServerUnderTest;

/** Missing or broken generated policies on Jersey. */
class JerseyFailClosedTest extends FailClosedTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return JerseyServer::start;
  }
}
