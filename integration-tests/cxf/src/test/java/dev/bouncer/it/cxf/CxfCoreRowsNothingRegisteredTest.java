package dev.bouncer.it.cxf;

import java.util.List;

/** The README's set-up on CXF: bouncer-cxf on the class path, nothing of Bouncer's registered. */
class CxfCoreRowsNothingRegisteredTest extends CxfCoreRowsTest {
  @Override
  List<?> providers() {
    return List.of();
  }
}
