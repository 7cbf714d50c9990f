package dev.bouncer.it.springboot;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What Bouncer logs (java.util.logging, logger {@code dev.bouncer}) while a test class runs. */
final class BouncerLog extends Handler {
  private static final Logger LOGGER = Logger.getLogger("dev.bouncer");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();

  private BouncerLog() {}

  /** Starts recording; call before the application under test serves its first request. */
  static BouncerLog record() {
    BouncerLog log = new BouncerLog();
    LOGGER.addHandler(log);
    return log;
  }

  /** The start-up lines ("Bouncer is on, ...") recorded so far. */
  List<String> summaries() {
    return records.stream()
        .map(LogRecord::getMessage)
        .filter(m -> m.startsWith("Bouncer is on"))
        .toList();
  }

  /** Messages at WARNING or above recorded so far. */
  List<String> warnings() {
    return records.stream()
        .filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
        .map(LogRecord::getMessage)
        .toList();
  }

  @Override
  public void publish(LogRecord record) {
    records.add(record);
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    LOGGER.removeHandler(this);
  }
}
