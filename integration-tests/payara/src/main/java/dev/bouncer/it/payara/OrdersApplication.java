package dev.bouncer.it.payara;

import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * The README's set-up on an application server: an empty {@code Application}, so the server finds
 * the resources (in {@code WEB-INF/lib}) itself, and nothing of Bouncer's registered.
 */
@ApplicationPath("/")
@DeclareRoles({"orders:read", "orders:read:7", "orders:read:8", "orders:write", "vault:open", "staff"})
public class OrdersApplication extends Application {}
