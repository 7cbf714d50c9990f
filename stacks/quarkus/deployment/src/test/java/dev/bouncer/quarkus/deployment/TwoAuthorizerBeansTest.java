package dev.bouncer.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.fail;

import dev.bouncer.quarkus.deployment.fixture.ShopResource;
import dev.bouncer.runtime.Authorizer;
import io.quarkus.test.QuarkusUnitTest;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Two authorizer beans: Bouncer will not pick one. */
class TwoAuthorizerBeansTest {
  @RegisterExtension
  static final QuarkusUnitTest APP =
      new QuarkusUnitTest()
          .withApplicationRoot(
              jar -> jar.addPackage(ShopResource.class.getPackage()).addClass(TwoBeans.class))
          .overrideConfigKey("quarkus.http.test-port", "0")
          .assertException(StartUpRefused.failsWith("more than one Authorizer bean"));

  @Test
  void doesNotStart() {
    fail("started");
  }

  /** Two authorizers, both beans of the default qualifier. */
  @Singleton
  public static class TwoBeans {
    @Produces
    @Singleton
    @Named("first")
    Authorizer first() {
      return Authorizer.fromGrants(caller -> List.of("*"));
    }

    @Produces
    @Singleton
    @Named("second")
    Authorizer second() {
      return Authorizer.roles();
    }
  }
}
