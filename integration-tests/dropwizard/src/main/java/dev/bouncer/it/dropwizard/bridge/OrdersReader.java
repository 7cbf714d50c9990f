package dev.bouncer.it.dropwizard.bridge;

import dev.bouncer.RequiresPermission;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A composed policy: {@code @RequiresPermission("orders:read")} under a name of the app's own. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@RequiresPermission("orders:read")
public @interface OrdersReader {}
