package dev.bouncer.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The policy report of one compilation, independent of the compiler: what {@link ReportJson}
 * reads and writes, and what the renderers, {@code check} and {@code diff} work on. The format is
 * described in {@code docs/report-format.md}.
 *
 * <p>Kinds are enums ({@link PolicyKind}, {@link OriginKind}, {@link TemplateSource}); a report
 * of a newer processor may hold kinds this version does not know, which read as {@code UNKNOWN}
 * while the records keep their spelling ({@code kindName()} and the like), so that a report read
 * and written again is the same text.
 *
 * @param formatVersion the format version the report was read from or is written in
 * @param generator what wrote it
 * @param applications the {@code @ApplicationPath} classes of the compilation, sorted by class
 * @param endpoints every endpoint, sorted (see {@link Endpoint#ORDER})
 * @param sourcePositions false when the compiler could give no source positions at all (no javac
 *     tree API: Gradle's incremental annotation processing and other compilers), so that no
 *     endpoint has a {@code source}; true otherwise, and when the report does not say
 */
public record Report(
    int formatVersion,
    String generator,
    List<Application> applications,
    List<Endpoint> endpoints,
    boolean sourcePositions) {

  /** The version this code writes. */
  public static final int FORMAT_VERSION = 2;

  /** Validates and sorts. */
  public Report {
    Objects.requireNonNull(generator, "generator");
    applications = List.copyOf(applications);
    List<Endpoint> sorted = new ArrayList<>(endpoints);
    sorted.sort(Endpoint.ORDER);
    endpoints = List.copyOf(sorted);
  }

  /** A report whose compiler gave source positions (or that does not say). */
  public Report(
      int formatVersion, String generator, List<Application> applications, List<Endpoint> endpoints) {
    this(formatVersion, generator, applications, endpoints, true);
  }

  /**
   * A {@code jakarta.ws.rs.core.Application} subclass and its normalised {@code @ApplicationPath}.
   *
   * @param applicationClass its binary name
   * @param path its normalised path
   */
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

    /** Copies the lists and checks the required fields. */
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
      if (policy.kind() != PolicyKind.NONE) {
        return false;
      }
      if (rootResource || locatorChains.isEmpty()) {
        return true;
      }
      for (LocatorChain chain : locatorChains) {
        boolean guarded = false;
        for (Step step : chain.locators()) {
          guarded |= step.policyKind().guards();
        }
        if (!guarded) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * A source position.
   *
   * @param file the file relative to its source root
   * @param line the line, 1-based, or 0 when unknown
   */
  public record Source(String file, int line) {}

  /**
   * The effective policy of an endpoint.
   *
   * @param kind the kind; {@link PolicyKind#UNKNOWN} for one this version does not know
   * @param expression PERMISSION: the expression as written; else null
   * @param normalized PERMISSION: re-printed from its syntax tree; else null
   * @param permissions PERMISSION: the distinct permissions it references; else empty
   * @param templates PERMISSION: where each {@code {name}} comes from; else empty
   * @param roles ROLES: the roles as written; else empty
   * @param origin where it was declared
   * @param kindName the kind as the report spells it: {@code kind.name()}, or the unknown
   *     spelling
   */
  public record Policy(
      PolicyKind kind,
      String expression,
      String normalized,
      List<String> permissions,
      List<Template> templates,
      List<String> roles,
      Origin origin,
      String kindName) {

    /** Copies the lists; checks that kind and spelling agree. */
    public Policy {
      kindName = spelling(kind, kindName, PolicyKind.of(kindName) == kind, "policy kind");
      Objects.requireNonNull(origin, "origin");
      permissions = List.copyOf(permissions);
      templates = List.copyOf(templates);
      roles = List.copyOf(roles);
    }

    /** A policy of a known kind. */
    public Policy(
        PolicyKind kind,
        String expression,
        String normalized,
        List<String> permissions,
        List<Template> templates,
        List<String> roles,
        Origin origin) {
      this(kind, expression, normalized, permissions, templates, roles, origin, null);
    }

    /** Whether anyone, even an anonymous caller, may call the endpoint. */
    public boolean open() {
      return kind.open();
    }

    /** The requirement as a short text: the normalised expression, the roles, or the kind. */
    public String summary() {
      return switch (kind) {
        case PERMISSION -> normalized;
        case ROLES -> "roles " + String.join(", ", roles);
        case NONE -> "none (unprotected)";
        case PERMIT_ALL -> "@PermitAll";
        case DENY_ALL -> "@DenyAll";
        case AUTHENTICATED -> "@Authenticated";
        case UNKNOWN -> kindName;
      };
    }
  }

  /**
   * The spelling to keep for {@code kind}: its name for a known kind (a given spelling must agree),
   * the given spelling for an unknown one (required, and not a known name).
   */
  static <E extends Enum<E>> String spelling(E kind, String name, boolean agrees, String what) {
    Objects.requireNonNull(kind, what);
    if (kind.name().equals("UNKNOWN")) {
      if (name == null || name.isEmpty() || !agrees) {
        throw new IllegalArgumentException(
            "an unknown " + what + " needs its spelling, which must not be a known one: " + name);
      }
      return name;
    }
    if (name != null && !name.equals(kind.name())) {
      throw new IllegalArgumentException(what + " " + kind + " spelled " + name);
    }
    return kind.name();
  }

  /**
   * Where a template's value comes from.
   *
   * @param name the template's name
   * @param source PATH, QUERY or HEADER; {@link TemplateSource#UNKNOWN} for another
   * @param key the path variable, query parameter or header looked up in the request
   * @param sourceName the source as the report spells it
   */
  public record Template(String name, TemplateSource source, String key, String sourceName) {
    /** Checks that source and spelling agree. */
    public Template {
      sourceName =
          spelling(source, sourceName, TemplateSource.of(sourceName) == source, "template source");
    }

    /** A template with a known source. */
    public Template(String name, TemplateSource source, String key) {
      this(name, source, key, null);
    }
  }

  /**
   * Where the effective policy was declared.
   *
   * @param kind METHOD, CLASS, SUPERCLASS, INTERFACE or NONE today; later versions of the processor
   *     may add kinds (LOCATOR, say), which read as {@link OriginKind#UNKNOWN}
   * @param declaredOn the element carrying the annotation: {@code a.b.Type} for a type, {@code
   *     a.b.Type#method(params)} for a method; null for NONE
   * @param via for a policy written through a composed annotation ({@code @AdminOnly}, itself
   *     annotated {@code @RequiresPermission}), the binary names of the composed annotation types,
   *     from the one written on {@code declaredOn} down to the one carrying the policy annotation;
   *     empty otherwise
   * @param kindName the kind as the report spells it
   */
  public record Origin(OriginKind kind, String declaredOn, List<String> via, String kindName) {
    /** Copies the list; checks that kind and spelling agree. */
    public Origin {
      kindName = spelling(kind, kindName, OriginKind.of(kindName) == kind, "origin kind");
      via = via == null ? List.of() : List.copyOf(via);
    }

    /** An origin of a known kind. */
    public Origin(OriginKind kind, String declaredOn, List<String> via) {
      this(kind, declaredOn, via, null);
    }

    /** An origin of a known kind written directly, not through a composed annotation. */
    public Origin(OriginKind kind, String declaredOn) {
      this(kind, declaredOn, List.of(), null);
    }
  }

  /**
   * One way to reach a sub-resource method: the locators from a root resource down, and the full
   * path that results.
   */
  public record LocatorChain(String fullPath, List<Step> locators) {
    /** Copies the list. */
    public LocatorChain {
      locators = List.copyOf(locators);
    }
  }

  /**
   * One locator of a chain, with the full path it answers at through the chain, and its own
   * policy kind.
   *
   * @param resourceClass binary name of the locator's class
   * @param resourceMethod the locator's name and erased parameter types
   * @param path the full path it answers at through the chain
   * @param policyKind its own policy's kind
   * @param policyKindName that kind as the report spells it
   */
  public record Step(
      String resourceClass,
      String resourceMethod,
      String path,
      PolicyKind policyKind,
      String policyKindName) {
    /** Checks that kind and spelling agree. */
    public Step {
      policyKindName =
          spelling(policyKind, policyKindName, PolicyKind.of(policyKindName) == policyKind, "policy kind");
    }

    /** A step whose locator has a policy of a known kind. */
    public Step(String resourceClass, String resourceMethod, String path, PolicyKind policyKind) {
      this(resourceClass, resourceMethod, path, policyKind, null);
    }
  }
}
