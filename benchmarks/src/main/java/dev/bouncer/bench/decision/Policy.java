package dev.bouncer.bench.decision;

import java.util.Locale;

/** The three policies the decision benchmarks compare, each with its resource method. */
public enum Policy {
  /** {@code orders:read}. */
  STATIC("staticPermission", new Class<?>[0]),
  /** {@code orders:read:{id}}. */
  TEMPLATE("template", new Class<?>[] {String.class}),
  /** {@code orders:read:{id} && !orders:frozen && region:{region}}. */
  THREE_CLAUSES("threeClauses", new Class<?>[] {String.class, String.class});

  private final String methodName;
  private final Class<?>[] parameterTypes;

  Policy(String methodName, Class<?>[] parameterTypes) {
    this.methodName = methodName;
    this.parameterTypes = parameterTypes;
  }

  /** The JMH parameter value: {@code static}, {@code template} or {@code threeClauses}. */
  public static Policy of(String param) {
    return switch (param) {
      case "static" -> STATIC;
      case "template" -> TEMPLATE;
      case "threeClauses" -> THREE_CLAUSES;
      default -> throw new IllegalArgumentException("unknown policy " + param.toLowerCase(Locale.ROOT));
    };
  }

  /** The name of the {@link DecisionResource} method with this policy. */
  public String methodName() {
    return methodName;
  }

  /** Its erased parameter types. */
  public Class<?>[] parameterTypes() {
    return parameterTypes.clone();
  }
}
