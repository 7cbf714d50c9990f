package dev.bouncer.it.resteasy;

import dev.bouncer.it.FailClosedTest;
import dev.bouncer.it.ServerUnderTest;

/** Missing or broken generated policies on RESTEasy. */
class ResteasyFailClosedTest extends FailClosedTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return ResteasyServer::start;
  }
}
