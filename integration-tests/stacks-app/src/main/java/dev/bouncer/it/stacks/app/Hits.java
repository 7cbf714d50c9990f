package dev.bouncer.it.stacks.app;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Counts how often each resource method ran, so tests can prove a denied request never did. */
public final class Hits {
  private static final Map<String, AtomicInteger> COUNTS = new ConcurrentHashMap<>();

  private Hits() {}

  /** Records that {@code key} ran and returns a body naming it. */
  public static String record(String key) {
    COUNTS.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    return "ran " + key;
  }

  /** How often {@code key} ran so far. */
  public static int count(String key) {
    AtomicInteger n = COUNTS.get(key);
    return n == null ? 0 : n.get();
  }
}
