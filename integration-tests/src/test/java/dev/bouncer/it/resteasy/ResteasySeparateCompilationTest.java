package dev.bouncer.it.resteasy;

import dev.bouncer.it.SeparateCompilationTest;
import dev.bouncer.it.ServerUnderTest;

/** Separate compilation on RESTEasy 7.0 (Undertow). */
class ResteasySeparateCompilationTest extends SeparateCompilationTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return ResteasyServer::start;
  }
}
