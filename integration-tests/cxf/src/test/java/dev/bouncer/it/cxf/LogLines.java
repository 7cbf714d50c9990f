package dev.bouncer.it.cxf;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** What Bouncer logs to {@code dev.bouncer} while open. */
final class LogLines implements AutoCloseable {
  private final Logger logger = Logger.getLogger("dev.bouncer");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler =
      new Handler() {
        @Override
        public void publish(LogRecord record) {
          records.add(record);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  LogLines() {
    logger.addHandler(handler);
  }

  /** The messages logged at {@code level}. */
  List<String> at(Level level) {
    return records.stream()
        .filter(r -> r.getLevel().equals(level))
        .map(LogRecord::getMessage)
        .toList();
  }

  /** The start-up lines ("Bouncer is on, ..."). */
  List<String> startUpLines() {
    return at(Level.INFO).stream().filter(m -> m.startsWith("Bouncer is on, ")).toList();
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
  }
}
