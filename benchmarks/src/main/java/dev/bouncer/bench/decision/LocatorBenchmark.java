package dev.bouncer.bench.decision;

import static dev.bouncer.bench.decision.Alternatives.Decision.UNAUTHORIZED;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.BouncerFeature;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of deciding a request that reached its method through a protected sub-resource locator
 * ({@code GET /shop/orders}: {@link LocatorResource#orders()} requires {@code orders:read}, {@link
 * LocatedOrders#list()} has no policy of its own), as a server that cannot say which locator it
 * invoked hands it to Bouncer's sub-resource gate: the gate that {@code BouncerFeature} registers
 * for the application, with the matched resource method injected as a server injects it. Each call
 * starts from an undecided request (the gate marks a request decided). {@link #setup()} checks
 * that the allowed caller is let through and the others denied.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class LocatorBenchmark {
  /** Innermost first, as servers list them. */
  static final List<Object> MATCHED = List.of(new LocatedOrders(), new LocatorResource());

  BenchRequest request;
  ContainerRequestFilter handWritten;
  ContainerRequestFilter bouncerRoles;
  ContainerRequestFilter bouncerGrants;

  /** Builds every filter and checks its decisions. */
  @Setup(Level.Trial)
  public void setup() {
    request = new BenchRequest(Caller.ALICE, MATCHED);
    handWritten = checked("handWritten", Alternatives.handWritten(Policy.STATIC));
    bouncerRoles = checked("bouncerRoles", gate(Authorizer.roles()));
    bouncerGrants = checked("bouncerGrants", gate(Authorizer.fromGrants(Caller::grantsOf)));
  }

  /** The floor: the hand-written static-permission filter. */
  @Benchmark
  public Response handWritten() throws IOException {
    request.clearProperty();
    handWritten.filter(request);
    return request.aborted();
  }

  /** Bouncer's sub-resource gate, role authorizer (the default). */
  @Benchmark
  public Response bouncerRoles() throws IOException {
    request.clearProperty();
    bouncerRoles.filter(request);
    return request.aborted();
  }

  /** Bouncer's sub-resource gate, wildcard grants authorizer. */
  @Benchmark
  public Response bouncerGrants() throws IOException {
    request.clearProperty();
    bouncerGrants.filter(request);
    return request.aborted();
  }

  /** The filter a configured {@code BouncerFeature} registers for the whole application. */
  static ContainerRequestFilter gate(Authorizer authorizer) {
    Feature feature = BouncerFeature.builder().authorizer(authorizer).build();
    RecordingFeatureContext recorder = new RecordingFeatureContext();
    feature.configure(recorder);
    ContainerRequestFilter gate = null;
    for (Object registered : recorder.registered) {
      if (registered instanceof ContainerRequestFilter filter) {
        gate = filter;
      }
    }
    if (gate == null) {
      throw new IllegalStateException("BouncerFeature registered no gate: " + recorder.registered);
    }
    inject(gate, matchedMethod());
    return gate;
  }

  /** What the server does: injects its {@code @Context ResourceInfo} proxy into the filter. */
  private static void inject(Object filter, ResourceInfo info) {
    for (Class<?> c = filter.getClass(); c != null; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (field.getType() == ResourceInfo.class
            && field.isAnnotationPresent(jakarta.ws.rs.core.Context.class)) {
          field.setAccessible(true);
          try {
            field.set(filter, info);
          } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
          }
          return;
        }
      }
    }
    throw new IllegalStateException("no @Context ResourceInfo in " + filter);
  }

  private static ResourceInfo matchedMethod() {
    Method method;
    try {
      method = LocatedOrders.class.getMethod("list");
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(e);
    }
    return new ResourceInfo() {
      @Override
      public Method getResourceMethod() {
        return method;
      }

      @Override
      public Class<?> getResourceClass() {
        return LocatedOrders.class;
      }
    };
  }

  /** Fails unless {@code filter} allows Alice and denies Bob (403) and an anonymous caller (401). */
  static ContainerRequestFilter checked(String name, ContainerRequestFilter filter) {
    expect(name, "alice", Alternatives.Decision.ALLOW, decide(filter, Caller.ALICE));
    expect(name, "bob", Alternatives.Decision.FORBIDDEN, decide(filter, Caller.BOB));
    expect(name, "frozen", Alternatives.Decision.ALLOW, decide(filter, Caller.FROZEN));
    expect(name, "anonymous", UNAUTHORIZED, decide(filter, Caller.ANONYMOUS));
    return filter;
  }

  static Alternatives.Decision decide(ContainerRequestFilter filter, SecurityContext caller) {
    BenchRequest fresh = new BenchRequest(caller, MATCHED);
    try {
      filter.filter(fresh);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Response aborted = fresh.aborted();
    if (aborted == null) {
      return Alternatives.Decision.ALLOW;
    }
    return switch (aborted.getStatus()) {
      case 401 -> Alternatives.Decision.UNAUTHORIZED;
      case 403 -> Alternatives.Decision.FORBIDDEN;
      default -> Alternatives.Decision.OTHER;
    };
  }

  private static void expect(
      String name, String who, Alternatives.Decision expected, Alternatives.Decision actual) {
    if (expected != actual) {
      throw new IllegalStateException(
          name + " answered " + who + " with " + actual + ", expected " + expected);
    }
  }
}
