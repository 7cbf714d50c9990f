package dev.bouncer.it.jersey;

import dev.bouncer.it.SeparateCompilationTest;
import dev.bouncer.it.ServerUnderTest;

/** Separate compilation on Jersey 4.0 (Grizzly). */
class JerseySeparateCompilationTest extends SeparateCompilationTest {
  @Override
  protected ServerUnderTest.Factory factory() {
    return JerseyServer::start;
  }
}
