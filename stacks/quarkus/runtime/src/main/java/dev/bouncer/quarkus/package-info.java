/**
 * Bouncer as a Quarkus extension: its settings from {@code application.properties} ({@link
 * dev.bouncer.quarkus.BouncerConfig}), its authorizer from the application's {@code Authorizer}
 * bean, switched on for Quarkus REST and RESTEasy Classic at build time.
 */
package dev.bouncer.quarkus;
