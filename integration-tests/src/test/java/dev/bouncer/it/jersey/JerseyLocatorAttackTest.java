package dev.bouncer.it.jersey;

import dev.bouncer.it.LocatorAttackTest;
import dev.bouncer.it.ServerUnderTest;

/** Sub-resource locator attacks on Jersey 4.0 (Grizzly). */
class JerseyLocatorAttackTest extends LocatorAttackTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return JerseyServer::start;
  }

  @Override
  protected boolean exactForEveryRequest() {
    return true; // ExtendedUriInfo.getMatchedResourceLocators(), Jersey 3.1 and 4.0 alike
  }
}
