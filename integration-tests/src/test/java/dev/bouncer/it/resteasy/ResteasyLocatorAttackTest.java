package dev.bouncer.it.resteasy;

import dev.bouncer.it.LocatorAttackTest;
import dev.bouncer.it.ServerUnderTest;

/** Sub-resource locator attacks on RESTEasy 7.0 (Undertow). */
class ResteasyLocatorAttackTest extends LocatorAttackTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return ResteasyServer::start;
  }
}
