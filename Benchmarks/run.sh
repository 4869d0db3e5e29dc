#!/usr/bin/env bash
# Benchmarks swift-cdk's synthesis on the scale app (N stacks x M rules, each rule
# with an event pattern and two targets, a queue and a function shared by the rules
# of a stack), and, when the AWS CDK reference kit is set up, the CDK's Node.js app
# that declares the same constructs, in the same run.
#
#   Benchmarks/run.sh [options]
#     --runs K          runs per size and tool; the median is reported (default 5)
#     --cdk-runs K      runs per size for the CDK, which takes seconds (default 3)
#     --sizes "NxM …"   sizes (default "1x1 10x100 25x200 50x200")
#     --no-cdk          skip the CDK side
#     --cdk-validation  also time the CDK with its template validation on (its default;
#                       slow: about 20 s even for 1x1)
#     --compile-time    also measure a clean debug build of the package (in a separate
#                       scratch folder) and the type-check time of BuilderSample.swift
#     --output FILE     where the results go (default Benchmarks/results.md)
#
# Each run is one whole process: the wall time is measured around it (milliseconds),
# the peak memory is the maximum resident set size that /usr/bin/time -v reports
# (Debian's package `time`, installed here if missing and possible).
#
# The CDK side needs the reference kit: its scale app (scale/scale_app.js) and
# aws-cdk-lib installed by its setup.sh. The kit is looked for in $CDK_REFERENCE_KIT,
# else ../shared/reference/cdk next to the repository; aws-cdk-lib in
# ${CDK_REF_HOME:-~/.cache/swift-cdk-reference}/node_modules. The CDK runs with
# CDK_VALIDATION=false (its template validator off), the fair comparison for a
# tool that validates at synthesis too, unless --cdk-validation asks for both.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

die() { echo "run.sh: $*" >&2; exit 2; }
usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; }

RUNS=5
CDK_RUNS=3
SIZES=(1x1 10x100 25x200 50x200)
CDK=1
CDK_VALIDATION=0
COMPILE_TIME=0
OUTPUT="$ROOT/Benchmarks/results.md"
while [ $# -gt 0 ]; do
  case "$1" in
    -h|--help) usage; exit 0 ;;
    --runs) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--runs needs a positive number"; RUNS="$2"; shift 2 ;;
    --cdk-runs) [[ "${2:-}" =~ ^[1-9][0-9]*$ ]] || die "--cdk-runs needs a positive number"; CDK_RUNS="$2"; shift 2 ;;
    --sizes) read -r -a SIZES <<<"${2:-}"; shift 2 ;;
    --no-cdk) CDK=0; shift ;;
    --cdk-validation) CDK_VALIDATION=1; shift ;;
    --compile-time) COMPILE_TIME=1; shift ;;
    --output) [ -n "${2:-}" ] || die "--output needs a file"; OUTPUT="$2"; shift 2 ;;
    *) die "unknown argument $1 (see --help)" ;;
  esac
done
for size in "${SIZES[@]}"; do [[ "$size" =~ ^[1-9][0-9]*x[1-9][0-9]*$ ]] || die "bad size $size (NxM)"; done

# --- /usr/bin/time (Debian's `time`)
if [ ! -x /usr/bin/time ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    echo "installing Debian's 'time' package for /usr/bin/time ..."
    apt-get install -y -qq time >/dev/null || { apt-get update -qq >/dev/null && apt-get install -y -qq time >/dev/null; }
  fi
  [ -x /usr/bin/time ] || die "/usr/bin/time is needed: install Debian's 'time' package (apt-get install time)"
fi

# --- the CDK side, if set up
KIT="${CDK_REFERENCE_KIT:-$ROOT/../shared/reference/cdk}"
REF_HOME="${CDK_REF_HOME:-$HOME/.cache/swift-cdk-reference}"
CDK_NOTE=""
if [ $CDK = 1 ]; then
  if [ ! -f "$KIT/scale/scale_app.js" ]; then
    CDK=0; CDK_NOTE="CDK side skipped: no CDK reference kit (scale/scale_app.js) in $KIT; set CDK_REFERENCE_KIT"
  elif [ ! -d "$REF_HOME/node_modules/aws-cdk-lib" ]; then
    CDK=0; CDK_NOTE="CDK side skipped: no aws-cdk-lib in $REF_HOME/node_modules; run the kit's setup.sh"
  elif ! command -v node >/dev/null; then
    CDK=0; CDK_NOTE="CDK side skipped: node is not installed"
  fi
  [ -z "$CDK_NOTE" ] || echo "$CDK_NOTE"
fi
export CDK_REF_HOME="$REF_HOME" NODE_NO_WARNINGS=1 JSII_SILENCE_WARNING_UNTESTED_NODE_VERSION=1

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

load() { cut -d' ' -f1-3 /proc/loadavg; }

# --- build
echo "building Benchmarks in release mode ..."
swift build -c release --product Benchmarks >"$WORK/build.log" 2>&1 || { tail -n 30 "$WORK/build.log"; die "release build failed"; }
BIN="$(swift build -c release --show-bin-path)/Benchmarks"
[ -x "$BIN" ] || die "no $BIN after the build"

# run LABEL OUTDIR EXPECTED_TEMPLATES command… -> appends "wall_ms rss_mb" to $WORK/LABEL.runs
run() {
  local label="$1" out="$2" expected="$3"; shift 3
  rm -rf "$out"
  local start end rc=0
  start=$(date +%s%N)
  /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$WORK/log.txt" 2>&1 || rc=$?
  end=$(date +%s%N)
  local templates rss
  templates=$(compgen -G "$out/*.template.json" | wc -l || true)
  if [ "$rc" -ne 0 ] || [ "$templates" -ne "$expected" ]; then
    echo "FAILED: $label (exit $rc, $templates of $expected templates)" >&2
    tail -n 5 "$WORK/log.txt" | sed 's/^/  | /' >&2
    exit 1
  fi
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.txt")
  cpu=$(awk -F': ' '/User time \(seconds\)|System time \(seconds\)/ { s += $2 } END { printf "%d", s * 1000 + 0.5 }' "$WORK/time.txt")
  echo "$(( (end - start) / 1000000 )) $(( rss / 1024 )) $cpu" >>"$WORK/$label.runs"
  grep -h '^SCALE ' "$WORK/log.txt" >"$WORK/$label.app" || true
}

# median COLUMN FILE: the median of a column (the mean of the middle two for an even count)
median() {
  sort -n -k"$1","$1" "$2" | awk -v c="$1" '{ v[NR] = $c } END { if (NR % 2) print v[(NR + 1) / 2]; else print int((v[NR / 2] + v[NR / 2 + 1]) / 2 + 0.5) }'
}

LOAD_BEFORE="$(load)"
for size in "${SIZES[@]}"; do
  n="${size%x*}"; m="${size#*x}"
  echo "swift $size: $RUNS runs"
  for _ in $(seq 1 "$RUNS"); do run "swift-$size" "$WORK/out" "$n" "$BIN" scale "$n" "$m" "$WORK/out"; done
  if [ $CDK = 1 ]; then
    echo "cdk   $size (CDK_VALIDATION=false): $CDK_RUNS runs"
    for _ in $(seq 1 "$CDK_RUNS"); do
      run "cdk-$size" "$WORK/out" "$n" env CDK_VALIDATION=false node "$KIT/scale/scale_app.js" "$n" "$m" "$WORK/out"
    done
    if [ $CDK_VALIDATION = 1 ]; then
      echo "cdk   $size (validation on): $CDK_RUNS runs"
      for _ in $(seq 1 "$CDK_RUNS"); do
        run "cdkv-$size" "$WORK/out" "$n" node "$KIT/scale/scale_app.js" "$n" "$m" "$WORK/out"
      done
    fi
  fi
done
LOAD_AFTER="$(load)"

# --- compile time
if [ $COMPILE_TIME = 1 ]; then
  SCRATCH="$ROOT/.build/bench-clean-debug"
  echo "clean debug build of the package (scratch path $SCRATCH) ..."
  rm -rf "$SCRATCH"
  CT_LOAD_BEFORE="$(load)"
  start=$(date +%s%N)
  swift build --scratch-path "$SCRATCH" -Xswiftc -Xfrontend -Xswiftc -warn-long-expression-type-checking=100 >"$WORK/debug.log" 2>&1 ||
    { tail -n 30 "$WORK/debug.log"; die "debug build failed"; }
  end=$(date +%s%N)
  CLEAN_BUILD_S=$(awk -v ns=$((end - start)) 'BEGIN { printf "%.1f", ns / 1e9 }')
  CT_LOAD_AFTER="$(load)"
  OVER_BUDGET=$(grep -E "^/.*warning: .*took [0-9]+ms to type-check" "$WORK/debug.log" | sort -u || true)
  echo "type-checking Benchmarks/BuilderSample.swift ..."
  MODULES="$(swift build --scratch-path "$SCRATCH" --show-bin-path)/Modules"
  swiftc -typecheck -I "$MODULES" Benchmarks/BuilderSample.swift \
    -Xfrontend -warn-long-expression-type-checking=1 -Xfrontend -debug-time-function-bodies >"$WORK/tc.log" 2>&1 || true
  SLOWEST=$(sed -n -E 's/.*BuilderSample.swift:([0-9]+):[0-9]+: warning: expression took ([0-9]+)ms.*/\2 \1/p' "$WORK/tc.log" | sort -rn | awk "NR == 1")
  BODY_MS=$(awk -F'\t' '/^[0-9.]+ms\t.*builderSampleApp/ { sub(/ms$/, "", $1); print $1; exit }' "$WORK/tc.log")
  EXPRESSIONS_OVER=$(sed -n -E 's/.*BuilderSample.swift:[0-9]+:[0-9]+: warning: expression took ([0-9]+)ms.*/\1/p' "$WORK/tc.log" | awk '$1 > 100' | wc -l)
  rm -rf "$SCRATCH"
fi

# --- report
{
  echo "# Benchmark results"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC') · $(uname -m) · $(nproc) cores · $(swift --version 2>/dev/null | head -n 1)"
  if [ $CDK = 1 ]; then
    echo "· node $(node --version) · aws-cdk-lib $(sed -n 's/.*"version": *"\([^"]*\)".*/\1/p' "$REF_HOME/node_modules/aws-cdk-lib/package.json" | head -n 1)"
  fi
  echo
  echo "Load average (1, 5, 15 min) before the runs: $LOAD_BEFORE; after: $LOAD_AFTER."
  echo "Medians of $RUNS runs (swift) and $CDK_RUNS runs (CDK) of the whole process: wall time, CPU time (user + system)"
  echo "and peak resident memory. On a loaded machine the wall time waits for a CPU; the CPU time does not."
  echo
  if [ $CDK = 1 ]; then
    echo "| size | rules | resources | swift wall | swift CPU | swift peak memory | CDK wall (validation off) | CDK CPU | CDK peak memory | CDK / swift (wall) | CDK / swift (CPU) |"
    echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
  else
    echo "| size | rules | resources | swift wall | swift CPU | swift peak memory |"
    echo "|---|--:|--:|--:|--:|--:|"
  fi
  for size in "${SIZES[@]}"; do
    n="${size%x*}"; m="${size#*x}"
    wall=$(median 1 "$WORK/swift-$size.runs"); rss=$(median 2 "$WORK/swift-$size.runs"); cpu=$(median 3 "$WORK/swift-$size.runs")
    resources=$(sed -n 's/.* resources=\([0-9]*\).*/\1/p' "$WORK/swift-$size.app")
    # /usr/bin/time counts CPU time in hundredths of a second.
    cpu_text="$cpu ms"; [ "$cpu" -gt 0 ] || cpu_text="< 10 ms"
    row="| $size | $((n * m)) | $resources | $wall ms | $cpu_text | $rss MB |"
    if [ $CDK = 1 ]; then
      cwall=$(median 1 "$WORK/cdk-$size.runs"); crss=$(median 2 "$WORK/cdk-$size.runs"); ccpu=$(median 3 "$WORK/cdk-$size.runs")
      ratio=$(awk -v a="$cwall" -v b="$wall" 'BEGIN { printf "%.0f×", a / (b > 0 ? b : 1) }')
      cratio=$(awk -v a="$ccpu" -v b="$cpu" 'BEGIN { printf "%.0f×", a / (b > 0 ? b : 10) }')
      row="$row $(awk -v ms="$cwall" 'BEGIN { printf "%.2f s", ms / 1000 }') | $(awk -v ms="$ccpu" 'BEGIN { printf "%.2f s", ms / 1000 }') | $crss MB | $ratio | $cratio |"
    fi
    echo "$row"
  done
  if [ $CDK_VALIDATION = 1 ]; then
    echo
    echo "The CDK with its default template validation on:"
    echo
    echo "| size | CDK wall (validation on) | CDK CPU | CDK peak memory |"
    echo "|---|--:|--:|--:|"
    for size in "${SIZES[@]}"; do
      echo "| $size | $(awk -v ms="$(median 1 "$WORK/cdkv-$size.runs")" 'BEGIN { printf "%.2f s", ms / 1000 }') | $(awk -v ms="$(median 3 "$WORK/cdkv-$size.runs")" 'BEGIN { printf "%.2f s", ms / 1000 }') | $(median 2 "$WORK/cdkv-$size.runs") MB |"
    done
  fi
  # Growth: time per rule from the smallest multi-rule size to the largest.
  if [ ${#SIZES[@]} -ge 3 ]; then
    a="${SIZES[1]}"; b="${SIZES[${#SIZES[@]}-1]}"
    ra=$(( ${a%x*} * ${a#*x} )); rb=$(( ${b%x*} * ${b#*x} ))
    ta=$(median 1 "$WORK/swift-$a.runs"); tb=$(median 1 "$WORK/swift-$b.runs")
    ca=$(median 3 "$WORK/swift-$a.runs"); cb=$(median 3 "$WORK/swift-$b.runs")
    echo
    awk -v a="$a" -v b="$b" -v ra="$ra" -v rb="$rb" -v ta="$ta" -v tb="$tb" -v ca="$ca" -v cb="$cb" 'BEGIN {
      printf "Growth: %s → %s is %.1f× the rules, %.1f× the wall time and %.1f× the CPU time.\n",
        a, b, rb / ra, tb / (ta > 0 ? ta : 1), cb / (ca > 0 ? ca : 1) }'
  fi
  echo
  echo "In-process phases of the last swift run of each size (declare the app, synthesize, write the files):"
  echo
  echo '```'
  for size in "${SIZES[@]}"; do cat "$WORK/swift-$size.app"; done
  echo '```'
  [ -z "$CDK_NOTE" ] || { echo; echo "$CDK_NOTE."; }
  echo
  echo "## Event matching"
  echo
  echo "Events per second matched against compiled patterns shaped like the scale app's"
  echo "(\`Benchmarks match RULES EVENTS\`; one event in four comes from a source some rules have):"
  echo
  echo "| rules | events | events per second | matches |"
  echo "|--:|--:|--:|--:|"
  for rules in 1 100 10000; do
    line=$("$BIN" match "$rules" 200000)
    field() { echo "$line" | tr ' ' '\n' | sed -n "s/^$1=//p"; }
    echo "| $rules | $(field events) | $(field events_per_s) | $(field matches) |"
  done
  if [ $COMPILE_TIME = 1 ]; then
    echo
    echo "## Compile time"
    echo
    echo "- Clean debug build of the package (\`swift build\`, every target): $CLEAN_BUILD_S s wall"
    echo "  (load average before: $CT_LOAD_BEFORE; after: $CT_LOAD_AFTER)."
    echo "- Expressions over the 100 ms type-check budget in that build: $( [ -z "$OVER_BUDGET" ] && echo none || echo "$(echo "$OVER_BUDGET" | wc -l)" )."
    echo "- \`Benchmarks/BuilderSample.swift\` (200 rules in builders): slowest expression ${SLOWEST%% *} ms"
    echo "  (line ${SLOWEST##* }); $EXPRESSIONS_OVER over 100 ms; the whole function body ${BODY_MS:-?} ms."
    [ -z "$OVER_BUDGET" ] || { echo; echo '```'; echo "$OVER_BUDGET" | sed "s|$ROOT/||"; echo '```'; }
  fi
} >"$OUTPUT"
cat "$OUTPUT"
echo
echo "written to ${OUTPUT#"$ROOT"/}"
