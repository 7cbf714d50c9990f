package dev.bouncer.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Report} to and from {@code policy-report.json} (format version 2, and reading version 1).
 * Keys always come in the documented order and optional keys are left out when empty, so the same
 * report always gives the same bytes. Kinds this version does not know are read as {@code UNKNOWN}
 * and written back with their own spelling.
 *
 * <p>Writing needs nothing but this module (it runs inside javac, in the annotation processor).
 * Reading works on a parsed JSON tree, {@link #read(Object)}, so that a tool can parse with the
 * JSON library it has; {@link #read(String)} parses with this module's own strict {@link Json}
 * reader.
 */
public final class ReportJson {
  private ReportJson() {}

  /** The report as JSON text in format version {@link Report#FORMAT_VERSION}. */
  public static String write(Report report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("formatVersion", Report.FORMAT_VERSION);
    root.put("generator", report.generator());
    if (!report.applications().isEmpty()) {
      List<Object> apps = new ArrayList<>();
      for (Report.Application a : report.applications()) {
        Map<String, Object> app = new LinkedHashMap<>();
        app.put("class", a.applicationClass());
        app.put("path", a.path());
        apps.add(app);
      }
      root.put("applications", apps);
    }
    if (!report.sourcePositions()) {
      root.put("sourcePositions", false);
    }
    List<Object> endpoints = new ArrayList<>();
    for (Report.Endpoint e : report.endpoints()) {
      endpoints.add(endpoint(e));
    }
    root.put("endpoints", endpoints);
    return Json.write(root);
  }

  private static Map<String, Object> endpoint(Report.Endpoint e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("httpMethods", e.httpMethods());
    m.put("path", e.path());
    m.put("rootResource", e.rootResource());
    m.put("locator", e.locator());
    m.put("resourceClass", e.resourceClass());
    m.put("resourceMethod", e.resourceMethod());
    if (!e.produces().isEmpty()) {
      m.put("produces", e.produces());
    }
    if (!e.consumes().isEmpty()) {
      m.put("consumes", e.consumes());
    }
    if (e.source() != null) {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("file", e.source().file());
      if (e.source().line() > 0) {
        source.put("line", e.source().line());
      }
      m.put("source", source);
    }
    m.put("policy", policy(e.policy()));
    if (!e.locatorChains().isEmpty()) {
      List<Object> chains = new ArrayList<>();
      for (Report.LocatorChain chain : e.locatorChains()) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("fullPath", chain.fullPath());
        List<Object> steps = new ArrayList<>();
        for (Report.Step s : chain.locators()) {
          Map<String, Object> step = new LinkedHashMap<>();
          step.put("resourceClass", s.resourceClass());
          step.put("resourceMethod", s.resourceMethod());
          step.put("path", s.path());
          step.put("policyKind", s.policyKindName());
          steps.add(step);
        }
        c.put("locators", steps);
        chains.add(c);
      }
      m.put("locatorChains", chains);
    }
    return m;
  }

  private static Map<String, Object> policy(Report.Policy p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", p.kindName());
    if (p.expression() != null) {
      m.put("expression", p.expression());
    }
    if (p.normalized() != null) {
      m.put("normalized", p.normalized());
    }
    // Always for PERMISSION; for a kind this version does not know, whatever it was read with.
    if (p.kind() == PolicyKind.PERMISSION || !p.permissions().isEmpty()) {
      m.put("permissions", p.permissions());
    }
    if (!p.templates().isEmpty()) {
      List<Object> templates = new ArrayList<>();
      for (Report.Template t : p.templates()) {
        Map<String, Object> tm = new LinkedHashMap<>();
        tm.put("name", t.name());
        tm.put("source", t.sourceName());
        tm.put("key", t.key());
        templates.add(tm);
      }
      m.put("templates", templates);
    }
    if (!p.roles().isEmpty()) {
      m.put("roles", p.roles());
    }
    Map<String, Object> origin = new LinkedHashMap<>();
    origin.put("kind", p.origin().kindName());
    if (p.origin().declaredOn() != null) {
      origin.put("declaredOn", p.origin().declaredOn());
    }
    if (!p.origin().via().isEmpty()) {
      origin.put("via", p.origin().via());
    }
    m.put("origin", origin);
    return m;
  }

  // ---------------------------------------------------------------------------------------------
  // Reading
  // ---------------------------------------------------------------------------------------------

  /**
   * Reads a report of format version 1 or 2. Unknown keys are ignored (later minor additions);
   * missing or mistyped required keys, a newer format version, or malformed JSON are an {@link
   * IllegalArgumentException} naming the place.
   */
  public static Report read(String json) {
    return read(Json.parse(json));
  }

  /**
   * Reads a report from a parsed JSON tree in {@link Json}'s representation: {@code Map<String,
   * Object>} objects, {@code List<Object>} arrays, {@code String}, {@code Long} integers, {@code
   * Double} other numbers, {@code Boolean} and {@code null}. Errors as for {@link #read(String)}.
   */
  public static Report read(Object parsed) {
    Map<String, Object> root = object(parsed, "the report");
    long version = number(root, "formatVersion", "the report");
    if (version < 1 || version > Report.FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "formatVersion "
              + version
              + " is not supported: this tool reads versions 1 to "
              + Report.FORMAT_VERSION);
    }
    String generator = root.containsKey("generator") ? string(root, "generator", "the report") : "";
    List<Report.Application> apps = new ArrayList<>();
    for (Object a : list(root, "applications", "the report", false)) {
      Map<String, Object> app = object(a, "an application");
      apps.add(
          new Report.Application(string(app, "class", "application"), string(app, "path", "application")));
    }
    List<Report.Endpoint> endpoints = new ArrayList<>();
    List<Object> raw = list(root, "endpoints", "the report", true);
    for (int i = 0; i < raw.size(); i++) {
      endpoints.add(endpoint(object(raw.get(i), "endpoint " + i), "endpoint " + i, (int) version));
    }
    boolean positions =
        !root.containsKey("sourcePositions") || bool(root, "sourcePositions", "the report");
    return new Report((int) version, generator, apps, endpoints, positions);
  }

  private static Report.Endpoint endpoint(Map<String, Object> m, String where, int version) {
    Report.Source source = null;
    if (m.containsKey("source")) {
      Map<String, Object> s = object(m.get("source"), where + ".source");
      source =
          new Report.Source(
              string(s, "file", where + ".source"),
              s.containsKey("line") ? (int) number(s, "line", where + ".source") : 0);
    }
    List<Report.LocatorChain> chains = new ArrayList<>();
    for (Object c : list(m, "locatorChains", where, false)) {
      Map<String, Object> chain = object(c, where + ".locatorChains");
      List<Report.Step> steps = new ArrayList<>();
      for (Object s : list(chain, "locators", where + ".locatorChains", true)) {
        Map<String, Object> step = object(s, where + ".locatorChains.locators");
        String w = where + ".locatorChains.locators";
        String kind = string(step, "policyKind", w);
        steps.add(
            new Report.Step(
                string(step, "resourceClass", w),
                string(step, "resourceMethod", w),
                string(step, "path", w),
                PolicyKind.of(kind),
                kind));
      }
      chains.add(new Report.LocatorChain(string(chain, "fullPath", where), steps));
    }
    return new Report.Endpoint(
        strings(m, "httpMethods", where, true),
        string(m, "path", where),
        bool(m, "rootResource", where),
        bool(m, "locator", where),
        string(m, "resourceClass", where),
        string(m, "resourceMethod", where),
        strings(m, "produces", where, false),
        strings(m, "consumes", where, false),
        source,
        policy(object(m.get("policy"), where + ".policy"), where + ".policy", version),
        chains);
  }

  private static Report.Policy policy(Map<String, Object> m, String where, int version) {
    String kindName = string(m, "kind", where);
    PolicyKind kind = PolicyKind.of(kindName);
    List<Report.Template> templates = new ArrayList<>();
    for (Object t : list(m, "templates", where, false)) {
      Map<String, Object> tm = object(t, where + ".templates");
      String source = string(tm, "source", where + ".templates");
      templates.add(
          new Report.Template(
              string(tm, "name", where + ".templates"),
              TemplateSource.of(source),
              string(tm, "key", where + ".templates"),
              source));
    }
    Report.Origin origin;
    if (version == 1) {
      String originKind = string(m, "origin", where);
      origin = new Report.Origin(OriginKind.of(originKind), null, List.of(), originKind);
    } else {
      Map<String, Object> o = object(m.get("origin"), where + ".origin");
      String originKind = string(o, "kind", where + ".origin");
      origin =
          new Report.Origin(
              OriginKind.of(originKind),
              o.containsKey("declaredOn") ? string(o, "declaredOn", where + ".origin") : null,
              strings(o, "via", where + ".origin", false),
              originKind);
    }
    boolean permission = kind == PolicyKind.PERMISSION;
    // A kind this version does not know keeps what it has, to be written back unchanged.
    boolean unknown = kind == PolicyKind.UNKNOWN;
    return new Report.Policy(
        kind,
        permission || unknown && m.containsKey("expression") ? string(m, "expression", where) : null,
        permission || unknown && m.containsKey("normalized") ? string(m, "normalized", where) : null,
        strings(m, "permissions", where, false),
        templates,
        strings(m, "roles", where, kind == PolicyKind.ROLES),
        origin,
        kindName);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value, String where) {
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException(where + " must be a JSON object");
    }
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Map<String, Object> m, String key, String where, boolean required) {
    Object v = m.get(key);
    if (v == null && !required && !m.containsKey(key)) {
      return List.of();
    }
    if (!(v instanceof List)) {
      throw new IllegalArgumentException(where + ": \"" + key + "\" must be an array");
    }
    return (List<Object>) v;
  }

  private static List<String> strings(
      Map<String, Object> m, String key, String where, boolean required) {
    List<String> out = new ArrayList<>();
    for (Object o : list(m, key, where, required)) {
      if (!(o instanceof String s)) {
        throw new IllegalArgumentException(where + ": \"" + key + "\" must hold strings");
      }
      out.add(s);
    }
    return out;
  }

  private static String string(Map<String, Object> m, String key, String where) {
    if (!(m.get(key) instanceof String s)) {
      throw new IllegalArgumentException(where + ": \"" + key + "\" must be a string");
    }
    return s;
  }

  private static boolean bool(Map<String, Object> m, String key, String where) {
    if (!(m.get(key) instanceof Boolean b)) {
      throw new IllegalArgumentException(where + ": \"" + key + "\" must be true or false");
    }
    return b;
  }

  private static long number(Map<String, Object> m, String key, String where) {
    if (!(m.get(key) instanceof Long n)) {
      throw new IllegalArgumentException(where + ": \"" + key + "\" must be an integer");
    }
    return n;
  }
}
