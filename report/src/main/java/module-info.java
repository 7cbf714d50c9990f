/**
 * Bouncer's policy report: the model, its JSON codec (format 2), the renderers for people (HTML,
 * Markdown), and the logic of {@code check} and {@code diff}. It needs no compiler and no library
 * but {@code dev.bouncer.policy}, so that the annotation processor writes reports with it inside
 * javac and tools read and render them outside.
 */
module dev.bouncer.report {
  requires dev.bouncer.policy;

  exports dev.bouncer.report;
  exports dev.bouncer.report.check;
  exports dev.bouncer.report.diff;
}
