package dev.bouncer.it.resteasy;

import dev.bouncer.it.FaultsTest;
import dev.bouncer.it.ServerUnderTest;

/** Faults on RESTEasy 7.0 (Undertow). */
class ResteasyFaultsTest extends FaultsTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return ResteasyServer::start;
  }
}
