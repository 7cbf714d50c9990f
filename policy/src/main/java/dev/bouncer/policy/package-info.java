/**
 * Bouncer's permission language, owned in one place: {@link dev.bouncer.policy.Permission}
 * (Apache Shiro's wildcard permissions, case-sensitive) and {@link
 * dev.bouncer.policy.PermissionTemplate}, what the runtime checks; the expression grammar ({@link
 * dev.bouncer.policy.Parser}, {@link dev.bouncer.policy.Expr}); one enumeration of the cases a
 * caller can be in ({@link dev.bouncer.policy.Cases}, with one limit); and the relations decided
 * over it ({@link dev.bouncer.policy.Relations}) and the lints built on them ({@link
 * dev.bouncer.policy.Analysis}). The runtime, the annotation processor and the command-line tool
 * are its clients. No dependencies.
 */
package dev.bouncer.policy;
