package dev.bouncer.it.app;

import dev.bouncer.RequiresPermission;

/**
 * A marker interface with a class-level policy and no methods: it applies to the resource methods
 * of every class that implements it and has no more specific policy.
 */
@RequiresPermission("marked:read")
public interface Marked {}
