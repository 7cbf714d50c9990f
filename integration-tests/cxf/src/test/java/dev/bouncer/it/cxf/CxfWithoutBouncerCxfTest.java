package dev.bouncer.it.cxf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.bouncer.it.stacks.app.Hits;
import dev.bouncer.it.unprocessed.UnprocessedResource;
import dev.bouncer.runtime.BouncerFeature;
import java.util.List;
import java.util.logging.Level;
import org.apache.cxf.BusFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The set-up without bouncer-cxf (bouncer-runtime and the processor only), run by its own surefire
 * execution with bouncer-cxf taken off the class path: CXF does not create the bus, so no endpoint
 * is served, and the log says which dependency to add.
 */
class CxfWithoutBouncerCxfTest {

  @BeforeEach
  void onlyWithoutBouncerCxf() {
    boolean thisExecution = Boolean.getBoolean("bouncer.it.withoutBouncerCxf");
    Assumptions.assumeTrue(thisExecution, "run by the without-bouncer-cxf execution only");
    assertNull(
        getClass().getClassLoader().getResource("dev/bouncer/cxf/BouncerBusExtension.class"),
        "bouncer-cxf is on the class path of this execution");
  }

  @Test
  void nothingRegistered_theBusIsNotCreatedAndNothingIsServed() {
    int orders = Hits.count("orders.list");
    int unprocessed = UnprocessedResource.HITS.get();
    try (LogLines log = new LogLines()) {
      RuntimeException error =
          assertThrows(RuntimeException.class, () -> BusFactory.newInstance().createBus());
      String causes = CxfActivationTest.causes(error);
      assertTrue(causes.contains("bouncer-cxf is not"), causes);
      List<String> severe = log.at(Level.SEVERE);
      assertEquals(1, severe.size(), String.valueOf(severe));
      assertTrue(severe.get(0).contains("Add the dependency dev.bouncer:bouncer-cxf"), severe.get(0));
    }
    assertEquals(orders, Hits.count("orders.list"));
    assertEquals(unprocessed, UnprocessedResource.HITS.get());
  }

  @Test
  void aRegisteredBouncerFeatureDoesNotReplaceBouncerCxf() {
    // The set-up the README gave before bouncer-cxf: it would work for this server, but the check
    // cannot see servers, only the bus: bouncer-cxf is required either way.
    int orders = Hits.count("orders.list");
    RuntimeException error =
        assertThrows(RuntimeException.class, () -> CxfServer.start(List.of(new BouncerFeature())));
    assertTrue(CxfActivationTest.causes(error).contains("bouncer-cxf is not"));
    assertEquals(orders, Hits.count("orders.list"));
  }
}
