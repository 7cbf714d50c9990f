package dev.bouncer.it.dropwizard;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** Keeps what Bouncer logs (its {@code dev.bouncer} logger) from the moment it is created. */
final class BouncerLog extends Handler {
  private static final Logger BOUNCER = Logger.getLogger("dev.bouncer");
  private final List<String> lines = new CopyOnWriteArrayList<>();

  private BouncerLog() {}

  /** Starts keeping Bouncer's lines. */
  static BouncerLog capture() {
    BouncerLog log = new BouncerLog();
    BOUNCER.addHandler(log);
    return log;
  }

  /** The lines kept so far that start with {@code prefix}. */
  List<String> startingWith(String prefix) {
    return lines.stream().filter(line -> line.startsWith(prefix)).toList();
  }

  @Override
  public void publish(LogRecord record) {
    lines.add(record.getMessage());
  }

  @Override
  public void flush() {}

  @Override
  public void close() {
    BOUNCER.removeHandler(this);
  }
}
