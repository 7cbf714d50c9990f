package dev.bouncer.it.resteasy;

import dev.bouncer.it.ScenarioTableTest;
import dev.bouncer.it.ServerUnderTest;

/**
 * The whole scenario table on a {@code ResteasyDeployment} that has no {@code Application}: RESTEasy
 * reads the Jakarta REST service files only for an {@code Application}, so the runtime is found
 * through RESTEasy's own provider file instead (issue 12).
 */
class ResteasyWithoutApplicationTest extends ScenarioTableTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return ResteasyServer::startWithoutApplication;
  }
}
