package dev.bouncer.it.dropwizard;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;

/** How {@link OrdersApplication} sets itself up; each test picks one with a config override. */
public class OrdersConfiguration extends Configuration {
  /** How Bouncer is registered. */
  public enum Bouncer {
    /** Nothing registered: Bouncer's service files switch it on. */
    NOTHING,
    /** {@code BouncerFeature.builder()...build()} through {@code environment.jersey().register}. */
    CONFIGURED,
    /** {@code new BouncerFeature()} through {@code environment.jersey().register}. */
    DEFAULTS
  }

  private boolean bridge = true;
  private Bouncer bouncer = Bouncer.NOTHING;

  /**
   * Whether dropwizard-auth is registered with Bouncer's bridge ({@code BouncerAuthDynamicFeature})
   * or as dropwizard-auth's documentation shows ({@code AuthDynamicFeature}).
   *
   * @return true for the bridge
   */
  @JsonProperty
  public boolean isBridge() {
    return bridge;
  }

  /**
   * Sets {@link #isBridge()}.
   *
   * @param bridge true for the bridge
   */
  @JsonProperty
  public void setBridge(boolean bridge) {
    this.bridge = bridge;
  }

  /**
   * How Bouncer is registered.
   *
   * @return the way
   */
  @JsonProperty
  public Bouncer getBouncer() {
    return bouncer;
  }

  /**
   * Sets {@link #getBouncer()}.
   *
   * @param bouncer the way
   */
  @JsonProperty
  public void setBouncer(Bouncer bouncer) {
    this.bouncer = bouncer;
  }
}
