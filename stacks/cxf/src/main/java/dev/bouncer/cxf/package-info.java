/**
 * Bouncer on Apache CXF: {@link dev.bouncer.cxf.BouncerBusExtension}, which CXF creates with every
 * bus (it is listed in this module's {@code META-INF/cxf/bus-extensions.txt}), switches Bouncer on
 * in every JAX-RS server created on that bus. Nothing to register.
 */
package dev.bouncer.cxf;
