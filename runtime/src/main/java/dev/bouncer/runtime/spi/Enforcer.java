package dev.bouncer.runtime.spi;

import dev.bouncer.runtime.Authorizer;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The configuration a {@link Guard} enforces with: the application's {@link Authorizer} and how
 * denials are answered. Built by {@code BouncerFeature}; immutable and thread-safe.
 *
 * <p>Denials are RFC 9457 {@code application/problem+json} documents:
 *
 * <ul>
 *   <li>401 with a {@code WWW-Authenticate} challenge (RFC 9110 section 15.5.2);
 *   <li>403, which reveals the missing requirement only if configured to, and may carry {@code
 *       WWW-Authenticate: Bearer error="insufficient_scope"} (RFC 6750 section 3.1) if configured;
 *   <li>500 when the check itself failed: the request is denied, never let through.
 * </ul>
 *
 * <p>Part of the contract between Bouncer's generated code and its runtime; applications configure
 * it through {@code BouncerFeature.builder()}.
 */
public final class Enforcer {
  /** The media type of every denial body. */
  public static final String PROBLEM_JSON = "application/problem+json";

  /**
   * The request property under which the runtime records, with this enforcer as its value, that it
   * has decided a request reached through sub-resource locators, the resource method's own policy
   * included, so that the method's filter does not ask the authorizer a second time.
   */
  public static final String DECIDED = "dev.bouncer.decided";

  static final Logger LOG = Logger.getLogger("dev.bouncer");

  private final Authorizer authorizer;
  private final String challenge;
  private final boolean revealRequirement;
  private final boolean insufficientScope;
  private final boolean bindsPerCaller;

  /**
   * Creates an enforcer.
   *
   * @param authorizer decides permissions for identified callers
   * @param challenge the {@code WWW-Authenticate} value of a 401, for example {@code Bearer
   *     realm="api"}
   * @param revealRequirement whether a 403 names the requirement that was not met
   * @param insufficientScope whether a 403 carries a Bearer {@code insufficient_scope} challenge
   */
  public Enforcer(
      Authorizer authorizer, String challenge, boolean revealRequirement, boolean insufficientScope) {
    this.authorizer = Objects.requireNonNull(authorizer, "authorizer");
    this.challenge = Objects.requireNonNull(challenge, "challenge");
    this.revealRequirement = revealRequirement;
    this.insufficientScope = insufficientScope;
    this.bindsPerCaller = overridesForCaller(authorizer.getClass());
  }

  /** Whether {@code type} (or a superclass) overrides {@link Authorizer#forCaller}. */
  private static boolean overridesForCaller(Class<?> type) {
    try {
      return type.getMethod("forCaller", jakarta.ws.rs.core.SecurityContext.class)
              .getDeclaringClass()
          != Authorizer.class;
    } catch (NoSuchMethodException | SecurityException e) {
      return true; // cannot tell: share a binding, which is correct either way
    }
  }

  /**
   * Whether the authorizer binds something per caller ({@link Authorizer#forCaller} overridden),
   * worth sharing between the checks of one request.
   *
   * @return true if {@code forCaller} is overridden
   */
  public boolean bindsPerCaller() {
    return bindsPerCaller;
  }

  /**
   * The application's authorizer.
   *
   * @return the authorizer
   */
  public Authorizer authorizer() {
    return authorizer;
  }

  /**
   * The {@code WWW-Authenticate} challenge sent with a 401.
   *
   * @return the challenge
   */
  public String challenge() {
    return challenge;
  }

  /**
   * Whether {@code other} decides and answers exactly as this one does: the same authorizer
   * instance, challenge and flags.
   *
   * @param other another enforcer
   * @return true if the two configurations are the same
   */
  public boolean sameConfigurationAs(Enforcer other) {
    return other != null
        && other.authorizer == authorizer
        && other.challenge.equals(challenge)
        && other.revealRequirement == revealRequirement
        && other.insufficientScope == insufficientScope;
  }

  /**
   * Whether {@code other} answers with the same challenge and flags, whatever its authorizer.
   *
   * @param other another enforcer
   * @return true if challenge and flags are the same
   */
  public boolean sameSettingsAs(Enforcer other) {
    return other != null
        && other.challenge.equals(challenge)
        && other.revealRequirement == revealRequirement
        && other.insufficientScope == insufficientScope;
  }

  /**
   * The configuration, for logs: authorizer, challenge, and the flags that are on.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "authorizer "
        + authorizer
        + ", challenge "
        + challenge
        + (revealRequirement ? ", 403 names the requirement" : "")
        + (insufficientScope ? ", insufficient_scope challenge" : "");
  }

  /**
   * The answer to a request without identity: 401 with the challenge.
   *
   * @return a new response
   */
  public Response unauthorized() {
    return problem(
            Response.Status.UNAUTHORIZED,
            "Authentication is required to access this resource.")
        .header(HttpHeaders.WWW_AUTHENTICATE, challenge)
        .build();
  }

  /**
   * The answer to an identified caller who does not meet {@code requirement}: 403.
   *
   * @param requirement what the endpoint requires, as written, for example {@code orders:read}
   * @return a new response
   */
  public Response forbidden(String requirement) {
    String detail =
        revealRequirement
            ? "You are not allowed to perform this operation: it requires " + requirement + "."
            : "You are not allowed to perform this operation.";
    Response.ResponseBuilder builder = problem(Response.Status.FORBIDDEN, detail);
    if (insufficientScope) {
      builder.header(HttpHeaders.WWW_AUTHENTICATE, scheme() + " error=\"insufficient_scope\"");
    }
    return builder.build();
  }

  /**
   * The answer to a request on an endpoint that denies everyone ({@code @DenyAll}): 403.
   *
   * @return a new response
   */
  public Response deniedToAll() {
    return problem(Response.Status.FORBIDDEN, "This operation is not available to anyone.").build();
  }

  /**
   * The answer when the check itself failed, for example because the authorizer threw: 500. The
   * request is denied.
   *
   * @return a new response
   */
  public Response failure() {
    return problem(
            Response.Status.INTERNAL_SERVER_ERROR,
            "The authorization check failed, so the request was denied.")
        .build();
  }

  /**
   * Logs why a check failed.
   *
   * @param endpoint the endpoint, for example {@code GET /orders/{id}}
   * @param failure what was thrown
   */
  public void logFailure(String endpoint, Throwable failure) {
    LOG.log(
        Level.SEVERE,
        "Bouncer denied a request to " + endpoint + " because its authorization check failed",
        failure);
  }

  private String scheme() {
    int space = challenge.indexOf(' ');
    return space < 0 ? challenge : challenge.substring(0, space);
  }

  private static Response.ResponseBuilder problem(Response.Status status, String detail) {
    String body =
        "{\"type\":\"about:blank\",\"title\":\""
            + json(status.getReasonPhrase())
            + "\",\"status\":"
            + status.getStatusCode()
            + ",\"detail\":\""
            + json(detail)
            + "\"}";
    return Response.status(status)
        .type(PROBLEM_JSON)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .entity(body);
  }

  static String json(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
