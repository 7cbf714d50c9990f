package dev.bouncer.it.cxf;

import dev.bouncer.runtime.BouncerFeature;
import java.util.List;

/**
 * A configured {@code BouncerFeature} registered with the server factory: its configuration (the
 * challenge) wins over bouncer-cxf's defaults, for root methods and the locator alike (every 401
 * of the core rows, the locator's included, must carry it).
 */
class CxfCoreRowsConfiguredTest extends CxfCoreRowsTest {
  @Override
  List<?> providers() {
    return List.of(BouncerFeature.builder().challenge("Basic realm=\"orders\"").build());
  }

  @Override
  protected String challenge() {
    return "Basic realm=\"orders\"";
  }
}
