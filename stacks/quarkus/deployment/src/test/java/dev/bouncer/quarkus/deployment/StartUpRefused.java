package dev.bouncer.quarkus.deployment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Consumer;

/** For the tests of configurations the application must not start with. */
final class StartUpRefused {
  private StartUpRefused() {}

  /** Asserts that {@code expected} is in the message of the failure or one of its causes. */
  static Consumer<Throwable> failsWith(String expected) {
    return thrown -> {
      StringBuilder messages = new StringBuilder();
      for (Throwable t = thrown; t != null; t = t.getCause()) {
        messages.append(t).append('\n');
      }
      assertTrue(messages.toString().contains(expected), messages.toString());
    };
  }
}
