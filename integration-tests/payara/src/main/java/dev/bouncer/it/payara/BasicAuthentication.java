package dev.bouncer.it.payara;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.BasicAuthenticationMechanismDefinition;

/**
 * HTTP Basic for every request. No URL is a protected resource in the servlet sense, so Jakarta
 * Security lets anonymous requests through to Jakarta REST and Bouncer decides them; credentials,
 * when sent, are checked (wrong ones get the container's 401).
 */
@ApplicationScoped
@BasicAuthenticationMechanismDefinition(realmName = "orders")
public class BasicAuthentication {}
