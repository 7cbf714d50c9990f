package dev.bouncer.bench.decision;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;

/**
 * The floor: what a careful developer would write by hand for each policy, with the same answers
 * as Bouncer (401 without identity, 403 when not allowed, a missing or repeated value denies). No
 * problem+json body, no logging, no exception handling: strictly less work than a generated guard.
 */
final class HandWritten {
  private HandWritten() {}

  static ContainerRequestFilter forPolicy(Policy policy) {
    return switch (policy) {
      case STATIC -> new Static();
      case TEMPLATE -> new Template();
      case THREE_CLAUSES -> new ThreeClauses();
    };
  }

  private abstract static class Base implements ContainerRequestFilter {
    @Override
    public final void filter(ContainerRequestContext request) {
      SecurityContext caller = request.getSecurityContext();
      if (caller == null || caller.getUserPrincipal() == null) {
        request.abortWith(
            Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"api\"")
                .build());
      } else if (!permits(caller, request)) {
        request.abortWith(Response.status(Response.Status.FORBIDDEN).build());
      }
    }

    abstract boolean permits(SecurityContext caller, ContainerRequestContext request);
  }

  /** {@code orders:read}. */
  private static final class Static extends Base {
    @Override
    boolean permits(SecurityContext caller, ContainerRequestContext request) {
      return caller.isUserInRole("orders:read");
    }
  }

  /** {@code orders:read:{id}}. */
  private static final class Template extends Base {
    @Override
    boolean permits(SecurityContext caller, ContainerRequestContext request) {
      String id = single(request.getUriInfo().getPathParameters(), "id");
      return id != null && caller.isUserInRole("orders:read:" + id);
    }
  }

  /** {@code orders:read:{id} && !orders:frozen && region:{region}}. */
  private static final class ThreeClauses extends Base {
    @Override
    boolean permits(SecurityContext caller, ContainerRequestContext request) {
      String id = single(request.getUriInfo().getPathParameters(), "id");
      String region = single(request.getUriInfo().getQueryParameters(), "region");
      return id != null
          && region != null
          && caller.isUserInRole("orders:read:" + id)
          && !caller.isUserInRole("orders:frozen")
          && caller.isUserInRole("region:" + region);
    }
  }

  private static String single(MultivaluedMap<String, String> map, String name) {
    List<String> values = map.get(name);
    return values == null || values.size() != 1 || values.get(0).isEmpty() ? null : values.get(0);
  }
}
