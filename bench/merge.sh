#!/usr/bin/env bash
# Times `steady merge` of two synthetic ten-year logs (about 25 000 entries each, made by
# dev.steady.store.SyntheticLog with different seeds, so that no entry is shared: the most a merge can have to
# add), and of a log with a copy of itself (nothing to add: read both, compare, write nothing). Each run starts
# from a fresh copy of the first log. Prints each run's wall time and CPU time (user + system: on a loaded machine
# the wall time mostly measures the wait for a core) and their medians; the goal is under 2 seconds.
#
#   bench/merge.sh [--runs N]      (default 7)
#
# The logs are left in bench/out/merge/.
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
OUT="$ROOT/bench/out/merge"
RUNS=7
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    *) echo "usage: bench/merge.sh [--runs N]" >&2; exit 2 ;;
  esac
done

cd "$ROOT"
echo "bench: building (the jar through bin/steady, the log generator with mvn test-compile)…" >&2
bin/steady --version >/dev/null
mvn -q -B -o test-compile >&2 2>/dev/null || mvn -q -B test-compile >&2

rm -rf "$OUT"
mkdir -p "$OUT/a" "$OUT/b" "$OUT/run"
GEN=(java -cp "$ROOT/target/steady.jar:$ROOT/target/test-classes" dev.steady.store.SyntheticLog)
A="$("${GEN[@]}" "$OUT/a/log.json" 10 1 2026-12-01)"
B="$("${GEN[@]}" "$OUT/b/log.json" 10 2 2026-12-01)"
echo "bench: logs of $A and $B entries ($(du -h "$OUT/a/log.json" | cut -f1), $(du -h "$OUT/b/log.json" | cut -f1))" >&2

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

time_merge() { # the file to merge into a fresh copy of a's log; prints "WALL_MS CPU_MS"
  cp "$OUT/a/log.json" "$OUT/run/log.json"
  rm -f "$OUT/run/config.json"
  local TIMEFORMAT='%R %U %S' t
  t="$( { time "$ROOT/bin/steady" merge --home "$OUT/run" "$1" >"$OUT/run/out" 2>"$OUT/run/err"; } 2>&1 )" || {
    echo "bench: merge failed:" >&2; cat "$OUT/run/err" >&2; exit 1; }
  awk '{ printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000 }' <<<"$t"
}

declare -A WALL CPU
for ((i = 1; i <= RUNS; i++)); do
  for what in two self; do
    if [[ "$what" == two ]]; then r="$(time_merge "$OUT/b/log.json")"; else r="$(time_merge "$OUT/a/log.json")"; fi
    WALL[$what]+="${r% *} "
    CPU[$what]+="${r#* } "
  done
done
for what in two self; do
  label="two logs, nothing shared"
  [[ "$what" == self ]] && label="a log with a copy of itself"
  echo "$label: wall ms ${WALL[$what]}(median $(tr ' ' '\n' <<<"${WALL[$what]}" | grep . | median)), cpu ms ${CPU[$what]}(median $(tr ' ' '\n' <<<"${CPU[$what]}" | grep . | median))"
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
