package dev.bouncer.runtime;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Parsed grant strings, bounded so that a flood of distinct grants cannot grow it forever. */
final class GrantCache {
  private static final int MAX_ENTRIES = 10_000;
  private static final Permission INVALID = Permission.of(new String[] {"invalid"});
  private final Map<String, Permission> parsed = new ConcurrentHashMap<>();

  /** Returns the parsed grant, or null when it is null or does not parse (it grants nothing). */
  Permission get(String grant) {
    if (grant == null) {
      return null;
    }
    Permission cached = parsed.get(grant);
    if (cached == null) {
      try {
        cached = Permission.parse(grant);
      } catch (IllegalArgumentException e) {
        cached = INVALID;
      }
      if (parsed.size() < MAX_ENTRIES) {
        parsed.put(grant, cached);
      }
    }
    return cached == INVALID ? null : cached;
  }
}
