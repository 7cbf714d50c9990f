/**
 * Bouncer's annotations, {@link dev.bouncer.Authenticated} and {@link dev.bouncer.RequiresPermission}.
 * No dependencies. An application on the module path usually requires {@code dev.bouncer.runtime},
 * which brings this module along ({@code requires transitive}).
 */
module dev.bouncer {
  exports dev.bouncer;
}
