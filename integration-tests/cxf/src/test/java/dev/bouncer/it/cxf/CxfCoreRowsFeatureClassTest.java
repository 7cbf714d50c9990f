package dev.bouncer.it.cxf;

import dev.bouncer.runtime.BouncerFeature;
import java.util.List;

/**
 * {@code BouncerFeature.class} registered with the server factory: CXF instantiates it and takes it
 * as a dynamic feature only; the defaults, bound once.
 */
class CxfCoreRowsFeatureClassTest extends CxfCoreRowsTest {
  @Override
  List<?> providers() {
    return List.of(BouncerFeature.class);
  }
}
