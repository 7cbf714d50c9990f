#!/usr/bin/env python3
"""Turns run-all.sh's raw results into Markdown tables. Standard library only."""
import json
import re
import statistics
import sys
from collections import defaultdict


def fmt(x, digits=1):
    return f"{x:,.{digits}f}"


def spread(values):
    return f"{fmt(min(values))}–{fmt(max(values))}"


def jmh(path):
    """Median of the measurement iterations (robust to the machine's other load preempting a
    few iterations), their range, JMH's mean, and allocation per operation (deterministic)."""
    with open(path) as f:
        runs = json.load(f)
    rows = defaultdict(dict)  # (class, policy) -> method -> (median, lo, hi, mean, bytes)
    for run in runs:
        cls, method = run["benchmark"].rsplit(".", 1)
        cls = cls.rsplit(".", 1)[1]
        policy = run.get("params", {}).get("policy", "locator" if cls == "LocatorBenchmark" else "static")
        pm = run["primaryMetric"]
        iterations = [x for fork in pm["rawData"] for x in fork]
        alloc = run.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score", float("nan"))
        rows[(cls, policy)][method] = (statistics.median(iterations), min(iterations), max(iterations),
                                       pm["score"], alloc)
    print("| benchmark | policy | alternative | ns/op median | iteration range | mean | × hand-written (medians) | B/op |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |")
    order = ["baseline", "handWritten", "bouncerRoles", "bouncerGrants", "bouncerGrants200", "bouncerRolesAllowed",
             "jerseyRolesAllowed", "spelCompiled", "spelInterpreted", "shiro"]
    policies = ["static", "template", "threeClauses", "locator"]
    for (cls, policy) in sorted(rows, key=lambda k: (k[0], policies.index(k[1]))):
        methods = rows[(cls, policy)]
        floor = methods.get("handWritten", (float("nan"),))[0]
        for m in sorted(methods, key=lambda m: order.index(m) if m in order else 99):
            med, lo, hi, mean, alloc = methods[m]
            b = "0" if alloc < 0.5 else fmt(alloc, 0)
            print(f"| {cls} | {policy} | {m} | {fmt(med, 2)} | {fmt(lo, 2)}–{fmt(hi, 2)} | {fmt(mean, 2)} "
                  f"| {med / floor:.2f} | {b} |")


UNITS = {"us": 0.001, "ms": 1.0, "s": 1000.0}


def wrk_line(server, rnd, endpoint, path):
    text = open(path).read()
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
    lat = {}
    for pct, value, unit in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$", text, re.M):
        lat[pct] = float(value) * UNITS[unit]
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", text)
    if errors:
        raise SystemExit(f"{path}: {errors.group(1)} non-2xx responses under load")
    print(f"{server}\t{rnd}\t{endpoint}\t{rps}\t{lat['50']}\t{lat['90']}\t{lat['99']}")


def e2e(path):
    data = defaultdict(dict)  # (server, round) -> endpoint -> (rps, p50, p90, p99)
    for line in open(path):
        server, rnd, ep, rps, p50, p90, p99 = line.split("\t")
        data[(server, rnd)][ep] = tuple(map(float, (rps, p50, p90, p99)))
    servers = sorted({s for s, _ in data})
    print("| server | endpoint | req/s median (range) | p50 ms | p90 ms | p99 ms | ratio to open, median (per-round range) |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for server in servers:
        rounds = sorted(r for s, r in data if s == server)
        for ep in ["open", "static", "orders"]:
            vals = [data[(server, r)][ep] for r in rounds]
            rps = [v[0] for v in vals]
            med = lambda i: statistics.median(v[i] for v in vals)
            ratios = [data[(server, r)][ep][0] / data[(server, r)]["open"][0] for r in rounds]
            label = {"open": "open (@PermitAll)", "static": "orders:read", "orders": "orders:read:{id}"}[ep]
            ratio = "1" if ep == "open" else f"{statistics.median(ratios):.3f} ({min(ratios):.3f}–{max(ratios):.3f})"
            print(f"| {server} | {label} | {fmt(statistics.median(rps), 0)} ({fmt(min(rps), 0)}–{fmt(max(rps), 0)}) "
                  f"| {med(1):.3f} | {med(2):.3f} | {med(3):.3f} | {ratio} |")


def load_times(path):
    wall, cpu = defaultdict(list), defaultdict(list)
    for line in open(path):
        n, mode, _, w, c = line.rstrip("\n").split("\t")
        wall[(int(n), mode)].append(float(w))
        cpu[(int(n), mode)].append(float(c))
    return wall, cpu


def med_range(values):
    return f"{fmt(statistics.median(values), 0)} ({fmt(min(values), 0)}–{fmt(max(values), 0)})"


def compare(path, base, other, what, unit):
    wall, cpu = load_times(path)
    print(f"| {unit} | time | {base[1]}, ms median (range) | {other[1]}, ms median (range) | ratio | added ms | added ms per 1,000 {unit} |")
    print("| ---: | --- | ---: | ---: | ---: | ---: | ---: |")
    for n in sorted({n for n, _ in wall}):
        for label, times in (("wall", wall), ("CPU", cpu)):
            b, o = times[(n, base[0])], times[(n, other[0])]
            mb, mo = statistics.median(b), statistics.median(o)
            print(f"| {n:,} | {label} | {med_range(b)} | {med_range(o)} | {mo / mb:.2f} | {fmt(mo - mb, 0)} "
                  f"| {fmt((mo - mb) * 1000 / n, 0)} |")
    return wall, cpu


def compile_(path):
    wall, cpu = compare(path, ("none", "javac -proc:none"), ("with", "with Bouncer's processor"), "compile", "methods")
    sizes = sorted({n for n, m in wall if m == "pregenerated"})
    if sizes:
        print()
        print("Where the added time goes (medians, CPU ms): compiling the generated sources without the processor "
              "(`pregenerated`), and running the processor itself (`with` − `pregenerated`).")
        print()
        print("| methods | none | pregenerated | with | compiling generated code | running the processor |")
        print("| ---: | ---: | ---: | ---: | ---: | ---: |")
        for n in sizes:
            m = {mode: statistics.median(cpu[(n, mode)]) for mode in ("none", "pregenerated", "with")}
            print(f"| {n:,} | {fmt(m['none'], 0)} | {fmt(m['pregenerated'], 0)} | {fmt(m['with'], 0)} "
                  f"| {fmt(m['pregenerated'] - m['none'], 0)} | {fmt(m['with'] - m['pregenerated'], 0)} |")


    if any(m == "noop" for _, m in wall):
        print()
        print("Where the added time goes in a module without policies (CPU ms, medians; ratio to `-proc:none`): "
              "a processor that does nothing but supports `*` (`noop`) or only `@Path` (`nooppath`), "
              "Bouncer with its activation classes off (`noactivation`: no generated source, one round), "
              "and Bouncer as shipped (`with`).")
        print()
        modes = ["none", "noop", "nooppath", "noactivation", "with"]
        print("| methods | " + " | ".join(modes) + " |")
        print("| ---: | " + " | ".join("---:" for _ in modes) + " |")
        for n in sorted({n for n, m in wall if m == "noop"}):
            base = statistics.median(cpu[(n, "none")])
            cells = []
            for mode in modes:
                if (n, mode) not in cpu:
                    cells.append("-")
                    continue
                m = statistics.median(cpu[(n, mode)])
                cells.append(fmt(m, 0) if mode == "none" else f"{fmt(m, 0)} (×{m / base:.2f})")
            print(f"| {n:,} | " + " | ".join(cells) + " |")


def startup(path):
    compare(path, ("none", "without Bouncer"), ("bouncer", "with Bouncer"), "startup", "endpoints")


if __name__ == "__main__":
    cmd, args = sys.argv[1], sys.argv[2:]
    {"jmh": jmh, "wrk-line": wrk_line, "e2e": e2e, "compile": compile_, "startup": startup}[cmd](*args)
