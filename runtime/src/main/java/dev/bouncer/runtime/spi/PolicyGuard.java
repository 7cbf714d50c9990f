package dev.bouncer.runtime.spi;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Objects;

/**
 * The filter of one endpoint whose policy the generated class decides: {@link Guard}'s checks
 * (401, 403, 500, never open), with the policy itself answered by {@link
 * GeneratedGuards#permits} under the endpoint's policy number. One class serves every endpoint of
 * every resource, so a resource costs one generated class however many endpoints it has.
 */
public final class PolicyGuard extends Guard {
  private final GeneratedGuards policies;
  private final int policy;

  /**
   * Creates the filter of one endpoint.
   *
   * @param policies the generated class that decides
   * @param policy the number of the endpoint's policy in {@code policies}
   * @param enforcer the configuration to enforce with
   * @param endpoint the endpoint, for logs, for example {@code GET /orders/{id}}
   * @param requirement the requirement as written, for example {@code orders:read}
   */
  public PolicyGuard(
      GeneratedGuards policies, int policy, Enforcer enforcer, String endpoint, String requirement) {
    super(enforcer, endpoint, requirement);
    this.policies = Objects.requireNonNull(policies, "policies");
    this.policy = policy;
  }

  @Override
  protected boolean permits(SecurityContext caller, ContainerRequestContext request) {
    return policies.permits(policy, this, caller, request);
  }
}
