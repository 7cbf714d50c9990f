package dev.bouncer.runtime;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what Bouncer logs to {@code dev.bouncer} while open, and keeps it off the console.
 *
 * <pre>{@code
 * try (LogCapture log = LogCapture.start()) {
 *   ...
 *   assertEquals(1, log.records().size());
 * }
 * }</pre>
 */
public final class LogCapture implements AutoCloseable {
  private final Logger logger = Logger.getLogger("dev.bouncer");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final boolean parentHandlers;
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

  private LogCapture() {
    parentHandlers = logger.getUseParentHandlers();
    logger.setUseParentHandlers(false);
    logger.addHandler(handler);
  }

  /** Starts recording. */
  public static LogCapture start() {
    return new LogCapture();
  }

  /** What was logged so far. */
  public List<LogRecord> records() {
    return records;
  }

  @Override
  public void close() {
    logger.removeHandler(handler);
    logger.setUseParentHandlers(parentHandlers);
  }
}
