package dev.bouncer.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The HTML report's one stylesheet: a fixed part, and the generated filter rules. For each filter
 * option {@code id}, {@code #id:checked~main tbody tr:not(.id)} hides the rows that lack the
 * option's class, and {@code #id:checked~main label[for=id]} marks its chip as chosen.
 */
final class HtmlStyle {
  private HtmlStyle() {}

  static String css(
      Map<String, String> kindIds, Map<String, String> methodIds, Map<String, String> groupIds) {
    StringBuilder c = new StringBuilder(STYLE);
    List<String> all = new ArrayList<>();
    all.addAll(kindIds.values());
    all.addAll(methodIds.values());
    all.addAll(groupIds.values());
    for (String id : all) {
      c.append('#').append(id).append(":checked~main tbody tr:not(.").append(id).append("){display:none}\n");
    }
    List<String> withAll = new ArrayList<>(all);
    withAll.addAll(List.of("f-k-all", "f-m-all", "f-p-all"));
    for (String id : withAll) {
      c.append('#').append(id).append(":checked~main label[for=").append(id).append("]{")
          .append("background:#1f2937;color:#fff;border-color:#1f2937}\n");
      c.append('#').append(id).append(":focus-visible~main label[for=").append(id).append("]{")
          .append("outline:2px solid #2563eb;outline-offset:1px}\n");
    }
    return c.toString();
  }

  private static final String STYLE =
      """
      :root{color-scheme:light;--fg:#111827;--dim:#6b7280;--line:#e5e7eb;--bg:#f9fafb}
      *{box-sizing:border-box}
      body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--fg);background:var(--bg)}
      main{max-width:1400px;margin:0 auto;padding:24px 28px 40px}
      h1{font-size:22px;margin:0}
      h2{font-size:16px;margin:0 0 6px}
      .sub{margin:4px 0 18px;color:var(--dim)}
      code{font:12.5px/1.4 ui-monospace,"SFMono-Regular",Menlo,Consolas,monospace}
      .f{position:absolute;opacity:0;width:1px;height:1px;margin:0}
      .summary{display:flex;flex-wrap:wrap;gap:10px;margin-bottom:16px}
      .card{background:#fff;border:1px solid var(--line);border-left:4px solid var(--dim);border-radius:6px;padding:8px 14px;min-width:130px}
      .card .n{display:block;font-size:22px;font-weight:600}
      .card .l{color:var(--dim);font-size:12.5px}
      .card.alert{background:#fef2f2;border-color:#fca5a5;border-left-color:#dc2626}
      .card.alert .n{color:#b91c1c}
      .warn{background:#fef2f2;border:1px solid #fca5a5;border-radius:6px;padding:12px 16px;margin-bottom:16px}
      .warn h2{color:#b91c1c}
      .warn p{margin:0 0 6px}
      .warn ul{margin:0;padding-left:20px}
      .ok{background:#ecfdf5;border:1px solid #a7f3d0;border-radius:6px;padding:10px 16px;margin:0 0 16px}
      .filters{display:flex;flex-wrap:wrap;gap:8px 22px;margin:0 0 12px;align-items:center}
      .group{display:flex;flex-wrap:wrap;gap:4px;align-items:center}
      .gt{font-weight:600;margin-right:4px}
      .group label{border:1px solid #d1d5db;background:#fff;border-radius:999px;padding:2px 10px;cursor:pointer;font-size:12.5px;user-select:none}
      .group label:hover{border-color:#6b7280}
      table{width:100%;border-collapse:collapse;background:#fff;border:1px solid var(--line);border-radius:6px}
      th{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--dim);background:#f3f4f6;padding:8px 10px;border-bottom:1px solid var(--line)}
      td{padding:8px 10px;border-bottom:1px solid var(--line);vertical-align:top}
      tr.unprotected td{background:#fef2f2}
      tr.unprotected td:first-child{box-shadow:inset 4px 0 0 #dc2626}
      .verb{display:inline-block;font:600 11.5px/1.6 ui-monospace,Menlo,Consolas,monospace;background:#eef2ff;color:#3730a3;border-radius:4px;padding:0 6px;margin:0 4px 2px 0}
      .path code{font-weight:600;word-break:break-all}
      .badge{display:inline-block;font-size:11.5px;font-weight:600;border-radius:4px;padding:1px 7px;margin:0 6px 3px 0;white-space:nowrap}
      .kind-none{background:#dc2626;color:#fff}
      .kind-permit-all{background:#fef3c7;color:#92400e}
      .kind-authenticated{background:#e0f2fe;color:#075985}
      .kind-roles{background:#ede9fe;color:#5b21b6}
      .kind-permission{background:#dcfce7;color:#166534}
      .kind-deny-all{background:#e5e7eb;color:#111827}
      .kind-other{background:#e5e7eb;color:#111827}
      .c-none{border-left-color:#dc2626}.c-permit-all{border-left-color:#f59e0b}
      .c-authenticated{border-left-color:#0284c7}.c-roles{border-left-color:#7c3aed}
      .c-permission{border-left-color:#16a34a}.c-deny-all{border-left-color:#374151}
      .expr{display:block;margin-top:2px;word-break:break-word}
      .card.zero{border-left-color:var(--line)}
      .card.zero .n{color:#9ca3af}
      .dim,.media,.tpl{color:var(--dim);font-size:12.5px}
      .origin,.res,.src{color:#374151;font-size:12.5px}
      .res{min-width:220px;overflow-wrap:anywhere}
      .src{white-space:nowrap}
      td.path{max-width:460px}
      footer{color:var(--dim);font-size:12px;margin-top:14px}
      """;

}
