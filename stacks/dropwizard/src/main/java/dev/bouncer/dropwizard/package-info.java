/**
 * Bouncer on Dropwizard: {@link dev.bouncer.dropwizard.BouncerAuthDynamicFeature} has
 * dropwizard-auth authenticate the requests Bouncer decides.
 */
package dev.bouncer.dropwizard;
