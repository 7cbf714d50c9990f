package dev.bouncer.it.springboot;

import java.util.Collection;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.core.GrantedAuthorityDefaults;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.StrictHttpFirewall;

/**
 * Identity from Spring Security: HTTP Basic against in-memory users; Bouncer decides what they
 * may do.
 *
 * <ul>
 *   <li>Every request passes Spring Security's authorization ({@code permitAll}): an anonymous
 *       request reaches Jersey, where Bouncer answers 401 with its own challenge. Spring Security
 *       answers only for credentials it cannot verify (its own 401).
 *   <li>No CSRF protection and no session: a stateless API whose callers send credentials with
 *       every request, so a {@code POST} is not refused for a missing CSRF token.
 *   <li>Each user's authorities are its permissions and roles, as they are written ({@code
 *       orders:read}, {@code staff}). With {@link GrantedAuthorityDefaults} {@code ""}, Spring
 *       Security's request wrapper answers {@code isUserInRole("orders:read")} from the authority
 *       {@code orders:read}, not {@code ROLE_orders:read}; Bouncer's default authorizer asks
 *       exactly that.
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
public class ApiSecurity {

  /**
   * The profile that leaves Spring Security's {@code ROLE_} prefix in place, to show what happens
   * without {@link #noRolePrefix()}.
   */
  public static final String ROLE_PREFIX_PROFILE = "spring-role-prefix";

  /**
   * The profile that leaves Spring Security's defaults in place ({@code authenticated()}, CSRF on),
   * to show what happens without {@link #api(HttpSecurity)}.
   */
  public static final String SPRING_DECIDES_PROFILE = "spring-decides";

  /**
   * The profile that relaxes Spring Security's firewall so that matrix parameters and encoded
   * characters reach Jersey, where Bouncer must still decide.
   */
  public static final String LENIENT_FIREWALL_PROFILE = "lenient-firewall";

  /**
   * A firewall that lets through what the default one refuses with 400 (semicolons, encoded
   * {@code %}, {@code /}, {@code .}), as an application that uses matrix parameters might set it.
   *
   * @return the firewall Spring Security uses instead of its default
   */
  @Bean
  @Profile(LENIENT_FIREWALL_PROFILE)
  public HttpFirewall lenientFirewall() {
    StrictHttpFirewall firewall = new StrictHttpFirewall();
    firewall.setAllowSemicolon(true);
    firewall.setAllowUrlEncodedPercent(true);
    firewall.setAllowUrlEncodedSlash(true);
    firewall.setAllowUrlEncodedPeriod(true);
    return firewall;
  }

  /**
   * Spring Security in front of Jersey.
   *
   * @param http Spring Security's builder
   * @return the filter chain
   * @throws Exception as {@link HttpSecurity#build()} does
   */
  @Bean
  @Profile("!" + SPRING_DECIDES_PROFILE)
  public SecurityFilterChain api(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .httpBasic(Customizer.withDefaults())
        .csrf(csrf -> csrf.disable())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .build();
  }

  /**
   * Spring Security's defaults instead: every request must be authenticated, CSRF protection on.
   * Spring Security then answers before Jersey, and Bouncer's answers are never seen for these.
   *
   * @param http Spring Security's builder
   * @return the filter chain
   * @throws Exception as {@link HttpSecurity#build()} does
   */
  @Bean
  @Profile(SPRING_DECIDES_PROFILE)
  public SecurityFilterChain springDecides(HttpSecurity http) throws Exception {
    return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .httpBasic(Customizer.withDefaults())
        .build();
  }

  /**
   * The users of the core rows (password = name); {@code wildcard}, who holds {@code orders:*}: a
   * role of that name to the default authorizer (which grants nothing with it), a wildcard grant to
   * {@code Authorizer.fromGrants}; and {@code prefixed}, whose authorities carry Spring Security's
   * {@code ROLE_} prefix ({@code ROLE_orders:read}, {@code ROLE_staff}), which only the {@link
   * #ROLE_PREFIX_PROFILE} profile reads as roles.
   *
   * @return the in-memory users
   */
  @Bean
  public UserDetailsService users() {
    return new InMemoryUserDetailsManager(
        user("reader", "orders:read", "orders:read:7", "vault:open"),
        user("clerk", "staff", "orders:write"),
        user("nobody"),
        user("wildcard", "orders:*"),
        user("prefixed", "ROLE_orders:read", "ROLE_staff"));
  }

  private static UserDetails user(String name, String... authorities) {
    return User.withUsername(name).password("{noop}" + name).authorities(authorities).build();
  }

  /**
   * No {@code ROLE_} prefix: {@code HttpServletRequest.isUserInRole(x)} (and so Jakarta REST's
   * {@code SecurityContext.isUserInRole(x)}) is true when the caller has the authority {@code x}.
   *
   * @return the defaults Spring Security's servlet API integration reads
   */
  @Bean
  @Profile("!" + ROLE_PREFIX_PROFILE)
  public static GrantedAuthorityDefaults noRolePrefix() {
    return new GrantedAuthorityDefaults("");
  }

  /** The authorities of a Spring Security {@link Authentication}, as strings. */
  static Collection<String> authorities(Object principal) {
    if (principal instanceof Authentication authentication) {
      return AuthorityUtils.authorityListToSet(authentication.getAuthorities());
    }
    return List.of();
  }
}
