/**
 * Bouncer's permission language: permissions and their implication, the expression grammar, and
 * the relations between expressions. No dependencies. Bouncer's runtime requires it; applications
 * need not.
 */
module dev.bouncer.policy {
  exports dev.bouncer.policy;
}
