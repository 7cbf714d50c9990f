package dev.bouncer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The caller must be identified to use this endpoint.
 *
 * <p>A request that carries no identity (its {@code SecurityContext} has no user principal) is
 * answered with <b>401 Unauthorized</b> and a {@code WWW-Authenticate} challenge, and the resource
 * method does not run. Any identified caller is let through.
 *
 * <p>On a resource class, the annotation applies to every resource method of the class that has no
 * policy annotation of its own; a method-level policy annotation replaces it.
 *
 * <p>Bouncer's annotation processor checks the annotation at compile time and generates the filter
 * that enforces it; see {@link RequiresPermission} for a requirement on what the caller may do.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Authenticated {}
