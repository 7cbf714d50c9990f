package dev.bouncer.bench.decision;

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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one authorization decision on the same matched request ({@code GET
 * /orders/42/lines?region=eu}) from the same caller, who is allowed by every filter. Each benchmark
 * runs one filter and returns the answer it aborted with (null: let through), so the decision cannot
 * be eliminated. {@link #setup()} checks once that every filter allows this caller and denies the
 * others, so no benchmark measures a denial path.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 10, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class DecisionBenchmark {
  /** {@code static}: orders:read; {@code template}: orders:read:{id}; {@code threeClauses}. */
  @Param({"static", "template", "threeClauses"})
  public String policy;

  BenchRequest request;
  ContainerRequestFilter handWritten;
  ContainerRequestFilter bouncerRoles;
  ContainerRequestFilter bouncerGrants;
  ContainerRequestFilter bouncerGrants200;
  ContainerRequestFilter spelInterpreted;
  ContainerRequestFilter spelCompiled;
  ContainerRequestFilter shiro;

  /** Builds every filter and checks its decisions. */
  @Setup(Level.Trial)
  public void setup() {
    Policy p = Policy.of(policy);
    request = new BenchRequest(Caller.ALICE);
    handWritten = Alternatives.checked("handWritten", Alternatives.handWritten(p), p, UNAUTHORIZED);
    bouncerRoles = Alternatives.checked("bouncerRoles", Alternatives.bouncerRoles(p), p, UNAUTHORIZED);
    bouncerGrants =
        Alternatives.checked("bouncerGrants", Alternatives.bouncerGrants(p), p, UNAUTHORIZED);
    bouncerGrants200 =
        Alternatives.checked(
            "bouncerGrants200", Alternatives.bouncerGrants200(p), p, UNAUTHORIZED);
    spelInterpreted =
        Alternatives.checked("spelInterpreted", Alternatives.spelInterpreted(p), p, UNAUTHORIZED);
    spelCompiled =
        Alternatives.checked("spelCompiled", Alternatives.spelCompiled(p), p, UNAUTHORIZED);
    shiro = Alternatives.checked("shiro", Alternatives.shiro(p), p, UNAUTHORIZED);
  }

  /** No filter: the harness alone. */
  @Benchmark
  public Response baseline() {
    return request.aborted();
  }

  /** The floor: a hand-written filter. */
  @Benchmark
  public Response handWritten() throws IOException {
    handWritten.filter(request);
    return request.aborted();
  }

  /** Bouncer's generated filter, role authorizer (the default). */
  @Benchmark
  public Response bouncerRoles() throws IOException {
    bouncerRoles.filter(request);
    return request.aborted();
  }

  /** Bouncer's generated filter, wildcard grants authorizer. */
  @Benchmark
  public Response bouncerGrants() throws IOException {
    bouncerGrants.filter(request);
    return request.aborted();
  }

  /** Bouncer's generated filter, wildcard grants authorizer, the caller holding 200 grants. */
  @Benchmark
  public Response bouncerGrants200() throws IOException {
    bouncerGrants200.filter(request);
    return request.aborted();
  }

  /** Spring Expression Language, interpreted, fresh context per call. */
  @Benchmark
  public Response spelInterpreted() throws IOException {
    spelInterpreted.filter(request);
    return request.aborted();
  }

  /** Spring Expression Language, compiled, fresh context per call. */
  @Benchmark
  public Response spelCompiled() throws IOException {
    spelCompiled.filter(request);
    return request.aborted();
  }

  /** Apache Shiro: wildcard permissions resolved per call. */
  @Benchmark
  public Response shiro() throws IOException {
    shiro.filter(request);
    return request.aborted();
  }
}
