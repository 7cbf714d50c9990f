package dev.bouncer.bench.decision;

import dev.bouncer.runtime.Authorizer;
import dev.bouncer.runtime.BouncerFeature;
import dev.bouncer.runtime.spi.Enforcer;
import dev.bouncer.runtime.spi.Guard;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/** Builds each benchmarked filter and checks that it decides as the policy says. */
public final class Alternatives {
  private Alternatives() {}

  /** How a filter answered a request. */
  public enum Decision {
    /** Let through. */
    ALLOW,
    /** 401. */
    UNAUTHORIZED,
    /** 403. */
    FORBIDDEN,
    /** Anything else. */
    OTHER
  }

  /** The hand-written floor for {@code policy}. */
  public static ContainerRequestFilter handWritten(Policy policy) {
    return HandWritten.forPolicy(policy);
  }

  /** Bouncer's generated filter, deciding with the default role authorizer. */
  public static ContainerRequestFilter bouncerRoles(Policy policy) {
    return bouncer(policy, Authorizer.roles());
  }

  /** Bouncer's generated filter, deciding with wildcard grants ({@code Authorizer.fromGrants}). */
  public static ContainerRequestFilter bouncerGrants(Policy policy) {
    return bouncer(policy, Authorizer.fromGrants(Caller::grantsOf));
  }

  /** As {@link #bouncerGrants}, the caller holding {@link Caller#MANY} grants, hers last. */
  public static ContainerRequestFilter bouncerGrants200(Policy policy) {
    return bouncer(policy, Authorizer.fromGrants(Caller::manyGrantsOf));
  }

  /** Bouncer's generated filter for {@code @RolesAllowed("orders:read")}. */
  public static ContainerRequestFilter bouncerRolesAllowed() {
    return new DecisionResource_BouncerGuards().guardFor("roles", new Class<?>[0], enforcer(Authorizer.roles()));
  }

  /** Jersey's filter for {@code @RolesAllowed("orders:read")}. */
  public static ContainerRequestFilter jerseyRolesAllowed() {
    return JerseyRolesAllowed.filter();
  }

  /** SpEL, interpreted. */
  public static ContainerRequestFilter spelInterpreted(Policy policy) {
    return new SpelFilter(policy, false);
  }

  /** SpEL, compiled to bytecode; fails if Spring cannot compile the expression. */
  public static ContainerRequestFilter spelCompiled(Policy policy) {
    SpelFilter filter = new SpelFilter(policy, true);
    filter.filter(new BenchRequest(Caller.ALICE));
    if (!filter.compile()) {
      throw new IllegalStateException("SpEL did not compile " + SpelFilter.text(policy));
    }
    return filter;
  }

  /** Apache Shiro's realm check. */
  public static ContainerRequestFilter shiro(Policy policy) {
    return new ShiroFilter(policy);
  }

  private static ContainerRequestFilter bouncer(Policy policy, Authorizer authorizer) {
    ContainerRequestFilter filter =
        new DecisionResource_BouncerGuards()
            .guardFor(policy.methodName(), policy.parameterTypes(), enforcer(authorizer));
    if (!(filter instanceof Guard)) {
      throw new IllegalStateException("no generated guard for " + policy + ": " + filter);
    }
    return filter;
  }

  private static Enforcer enforcer(Authorizer authorizer) {
    return new Enforcer(authorizer, BouncerFeature.DEFAULT_CHALLENGE, false, false);
  }

  /** Runs {@code filter} on a fresh request from {@code caller}. */
  public static Decision decide(ContainerRequestFilter filter, SecurityContext caller) {
    BenchRequest request = new BenchRequest(caller);
    try {
      filter.filter(request);
    } catch (WebApplicationException e) {
      return decision(e.getResponse());
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
    return request.aborted() == null ? Decision.ALLOW : decision(request.aborted());
  }

  private static Decision decision(Response response) {
    return switch (response.getStatus()) {
      case 401 -> Decision.UNAUTHORIZED;
      case 403 -> Decision.FORBIDDEN;
      default -> Decision.OTHER;
    };
  }

  /**
   * Fails unless {@code filter} allows {@link Caller#ALICE}, denies {@link Caller#BOB} with 403,
   * denies {@link Caller#FROZEN} with 403 for the three-clause policy (allows her otherwise), and
   * denies an anonymous request with {@code anonymous}, so that no benchmark measures a denial, or a
   * filter that decides nothing.
   *
   * @param name the benchmark, for the message
   * @param filter the filter
   * @param policy its policy
   * @param anonymous what it answers without identity (Jersey answers 403)
   * @return the filter
   */
  public static ContainerRequestFilter checked(
      String name, ContainerRequestFilter filter, Policy policy, Decision anonymous) {
    expect(name, "alice", Decision.ALLOW, decide(filter, Caller.ALICE));
    expect(name, "bob", Decision.FORBIDDEN, decide(filter, Caller.BOB));
    expect(
        name,
        "frozen",
        policy == Policy.THREE_CLAUSES ? Decision.FORBIDDEN : Decision.ALLOW,
        decide(filter, Caller.FROZEN));
    expect(name, "anonymous", anonymous, decide(filter, Caller.ANONYMOUS));
    return filter;
  }

  private static void expect(String name, String who, Decision expected, Decision actual) {
    if (expected != actual) {
      throw new IllegalStateException(
          name + " answered " + who + " with " + actual + ", expected " + expected);
    }
  }
}
