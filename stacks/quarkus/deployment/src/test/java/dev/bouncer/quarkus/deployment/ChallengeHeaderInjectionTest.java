package dev.bouncer.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.fail;

import dev.bouncer.quarkus.deployment.fixture.ShopResource;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A challenge that would split the response header: refused before anything is served. */
class ChallengeHeaderInjectionTest {
  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(jar -> jar.addPackage(ShopResource.class.getPackage()))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .overrideConfigKey("bouncer.challenge", "Basic realm=\"x\"\r\nX-Injected: 1")
          .assertException(StartUpRefused.failsWith("invalid challenge"));

  @Test
  void doesNotStart() {
    fail("started");
  }
}
