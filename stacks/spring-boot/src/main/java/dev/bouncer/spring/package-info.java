/**
 * Spring Boot auto-configuration that registers Bouncer in Spring Boot's Jersey {@code
 * ResourceConfig}: {@link dev.bouncer.spring.BouncerJerseyAutoConfiguration}.
 */
package dev.bouncer.spring;
