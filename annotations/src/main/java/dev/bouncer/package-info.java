/**
 * Bouncer's annotations: put {@link dev.bouncer.Authenticated} or {@link
 * dev.bouncer.RequiresPermission} on a Jakarta REST resource class or method, and Bouncer's
 * annotation processor generates the filters that enforce them (401 without identity, 403 without
 * permission).
 */
package dev.bouncer;
