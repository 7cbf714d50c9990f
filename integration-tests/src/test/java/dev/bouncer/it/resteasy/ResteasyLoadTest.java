package dev.bouncer.it.resteasy;

import dev.bouncer.it.LoadTest;
import dev.bouncer.it.ServerUnderTest;

/** Load on RESTEasy 7.0 (Undertow). */
class ResteasyLoadTest extends LoadTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return ResteasyServer::start;
  }
}
