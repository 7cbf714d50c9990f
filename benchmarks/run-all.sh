#!/usr/bin/env bash
# Runs Bouncer's benchmarks and writes their tables to benchmarks/target/results/.
#
#   benchmarks/run-all.sh                     # all four: jmh e2e compile startup (see README for time)
#   benchmarks/run-all.sh jmh compile         # only some
#   QUICK=1 benchmarks/run-all.sh             # a short smoke run of everything (~4 min)
#
# Needs: JDK 17+ (java, javac), Maven, python3 (tables), curl and wrk (end to end; Debian: apt-get
# install -y wrk). Builds the benchmarks module with its reactor dependencies first (no install).
# Every load goes to 127.0.0.1 only, and every loop is bounded.
set -euo pipefail

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(dirname "$HERE")
OUT=${OUT:-$HERE/target/results}
WORK=$HERE/target/bench-work
QUICK=${QUICK:-0}
SECTIONS=${*:-jmh e2e compile startup}
mkdir -p "$OUT" "$WORK"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }

machine() {
  {
    echo "date: $(date -u +%Y-%m-%dT%H:%M:%SZ)"
    echo "nproc: $(nproc)"
    echo "cpu: $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
    echo "memory: $(free -g | awk '/Mem:/ {print $2 " GiB"}')"
    echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
    java -version 2>&1 | sed 's/^/java: /'
    javac -version 2>&1 | sed 's/^/javac: /'
    command -v wrk >/dev/null && echo "wrk: $(wrk -v 2>&1 | head -1)"
    echo "quick: $QUICK"
  } > "$OUT/machine.txt"
}

build() {
  log "building benchmarks (mvn -pl benchmarks -am package)"
  (cd "$ROOT" && mvn -B -q -pl benchmarks -am package -DskipTests)
  CP_JERSEY="$HERE/target/classes:$(cat "$HERE/target/classpath-jersey.txt")"
  CP_RESTEASY="$HERE/target/classes:$(cat "$HERE/target/classpath-resteasy.txt")"
  PROCESSOR_PATH=$(cat "$HERE/target/processorpath.txt")
  NOOP_PATH="$HERE/target/classes" # NoopProcessor, for the compile section's no-policy breakdown
  # What application code compiles against: the annotations, the runtime, the two APIs.
  JAVAC_CP=$(tr ':' '\n' < "$HERE/target/classpath-jersey.txt" \
    | grep -E '(bouncer-annotations|bouncer-runtime|jakarta\.ws\.rs-api|jakarta\.annotation-api)' | paste -sd:)
}

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }

# 1. Decision cost per request (JMH, -prof gc), all alternatives in one run.
run_jmh() {
  local args=()
  if [ "$QUICK" = 1 ]; then args=(-wi 1 -w 1s -i 2 -r 1s -f 1); fi
  log "JMH decision benchmarks ${args[*]:-(settings from the annotations: 5x0.5s warm-up, 10x0.5s measurement, 1 fork)}"
  java -cp "$CP_JERSEY" org.openjdk.jmh.Main "${args[@]}" -prof gc \
    -rf json -rff "$OUT/jmh.json" 'dev\.bouncer\.bench\.decision\..*' > "$OUT/jmh.txt"
  python3 "$HERE/summarize.py" jmh "$OUT/jmh.json" > "$OUT/jmh.md"
  cat "$OUT/jmh.md"
}

# 2. End to end: wrk on loopback against Jersey/Grizzly and RESTEasy/Undertow.
SERVER_PID=
stop_server() {
  if [ -n "$SERVER_PID" ]; then kill "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; SERVER_PID=; fi
}
trap stop_server EXIT

expect_status() { # url token expected
  local got
  got=$(curl -s -o /dev/null -w '%{http_code}' ${2:+-H "Authorization: Bearer $2"} "$1")
  if [ "$got" != "$3" ]; then echo "FAIL: $1 (token ${2:-none}) answered $got, expected $3" >&2; exit 1; fi
}

run_e2e() {
  command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
  # Many short interleaved rounds: the median of per-round ratios resists the machine's other load.
  local dur=4 warm=4 rounds=5 conns=16
  if [ "$QUICK" = 1 ]; then dur=2 warm=2 rounds=2; fi
  : > "$OUT/e2e.tsv"
  for server in jersey resteasy; do
    local cp main
    if [ $server = jersey ]; then cp=$CP_JERSEY main=dev.bouncer.bench.e2e.JerseyServerMain
    else cp=$CP_RESTEASY main=dev.bouncer.bench.e2e.ResteasyServerMain; fi
    log "e2e: starting $server"
    : > "$WORK/$server.log"
    java -Xms512m -Xmx512m -cp "$cp" "$main" > "$WORK/$server.log" 2>&1 &
    SERVER_PID=$!
    local port= i
    for i in $(seq 1 300); do
      port=$(sed -n 's/^READY //p' "$WORK/$server.log")
      [ -n "$port" ] && break
      kill -0 "$SERVER_PID" || { cat "$WORK/$server.log" >&2; exit 1; }
      sleep 0.1
    done
    [ -n "$port" ] || { echo "$server did not start" >&2; exit 1; }
    local base="http://127.0.0.1:$port"
    # The protected endpoints really are protected, the open one really is open.
    expect_status "$base/open/42" alice 200
    expect_status "$base/open/42" "" 200
    for ep in static orders; do
      expect_status "$base/$ep/42" alice 200
      expect_status "$base/$ep/42" "" 401
      expect_status "$base/$ep/42" bob 403
    done
    # Warm-up: two interleaved passes, so that every endpoint's path is compiled by the JIT.
    for r in 1 2; do
      for ep in open static orders; do
        wrk -t2 -c$conns -d${warm}s -H 'Authorization: Bearer alice' "$base/$ep/42" > /dev/null
      done
    done
    local r order
    for r in $(seq 1 "$rounds"); do
      # A/B/C, then C/B/A: drift in the machine's load hits every endpoint alike.
      if [ $((r % 2)) = 1 ]; then order="open static orders"; else order="orders static open"; fi
      for ep in $order; do
        log "e2e: $server round $r $ep"
        wrk -t2 -c$conns -d${dur}s --latency -H 'Authorization: Bearer alice' "$base/$ep/42" \
          > "$WORK/wrk-$server-$r-$ep.txt"
        python3 "$HERE/summarize.py" wrk-line "$server" "$r" "$ep" "$WORK/wrk-$server-$r-$ep.txt" >> "$OUT/e2e.tsv"
      done
    done
    stop_server
  done
  python3 "$HERE/summarize.py" e2e "$OUT/e2e.tsv" > "$OUT/e2e.md"
  cat "$OUT/e2e.md"
}

# 3. Compile time: javac with and without Bouncer's processor on generated resources. Wall and CPU
# (user + sys) time of each javac process. "pregenerated" compiles the resources together with the
# sources the processor generated, without running it: the cost of compiling the generated code alone.
timed_javac() { # tsv-prefix log-label javac-args...
  local prefix=$1 label=$2; shift 2
  local TIMEFORMAT='%R %U %S' t real user sys
  t=$( { time javac "$@" > "$WORK/javac.out" 2>&1; } 2>&1 ) || { cat "$WORK/javac.out" >&2; exit 1; }
  read -r real user sys <<< "$t"
  local wall cpu
  wall=$(awk -v r="$real" 'BEGIN { printf "%d", r * 1000 }')
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%d", (u + s) * 1000 }')
  [ -n "$prefix" ] && printf '%s\t%s\t%s\n' "$prefix" "$wall" "$cpu" >> "${TSV:-$OUT/compile.tsv}"
  local note=
  [ -z "$prefix" ] && note=" (warm-up, not recorded)"
  log "compile: $label: wall $wall ms, cpu $cpu ms$note"
}

run_compile() {
  : > "$OUT/compile.tsv"
  local n
  for n in 100 1000 10000; do
    local runs=3 first=0 modes="none with pregenerated"
    # 10,000 methods: no warm-up run and no breakdown, to stay inside the time budget.
    [ "$n" = 10000 ] && runs=2 first=1 modes="none with"
    [ "$QUICK" = 1 ] && runs=1
    local dir="$WORK/n$n"
    rm -rf "$dir" && mkdir -p "$dir"
    java -cp "$HERE/target/classes" dev.bouncer.bench.gen.ResourceGenerator "$dir/src" "$n" >&2
    find "$dir/src" -name '*.java' | sort > "$dir/sources.txt"
    local r mode order
    for r in $(seq "$first" "$runs"); do
      # alternate the order, so that drift in the machine's load hits both alike
      if [ $((r % 2)) = 1 ]; then order=$modes; else order=$(tr ' ' '\n' <<< "$modes" | tac | paste -sd' '); fi
      # run 0 warms the file cache and produces the generated sources for "pregenerated"
      [ "$r" = 0 ] && order=$modes
      for mode in $order; do
        rm -rf "$dir/out-$mode" && mkdir -p "$dir/out-$mode"
        local args=(-d "$dir/out-$mode" -cp "$JAVAC_CP" -implicit:none)
        case $mode in
          none) args+=(-proc:none @"$dir/sources.txt") ;;
          with) rm -rf "$dir/gen" && mkdir -p "$dir/gen"
                args+=(-processorpath "$PROCESSOR_PATH" -s "$dir/gen" @"$dir/sources.txt") ;;
          pregenerated) find "$dir/gen" -name '*.java' | sort > "$dir/generated.txt"
                args+=(-proc:none @"$dir/sources.txt" @"$dir/generated.txt") ;;
        esac
        local prefix=
        [ "$r" -gt 0 ] && prefix="$n	$mode	$r"
        timed_javac "$prefix" "$n methods, $mode, run $r" "${args[@]}"
      done
    done
    # The processor really ran: one guards class per resource, and the report; and only then.
    local classes guards
    classes=$(wc -l < "$dir/classes.txt")
    guards=$(find "$dir/out-with" -name '*_BouncerGuards.class' | wc -l)
    [ "$guards" = "$classes" ] || { echo "expected $classes guard classes, found $guards" >&2; exit 1; }
    [ -s "$dir/out-with/META-INF/bouncer/policy-report.json" ] || { echo "no policy report" >&2; exit 1; }
    [ -z "$(find "$dir/out-none" -name '*_BouncerGuards.class')" ] || { echo "-proc:none generated guards" >&2; exit 1; }
    log "compile: $n methods: $(find "$dir/out-none" -name '*.class' | wc -l) classes without, $(find "$dir/out-with" -name '*.class' | wc -l) with Bouncer"
  done
  python3 "$HERE/summarize.py" compile "$OUT/compile.tsv" > "$OUT/compile.md"
  cat "$OUT/compile.md"
  # The same resources without any policy annotation: what the processor costs a module that
  # uses none (it generates no guards class there, only the activation classes). To say where that
  # cost comes from, the same javac also runs with a processor that does nothing and supports `*`
  # as Bouncer does (noop) or only @Path (nooppath), and with Bouncer's activation classes off
  # (noactivation: no generated source at all, so no second round).
  : > "$OUT/compile-nopolicy.tsv"
  local npmodes="none noop nooppath noactivation with"
  for n in 1000 10000; do
    local dir="$WORK/np$n" runs=3
    [ "$QUICK" = 1 ] && runs=1
    rm -rf "$dir" && mkdir -p "$dir"
    java -cp "$HERE/target/classes" dev.bouncer.bench.gen.ResourceGenerator "$dir/src" "$n" nopolicy >&2
    find "$dir/src" -name '*.java' | sort > "$dir/sources.txt"
    for r in $(seq 0 "$runs"); do
      if [ $((r % 2)) = 1 ]; then order=$npmodes; else order=$(tr ' ' '\n' <<< "$npmodes" | tac | paste -sd' '); fi
      for mode in $order; do
        rm -rf "$dir/out-$mode" "$dir/gen" && mkdir -p "$dir/out-$mode" "$dir/gen"
        local args=(-d "$dir/out-$mode" -cp "$JAVAC_CP" -implicit:none @"$dir/sources.txt")
        case $mode in
          none) args+=(-proc:none) ;;
          noop) args+=(-processorpath "$NOOP_PATH" -processor dev.bouncer.bench.gen.NoopProcessor) ;;
          nooppath) args+=(-processorpath "$NOOP_PATH" -processor dev.bouncer.bench.gen.NoopProcessor
                           -Anoop.types=jakarta.ws.rs.Path) ;;
          noactivation) args+=(-processorpath "$PROCESSOR_PATH" -s "$dir/gen" -Abouncer.activation=false) ;;
          with) args+=(-processorpath "$PROCESSOR_PATH" -s "$dir/gen") ;;
        esac
        local prefix=
        [ "$r" -gt 0 ] && prefix="$n	$mode	$r"
        TSV="$OUT/compile-nopolicy.tsv" timed_javac "$prefix" "$n methods without policies, $mode, run $r" "${args[@]}"
      done
    done
    [ -z "$(find "$dir/out-with" -name '*_BouncerGuards.class')" ] || { echo "guards generated without policies" >&2; exit 1; }
    [ -s "$dir/out-with/META-INF/bouncer/policy-report.json" ] || { echo "no policy report (no policy)" >&2; exit 1; }
    [ -n "$(find "$dir/out-with" -name 'Bouncer_Activation.class')" ] || { echo "no activation classes in 'with'" >&2; exit 1; }
    [ -z "$(find "$dir/out-noactivation" -name 'Bouncer_Activation*.class')" ] || { echo "activation classes in 'noactivation'" >&2; exit 1; }
    [ -s "$dir/out-noactivation/META-INF/bouncer/policy-report.json" ] || { echo "no policy report (noactivation)" >&2; exit 1; }
  done
  python3 "$HERE/summarize.py" compile "$OUT/compile-nopolicy.tsv" > "$OUT/compile-nopolicy.md"
  cat "$OUT/compile-nopolicy.md"
}

# 4. Start-up: Jersey binding 1,000 and 10,000 generated endpoints, with and without Bouncer.
run_startup() {
  : > "$OUT/startup.tsv"
  local n runs r mode order line
  for n in 1000 10000; do
    local dir="$WORK/n$n"
    [ -d "$dir/out-with" ] || { echo "run the compile section first (no $dir/out-with)" >&2; exit 1; }
    runs=3
    [ "$n" = 10000 ] && runs=2
    [ "$QUICK" = 1 ] && runs=1
    for r in $(seq 1 "$runs"); do
      if [ $((r % 2)) = 1 ]; then order="bouncer none"; else order="none bouncer"; fi
      for mode in $order; do
        # without Bouncer: the classes javac compiled with -proc:none (the processor's output
        # includes activation classes that Jersey runs whatever the application registers)
        local cp="$CP_JERSEY:$dir/out-with"
        [ "$mode" = none ] && cp="$CP_JERSEY:$dir/out-none"
        line=$(java -Xms1g -Xmx1g -cp "$cp" dev.bouncer.bench.startup.StartupMain \
          "$mode" "$dir/classes.txt" "$(cat "$dir/probe.txt")" 2> "$WORK/startup-$n-$mode-$r.log" | grep '^startup ')
        log "$line"
        printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$mode" "$r" "$(sed 's/.* ms=\([0-9.]*\).*/\1/' <<< "$line")" \
          "$(sed 's/.*cpuMs=\([0-9.]*\).*/\1/' <<< "$line")" >> "$OUT/startup.tsv"
      done
    done
  done
  python3 "$HERE/summarize.py" startup "$OUT/startup.tsv" > "$OUT/startup.md"
  cat "$OUT/startup.md"
}

START=$(date +%s)
machine
build
for section in $SECTIONS; do
  case $section in
    jmh) run_jmh ;;
    e2e) run_e2e ;;
    compile) run_compile ;;
    startup) run_startup ;;
    *) echo "unknown section $section (jmh e2e compile startup)" >&2; exit 2 ;;
  esac
done
log "done in $(( $(date +%s) - START )) s; results in $OUT"
