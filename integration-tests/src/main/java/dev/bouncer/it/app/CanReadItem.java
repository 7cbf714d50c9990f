package dev.bouncer.it.app;

import dev.bouncer.RequiresPermission;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A composed permission with a template: {@code {id}} is resolved against each endpoint that uses
 * the annotation.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@RequiresPermission("composed:item:{id}")
public @interface CanReadItem {}
