/**
 * The contract between the code Bouncer's processor generates and its runtime. Applications do not
 * call these types; they are public only because generated code lives in the application's
 * packages.
 */
package dev.bouncer.runtime.spi;
