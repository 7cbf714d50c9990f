package dev.bouncer.it.cxf;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import org.apache.cxf.jaxrs.security.JAASAuthenticationFilter;

/**
 * CXF's own JAAS authentication (HTTP Basic against {@link Users}), letting requests without
 * credentials through as anonymous: the orders app has open endpoints, and Bouncer answers the
 * anonymous requests to protected ones with its own 401. Wrong credentials get CXF's 401.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class BasicAuthentication extends JAASAuthenticationFilter {
  BasicAuthentication() {
    setContextName(Users.CONTEXT);
    setLoginConfig(Users.configuration());
    setRealmName("orders");
  }

  @Override
  public void filter(ContainerRequestContext context) {
    if (context.getHeaderString(HttpHeaders.AUTHORIZATION) != null) {
      super.filter(context);
    }
  }
}
