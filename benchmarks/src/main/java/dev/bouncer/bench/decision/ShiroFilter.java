package dev.bouncer.bench.decision;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.apache.shiro.subject.SimplePrincipalCollection;

/**
 * Shiro's check as {@code @RequiresPermissions} reaches it: {@code
 * AuthorizingRealm.isPermitted(principals, "orders:read:42")}, which resolves the required string
 * into a {@code WildcardPermission} and the caller's granted strings into {@code
 * WildcardPermission}s on every call, then asks each whether it implies the requirement. The
 * caller's {@code AuthorizationInfo} comes from a map, as from Shiro's authorization cache; the
 * Subject and SecurityManager layers are skipped, which favours Shiro.
 */
final class ShiroFilter implements ContainerRequestFilter {
  private final Policy policy;
  private final GrantsRealm realm = new GrantsRealm();
  private final Map<String, PrincipalCollection> subjects = new HashMap<>();

  ShiroFilter(Policy policy) {
    this.policy = policy;
    for (Caller caller : new Caller[] {Caller.ALICE, Caller.BOB, Caller.FROZEN}) {
      subjects.put(caller.name(), new SimplePrincipalCollection(caller.name(), "bench"));
    }
  }

  /** The realm: the caller's string permissions, cached by name. */
  private static final class GrantsRealm extends AuthorizingRealm {
    private final Map<Object, AuthorizationInfo> infos = new HashMap<>();

    GrantsRealm() {
      setName("bench");
      setAuthorizationCachingEnabled(false);
      for (Caller caller : new Caller[] {Caller.ALICE, Caller.BOB, Caller.FROZEN}) {
        SimpleAuthorizationInfo info = new SimpleAuthorizationInfo();
        info.setStringPermissions(new LinkedHashSet<>(caller.grants()));
        infos.put(caller.name(), info);
      }
    }

    @Override
    protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
      return infos.get(principals.getPrimaryPrincipal());
    }

    @Override
    protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token) {
      return null;
    }
  }

  @Override
  public void filter(ContainerRequestContext request) {
    SecurityContext caller = request.getSecurityContext();
    if (caller == null || caller.getUserPrincipal() == null) {
      request.abortWith(Response.status(Response.Status.UNAUTHORIZED).build());
      return;
    }
    // A Shiro Subject carries its PrincipalCollection from login: look it up, do not build it.
    PrincipalCollection principals = subjects.get(caller.getUserPrincipal().getName());
    boolean allowed =
        switch (policy) {
          case STATIC -> realm.isPermitted(principals, "orders:read");
          case TEMPLATE -> {
            String id = request.getUriInfo().getPathParameters().getFirst("id");
            yield realm.isPermitted(principals, "orders:read:" + id);
          }
          case THREE_CLAUSES -> {
            String id = request.getUriInfo().getPathParameters().getFirst("id");
            String region = request.getUriInfo().getQueryParameters().getFirst("region");
            yield realm.isPermitted(principals, "orders:read:" + id)
                && !realm.isPermitted(principals, "orders:frozen")
                && realm.isPermitted(principals, "region:" + region);
          }
        };
    if (!allowed) {
      request.abortWith(Response.status(Response.Status.FORBIDDEN).build());
    }
  }
}
