package dev.bouncer.processor.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The policy report of one compilation, independent of the compiler: what {@link ReportJson}
 * reads and writes, and what the HTML and Markdown renderers and the command-line tool work on.
 * The format is described in {@code docs/report-format.md}.
 *
 * @param formatVersion the format version the report was read from or is written in
 * @param generator what wrote it
 * @param applications the {@code @ApplicationPath} classes of the compilation, sorted by class
 * @param endpoints every endpoint, sorted (see {@link Endpoint#ORDER})
 */
public record Report(
    int formatVersion, String generator, List<Application> applications, List<Endpoint> endpoints) {

  /** The version this code writes. */
  public static final int FORMAT_VERSION = 2;

  public Report {
    Objects.requireNonNull(generator, "generator");
    applications = List.copyOf(applications);
    List<Endpoint> sorted = new ArrayList<>(endpoints);
    sorted.sort(Endpoint.ORDER);
    endpoints = List.copyOf(sorted);
  }

  /** A {@code jakarta.ws.rs.core.Application} subclass and its normalised {@code @ApplicationPath}. */
  public record Application(String applicationClass, String path) {}

  /**
   * One resource method or sub-resource locator.
   *
   * @param httpMethods sorted; empty for a locator
   * @param path for a root resource the full path (with the application path when there is
   *     exactly one); for a sub-resource, relative to the locator that returns it
   * @param rootResource whether the class has {@code @Path}
   * @param locator whether this is a sub-resource locator
   * @param resourceClass binary name of the declaring class
   * @param resourceMethod name and erased parameter types
   * @param produces the media types of {@code @Produces} (method, else class), as written; may be
   *     empty
   * @param consumes likewise for {@code @Consumes}
   * @param source where it is declared; null when the compiler could not say
   * @param policy the effective policy
   * @param locatorChains for a sub-resource method, each chain of locators in the report that
   *     reaches it, with the full path; empty otherwise
   */
  public record Endpoint(
      List<String> httpMethods,
      String path,
      boolean rootResource,
      boolean locator,
      String resourceClass,
      String resourceMethod,
      List<String> produces,
      List<String> consumes,
      Source source,
      Policy policy,
      List<LocatorChain> locatorChains) {

    /** Path, then HTTP methods, then class, then method signature. */
    public static final Comparator<Endpoint> ORDER =
        Comparator.comparing(Endpoint::path)
            .thenComparing(e -> String.join(",", e.httpMethods()))
            .thenComparing(Endpoint::resourceClass)
            .thenComparing(Endpoint::resourceMethod);

    public Endpoint {
      httpMethods = List.copyOf(httpMethods);
      produces = List.copyOf(produces);
      consumes = List.copyOf(consumes);
      locatorChains = List.copyOf(locatorChains);
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(resourceClass, "resourceClass");
      Objects.requireNonNull(resourceMethod, "resourceMethod");
      Objects.requireNonNull(policy, "policy");
    }

    /** {@code resourceClass#resourceMethod}. */
    public String signature() {
      return resourceClass + "#" + resourceMethod;
    }

    /**
     * The full paths this endpoint is served at: its path for a root resource, each locator
     * chain's full path for a sub-resource, or its relative path when no locator in the report
     * reaches it.
     */
    public List<String> fullPaths() {
      if (rootResource || locatorChains.isEmpty()) {
        return List.of(path);
      }
      return locatorChains.stream().map(LocatorChain::fullPath).distinct().toList();
    }

    /** Whether the path is relative to a locator that is not in the report. */
    public boolean unreached() {
      return !rootResource && locatorChains.isEmpty();
    }

    /**
     * Whether nothing guards this endpoint: it has no policy of its own and is not a sub-resource
     * method reached only through chains that each contain a guarded locator (a locator's policy
     * guards everything beneath it).
     */
    public boolean unprotected() {
      if (!policy.kind().equals("NONE")) {
        return false;
      }
      if (rootResource || locatorChains.isEmpty()) {
        return true;
      }
      for (LocatorChain chain : locatorChains) {
        boolean guarded = false;
        for (Step step : chain.locators()) {
          guarded |= GUARDED.contains(step.policyKind());
        }
        if (!guarded) {
          return true;
        }
      }
      return false;
    }
  }

  private static final java.util.Set<String> GUARDED =
      java.util.Set.of("AUTHENTICATED", "ROLES", "PERMISSION", "DENY_ALL");

  /** A source position: the file relative to its source root, and the line (1-based, or 0). */
  public record Source(String file, int line) {}

  /**
   * The effective policy of an endpoint.
   *
   * @param kind NONE, PERMIT_ALL, DENY_ALL, AUTHENTICATED, ROLES or PERMISSION
   * @param expression PERMISSION: the expression as written; else null
   * @param normalized PERMISSION: re-printed from its syntax tree; else null
   * @param permissions PERMISSION: the distinct permissions it references; else empty
   * @param templates PERMISSION: where each {@code {name}} comes from; else empty
   * @param roles ROLES: the roles as written; else empty
   * @param origin where it was declared
   */
  public record Policy(
      String kind,
      String expression,
      String normalized,
      List<String> permissions,
      List<Template> templates,
      List<String> roles,
      Origin origin) {

    public Policy {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(origin, "origin");
      permissions = List.copyOf(permissions);
      templates = List.copyOf(templates);
      roles = List.copyOf(roles);
    }

    /** Whether anyone, even an anonymous caller, may call the endpoint. */
    public boolean open() {
      return kind.equals("NONE") || kind.equals("PERMIT_ALL");
    }

    /** The requirement as a short text: the normalised expression, the roles, or the kind. */
    public String summary() {
      return switch (kind) {
        case "PERMISSION" -> normalized;
        case "ROLES" -> "roles " + String.join(", ", roles);
        case "NONE" -> "none (unprotected)";
        case "PERMIT_ALL" -> "@PermitAll";
        case "DENY_ALL" -> "@DenyAll";
        case "AUTHENTICATED" -> "@Authenticated";
        default -> kind;
      };
    }
  }

  /**
   * Where a template's value comes from.
   *
   * @param name the template's name
   * @param source PATH, QUERY or HEADER
   * @param key the path variable, query parameter or header looked up in the request
   */
  public record Template(String name, String source, String key) {}

  /**
   * Where the effective policy was declared.
   *
   * @param kind METHOD, CLASS or NONE today; later versions of the processor may add kinds such as
   *     INTERFACE, SUPERCLASS or LOCATOR, which readers must accept
   * @param declaredOn the element carrying the annotation: {@code a.b.Type} for a type, {@code
   *     a.b.Type#method(params)} for a method; null for NONE
   * @param via for a policy written through a composed annotation ({@code @AdminOnly}, itself
   *     annotated {@code @RequiresPermission}), the binary names of the composed annotation types,
   *     from the one written on {@code declaredOn} down to the one carrying the policy annotation;
   *     empty otherwise
   */
  public record Origin(String kind, String declaredOn, List<String> via) {
    public Origin {
      via = via == null ? List.of() : List.copyOf(via);
    }

    /** An origin written directly, not through a composed annotation. */
    public Origin(String kind, String declaredOn) {
      this(kind, declaredOn, List.of());
    }
  }

  /**
   * One way to reach a sub-resource method: the locators from a root resource down, and the full
   * path that results.
   */
  public record LocatorChain(String fullPath, List<Step> locators) {
    public LocatorChain {
      locators = List.copyOf(locators);
    }
  }

  /**
   * One locator of a chain, with the full path it answers at through the chain, and its own
   * policy kind.
   */
  public record Step(String resourceClass, String resourceMethod, String path, String policyKind) {}
}
