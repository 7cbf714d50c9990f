package dev.bouncer.it.cxf;

import dev.bouncer.runtime.BouncerFeature;
import java.util.List;

/** {@code new BouncerFeature()} registered with the server factory: the defaults, bound once. */
class CxfCoreRowsDefaultFeatureTest extends CxfCoreRowsTest {
  @Override
  List<?> providers() {
    return List.of(new BouncerFeature());
  }
}
