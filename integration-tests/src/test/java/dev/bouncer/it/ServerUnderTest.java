package dev.bouncer.it;

import jakarta.ws.rs.core.Application;
import java.net.URI;

/** A real server running one application on a loopback port. */
public interface ServerUnderTest extends AutoCloseable {
  URI baseUri();

  @Override
  void close();

  /** Starts servers of one implementation. */
  @FunctionalInterface
  interface Factory {
    ServerUnderTest start(Application app) throws Exception;
  }
}
