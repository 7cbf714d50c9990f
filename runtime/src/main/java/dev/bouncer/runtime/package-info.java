/**
 * Bouncer's runtime: {@link dev.bouncer.runtime.Permission}, the application's {@link
 * dev.bouncer.runtime.Authorizer}, and {@link dev.bouncer.runtime.BouncerFeature}, which binds the
 * filters Bouncer's processor generated.
 */
package dev.bouncer.runtime;
