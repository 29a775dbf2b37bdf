#!/usr/bin/env bash
# Times `steady merge` of two synthetic ten-year logs (about 25 000 entries each, made by
# dev.steady.store.SyntheticLog with different seeds, so that no entry is shared: the most a merge can have to
# add), and of a log with a copy of itself (nothing to add: read both, compare, write nothing). Each run starts
# from a fresh copy of the first log. Prints each run's wall time and the medians; the goal is under 2 seconds.
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

millis() { echo $(( $(date +%s%N) / 1000000 )); }
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

time_merge() { # the file to merge into a fresh copy of a's log
  cp "$OUT/a/log.json" "$OUT/run/log.json"
  rm -f "$OUT/run/config.json"
  local start end
  start="$(millis)"
  "$ROOT/bin/steady" merge --home "$OUT/run" "$1" >"$OUT/run/out" 2>"$OUT/run/err" || {
    echo "bench: merge failed:" >&2; cat "$OUT/run/err" >&2; exit 1; }
  end="$(millis)"
  echo $(( end - start ))
}

DISJOINT=()
SAME=()
for ((i = 1; i <= RUNS; i++)); do
  DISJOINT+=("$(time_merge "$OUT/b/log.json")")
  SAME+=("$(time_merge "$OUT/a/log.json")")
done
echo "merge two logs, nothing shared: $(cat "$OUT/run/out" 2>/dev/null || true)" >&2
echo "runs (ms), two logs:     ${DISJOINT[*]}"
echo "runs (ms), a log itself: ${SAME[*]}"
echo "median: two logs $(printf '%s\n' "${DISJOINT[@]}" | median) ms; a log with itself $(printf '%s\n' "${SAME[@]}" | median) ms (goal: under 2000 ms)"
