/** Resources that exercise what the Dropwizard bridge covers beyond the shared orders app. */
package dev.bouncer.it.dropwizard.bridge;
