package dev.bouncer.it;

import java.util.List;

/** Who sends a request: no one, or a named caller with grants (which double as roles). */
public record Identity(String label, String user, List<String> grants) {
  public static final Identity ANONYMOUS = new Identity("anonymous", null, List.of());
  public static final Identity NO_GRANTS = caller("bob", List.of());
  public static final Identity READER = caller("rita", List.of("orders:read"));
  public static final Identity DETAIL_READER =
      caller("dora", List.of("orders:read", "orders:audit"));
  public static final Identity WRITER = caller("will", List.of("orders:write"));
  public static final Identity ORDERS_WILDCARD = caller("wanda", List.of("orders:*"));
  public static final Identity ORDERS_PREFIX = caller("otto", List.of("orders"));
  public static final Identity OPS = caller("olga", List.of("ops"));
  public static final Identity ADMIN = caller("ada", List.of("admin", "admin:*"));
  public static final Identity AUDITOR = caller("aude", List.of("auditor"));
  public static final Identity EXPORTER = caller("eve", List.of("reports:export"));
  public static final Identity FROZEN_EXPORTER =
      caller("fred", List.of("reports:export", "orders:frozen"));

  public static Identity caller(String user, List<String> grants) {
    return new Identity(user + grants, user, grants);
  }

  public boolean anonymous() {
    return user == null;
  }

  @Override
  public String toString() {
    return label;
  }
}
