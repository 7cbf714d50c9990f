/** The build steps of Bouncer's Quarkus extension ({@code bouncer-quarkus}). */
package dev.bouncer.quarkus.deployment;
