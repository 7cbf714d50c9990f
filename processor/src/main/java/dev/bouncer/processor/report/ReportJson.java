package dev.bouncer.processor.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Report} to and from {@code policy-report.json} (format version 2, and reading version 1).
 * Keys always come in the documented order and optional keys are left out when empty, so the same
 * report always gives the same bytes.
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
          step.put("policyKind", s.policyKind());
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
    m.put("kind", p.kind());
    if (p.expression() != null) {
      m.put("expression", p.expression());
      m.put("normalized", p.normalized());
    }
    if (p.kind().equals("PERMISSION")) {
      m.put("permissions", p.permissions());
    }
    if (!p.templates().isEmpty()) {
      List<Object> templates = new ArrayList<>();
      for (Report.Template t : p.templates()) {
        Map<String, Object> tm = new LinkedHashMap<>();
        tm.put("name", t.name());
        tm.put("source", t.source());
        tm.put("key", t.key());
        templates.add(tm);
      }
      m.put("templates", templates);
    }
    if (!p.roles().isEmpty()) {
      m.put("roles", p.roles());
    }
    Map<String, Object> origin = new LinkedHashMap<>();
    origin.put("kind", p.origin().kind());
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
    Object parsed = Json.parse(json);
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
    return new Report((int) version, generator, apps, endpoints);
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
        steps.add(
            new Report.Step(
                string(step, "resourceClass", w),
                string(step, "resourceMethod", w),
                string(step, "path", w),
                string(step, "policyKind", w)));
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
    String kind = string(m, "kind", where);
    List<Report.Template> templates = new ArrayList<>();
    for (Object t : list(m, "templates", where, false)) {
      Map<String, Object> tm = object(t, where + ".templates");
      templates.add(
          new Report.Template(
              string(tm, "name", where + ".templates"),
              string(tm, "source", where + ".templates"),
              string(tm, "key", where + ".templates")));
    }
    Report.Origin origin;
    if (version == 1) {
      origin = new Report.Origin(string(m, "origin", where), null);
    } else {
      Map<String, Object> o = object(m.get("origin"), where + ".origin");
      origin =
          new Report.Origin(
              string(o, "kind", where + ".origin"),
              o.containsKey("declaredOn") ? string(o, "declaredOn", where + ".origin") : null,
              strings(o, "via", where + ".origin", false));
    }
    boolean permission = kind.equals("PERMISSION");
    return new Report.Policy(
        kind,
        permission ? string(m, "expression", where) : null,
        permission ? string(m, "normalized", where) : null,
        strings(m, "permissions", where, false),
        templates,
        strings(m, "roles", where, kind.equals("ROLES")),
        origin);
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
