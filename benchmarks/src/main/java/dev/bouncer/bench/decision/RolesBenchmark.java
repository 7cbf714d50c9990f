package dev.bouncer.bench.decision;

import static dev.bouncer.bench.decision.Alternatives.Decision.FORBIDDEN;
import static dev.bouncer.bench.decision.Alternatives.Decision.UNAUTHORIZED;

import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
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
 * The role check {@code @RolesAllowed("orders:read")}, which Jersey can also enforce: Jersey's
 * {@code RolesAllowedDynamicFeature} filter against Bouncer's generated one and the hand-written
 * static-permission filter (the same {@code isUserInRole("orders:read")} check). Same request,
 * same allowed caller as {@link DecisionBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RolesBenchmark {
  BenchRequest request;
  ContainerRequestFilter handWritten;
  ContainerRequestFilter jersey;
  ContainerRequestFilter bouncer;

  /** Builds every filter and checks its decisions. */
  @Setup(Level.Trial)
  public void setup() {
    request = new BenchRequest(Caller.ALICE);
    handWritten =
        Alternatives.checked(
            "handWritten", Alternatives.handWritten(Policy.STATIC), Policy.STATIC, UNAUTHORIZED);
    // Jersey answers an anonymous caller 403, not 401: that is its behaviour, not a bug here.
    jersey =
        Alternatives.checked(
            "jerseyRolesAllowed", Alternatives.jerseyRolesAllowed(), Policy.STATIC, FORBIDDEN);
    bouncer =
        Alternatives.checked(
            "bouncerRolesAllowed", Alternatives.bouncerRolesAllowed(), Policy.STATIC, UNAUTHORIZED);
  }

  /** The floor: a hand-written filter. */
  @Benchmark
  public Response handWritten() throws IOException {
    handWritten.filter(request);
    return request.aborted();
  }

  /** Jersey's RolesAllowedDynamicFeature filter. */
  @Benchmark
  public Response jerseyRolesAllowed() throws IOException {
    jersey.filter(request);
    return request.aborted();
  }

  /** Bouncer's generated filter for the same annotation. */
  @Benchmark
  public Response bouncerRolesAllowed() throws IOException {
    bouncer.filter(request);
    return request.aborted();
  }
}
