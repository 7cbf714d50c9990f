package dev.bouncer.it.jersey;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncer.it.Versions;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.RuntimeDelegate;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;

/** This JVM runs the Jersey and Jakarta REST API versions that the build names, and nothing else. */
class JerseyVersionTest {
  @Test
  void jerseyAndApi_areTheVersionsTheBuildNames() {
    assertEquals(
        "jersey-server-" + Versions.expected("bouncer.it.jersey.version") + ".jar",
        Versions.jarOf(ResourceConfig.class));
    assertEquals(
        "jakarta.ws.rs-api-" + Versions.expected("bouncer.it.jakarta-rest.version") + ".jar",
        Versions.jarOf(Application.class));
    assertEquals(
        "jersey-common-" + Versions.expected("bouncer.it.jersey.version") + ".jar",
        Versions.jarOf(RuntimeDelegate.getInstance().getClass()));
  }
}
