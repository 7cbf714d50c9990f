package dev.bouncer.it.app;

import dev.bouncer.RequiresPermission;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A composed annotation: wherever it is written, {@code @RequiresPermission("composed:admin")}. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@RequiresPermission("composed:admin")
public @interface AdminOnly {}
