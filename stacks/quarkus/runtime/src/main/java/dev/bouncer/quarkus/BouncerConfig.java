package dev.bouncer.quarkus;

import dev.bouncer.runtime.BouncerFeature;
import io.quarkus.runtime.annotations.ConfigPhase;
import io.quarkus.runtime.annotations.ConfigRoot;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Bouncer's settings in {@code application.properties}: one property for each setting of {@link
 * BouncerFeature.Builder} but the authorizer, which is the application's {@code Authorizer} bean.
 *
 * <p>Fixed at build time: Quarkus REST and RESTEasy Classic deploy their providers during static
 * initialization (in a native image, while the image is built), and that is when Bouncer binds each
 * resource method's filter with this configuration. Quarkus warns when one of these is set
 * differently at run time, and the build's value stays in force.
 */
@ConfigMapping(prefix = "bouncer")
@ConfigRoot(phase = ConfigPhase.BUILD_AND_RUN_TIME_FIXED)
public interface BouncerConfig {

  /**
   * The {@code WWW-Authenticate} value sent with every 401 Bouncer answers, for example {@code
   * Basic realm="orders"}. Not blank, one line.
   *
   * @return the challenge
   */
  @WithDefault(BouncerFeature.DEFAULT_CHALLENGE)
  String challenge();

  /**
   * Whether a 403 body names the requirement the caller did not meet. Off by default: a 403 does
   * not tell a caller what it would need.
   *
   * @return true to name it
   */
  @WithDefault("false")
  boolean revealRequirement();

  /**
   * Whether a 403 carries {@code WWW-Authenticate: <scheme> error="insufficient_scope"}, as RFC 6750
   * section 3.1 allows for Bearer tokens.
   *
   * @return true to send it
   */
  @WithDefault("false")
  boolean insufficientScopeChallenge();
}
