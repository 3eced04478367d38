#!/usr/bin/env bash
# kaws start-up and scaling bench, one run on one machine:
#   1. `kaws compile --stack dev` and `kaws plan prod` as whole processes against a hello-world .NET
#      console process published the same way (program/publish): medians and ratios. Two more lines
#      put them in context: `kaws --version` (this binary's start-up floor: it parses its arguments
#      and prints one line) and `program/compile --stack dev` (what the engine runs: the wrapper,
#      its staleness check and the compile);
#   2. time and peak RSS of compiling, validating and policy-checking a cluster scaled by node
#      groups to ~1,000 and ~10,000 resources (kaws-scale), and the 1k -> 10k ratios.
# Needs only the .NET SDK, coreutils and GNU time. Build output goes to .kaws/bench (git-ignored).
#
#   tests/Benchmarks/bench.sh            RUNS=31 SCALE_RUNS=5 by default
#   KAWS_PUBLISH_MODE=jit tests/Benchmarks/bench.sh   (auto | aot | jit, as program/publish)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
runs="${RUNS:-31}"
scale_runs="${SCALE_RUNS:-5}"
out="$root/.kaws/bench"

need() {
  echo "bench.sh: $1" >&2
  exit 2
}

command -v dotnet >/dev/null 2>&1 || need "the .NET SDK (dotnet) is not on PATH: install the SDK that global.json names"
for tool in sort awk nproc; do
  command -v "$tool" >/dev/null 2>&1 || need "'$tool' is missing: install coreutils/gawk (apt-get install -y coreutils gawk)"
done
if ! { [ -x /usr/bin/time ] && /usr/bin/time --version 2>&1 | grep -q GNU; }; then
  need "GNU time (/usr/bin/time) is missing: apt-get install -y time"
fi
[ -n "${EPOCHREALTIME:-}" ] || need "bash 5 or later is needed (EPOCHREALTIME)"

now_us() {
  local t="${EPOCHREALTIME//[.,]/}"
  echo "$((10#$t))"
}

# Median of the numbers on stdin.
median() {
  sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

ms() {
  awk -v us="$1" 'BEGIN { printf "%.2f ms", us / 1000 }'
}

ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'
}

# "ok" when value <= limit, else "MISSED".
verdict() {
  awk -v v="$1" -v limit="$2" 'BEGIN { print (v <= limit) ? "ok" : "MISSED" }'
}

# One timed run: "WALL CPU" in microseconds (CPU = user + system of the process, which a busy
# machine disturbs less than wall time). Runs in a subshell of its own, so `times` sees this child only.
time_once() {
  local start end cpu
  start=$(now_us)
  "$@" >/dev/null 2>&1 || need "'$*' failed (exit $?)"
  end=$(now_us)
  times >"$out/times.txt" # a builtin: no fork, so it reports this subshell's one child
  cpu=$(awk 'NR == 2 { total = 0; for (i = 1; i <= 2; i++) { split($i, t, "m"); sub(/s$/, "", t[2]); total += t[1] * 60 + t[2] } printf "%d", total * 1000000 }' "$out/times.txt")
  echo "$((end - start)) $cpu"
}

echo "bench.sh: building kaws, hello and kaws-scale into .kaws/bench ..." >&2
mkdir -p "$out"
"$root/program/publish" "$root/infra/Kaws.Infra.csproj" "$out/kaws" "${KAWS_PUBLISH_MODE:-auto}"
mode="$(cat "$out/kaws/.mode")"
"$root/program/publish" "$root/tests/Benchmarks/Hello/Hello.csproj" "$out/hello" "$mode"
"$root/program/publish" "$root/tests/Benchmarks/Scale/Kaws.Benchmarks.Scale.csproj" "$out/scale" "$mode"

kaws="$out/kaws/kaws"
hello="$out/hello/hello"
scale="$out/scale/kaws-scale"
cpu="$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)"
echo "machine: $(nproc) cores, ${cpu:-unknown CPU}; publish mode: $mode; runs: $runs (start-up), $scale_runs (scale)"
echo

cd "$root"
# The engine's wrapper, built in the same mode as the rest (never its quick first build).
export KAWS_PUBLISH_MODE="$mode"
"$root/program/compile" --stack dev >/dev/null # builds .kaws/compiler first if it is stale or another mode
for _ in 1 2 3; do # warm the page cache
  "$hello" >/dev/null
  "$kaws" --version >/dev/null
  "$kaws" compile --stack dev >/dev/null
  "$kaws" plan prod >/dev/null
  "$root/program/compile" --stack dev >/dev/null
done

samples="$out/samples.txt"
: >"$samples"
for ((i = 0; i < runs; i++)); do # interleaved, so load changes hit them all alike
  {
    echo "hello $(time_once "$hello")"
    echo "version $(time_once "$kaws" --version)"
    echo "compile $(time_once "$kaws" compile --stack dev)"
    echo "plan $(time_once "$kaws" plan prod)"
    echo "engine $(time_once "$root/program/compile" --stack dev)"
  } >>"$samples"
done
awk 'NF != 3 { exit 1 }' "$samples" || need "a timed run failed (see above)"

# Median wall time (column 2) of one command's samples.
wall_median() {
  awk -v name="$1" '$1 == name { print $2 }' "$samples" | median
}

# Mean CPU time (column 3): the kernel reports it in whole milliseconds, so a median would only say 3 or 4.
cpu_mean() {
  awk -v name="$1" '$1 == name { total += $3; count++ } END { printf "%d", total / count }' "$samples"
}

echo "start-up ($runs whole processes each: median wall time, mean CPU time = user + system)"
hello_wall=$(wall_median hello)
hello_cpu=$(cpu_mean hello)
printf '  %-32s wall %9s  cpu %9s\n' "hello world" "$(ms "$hello_wall")" "$(ms "$hello_cpu")"
for entry in "version:kaws --version (floor):" "compile:kaws compile --stack dev:1.5" "plan:kaws plan prod:2" \
  "engine:program/compile --stack dev:"; do
  IFS=: read -r name label target <<<"$entry"
  wall=$(wall_median "$name")
  cpu=$(cpu_mean "$name")
  wall_ratio=$(ratio "$wall" "$hello_wall")
  cpu_ratio=$(ratio "$cpu" "$hello_cpu")
  verdict_text=""
  [ -n "$target" ] && verdict_text="   target <= ${target}x: $(verdict "$wall_ratio" "$target")"
  printf '  %-32s wall %9s  cpu %9s   %sx hello (cpu %sx)%s\n' "$label" "$(ms "$wall")" "$(ms "$cpu")" \
    "$wall_ratio" "$cpu_ratio" "$verdict_text"
done
echo

# Scaled cluster: wall time (median) and peak RSS (largest) over scale_runs processes.
declare -A scale_time scale_rss scale_what
for size in 1000 10000; do
  durations=()
  peak=0
  for ((i = 0; i < scale_runs; i++)); do
    rss_file="$out/rss.txt"
    start=$(now_us)
    /usr/bin/time -f '%M' -o "$rss_file" "$scale" "$size" >"$out/scale.txt" 2>&1 || need "kaws-scale $size failed: $(cat "$out/scale.txt")"
    end=$(now_us)
    durations+=($((end - start)))
    rss=$(tail -n 1 "$rss_file")
    [ "$rss" -gt "$peak" ] && peak=$rss
  done
  scale_time[$size]=$(printf "%s\n" "${durations[@]}" | median)
  scale_rss[$size]=$peak
  scale_what[$size]=$(cat "$out/scale.txt")
done

echo "scaled cluster: build + compile + validate + write + policies (median time, peak RSS of $scale_runs processes)"
for size in 1000 10000; do
  printf '  ~%-6s %10s %8s MB   %s\n' "$size" "$(ms "${scale_time[$size]}")" "$((scale_rss[$size] / 1024))" "${scale_what[$size]}"
done
time_ratio=$(ratio "${scale_time[10000]}" "${scale_time[1000]}")
rss_ratio=$(ratio "${scale_rss[10000]}" "${scale_rss[1000]}")
echo "  1k -> 10k: time ${time_ratio}x (target <= 11: $(verdict "$time_ratio" 11)), peak RSS ${rss_ratio}x"
echo "  10k: time target < 2 s: $(verdict "${scale_time[10000]}" 1999999), RSS target < 300 MB: $(verdict "${scale_rss[10000]}" 307199)"
