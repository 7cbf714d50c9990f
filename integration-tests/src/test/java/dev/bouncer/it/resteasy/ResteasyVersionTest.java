package dev.bouncer.it.resteasy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.bouncer.it.Versions;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.ext.RuntimeDelegate;
import org.jboss.resteasy.plugins.server.undertow.UndertowJaxrsServer;
import org.junit.jupiter.api.Test;

/** This JVM runs the RESTEasy and Jakarta REST API versions that the build names, and nothing else. */
class ResteasyVersionTest {
  @Test
  void resteasyAndApi_areTheVersionsTheBuildNames() {
    String version = Versions.expected("bouncer.it.resteasy.version");
    assertEquals("resteasy-undertow-" + version + ".jar", Versions.jarOf(UndertowJaxrsServer.class));
    assertEquals(
        "resteasy-core-" + version + ".jar", Versions.jarOf(RuntimeDelegate.getInstance().getClass()));
    assertEquals(
        "jakarta.ws.rs-api-" + Versions.expected("bouncer.it.jakarta-rest.version") + ".jar",
        Versions.jarOf(Application.class));
  }
}
