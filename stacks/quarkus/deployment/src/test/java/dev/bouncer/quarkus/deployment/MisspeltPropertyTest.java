package dev.bouncer.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.fail;

import dev.bouncer.quarkus.deployment.fixture.ShopResource;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A misspelt property fails the build rather than being ignored. */
class MisspeltPropertyTest {
  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(jar -> jar.addPackage(ShopResource.class.getPackage()))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("bouncer.chalenge", "Basic realm=\"x\"")
          .assertException(StartUpRefused.failsWith("bouncer.chalenge"));

  @Test
  void doesNotStart() {
    fail("started");
  }
}
