#!/usr/bin/env bash
# Times `steady streaks` on a synthetic ten-year log (about 25 000 entries of the default habits) against an
# empty log, in one run, and prints both medians and their ratio. The goal is a ratio of at most 1.3: a long
# history may cost little more than none.
#
#   bench/streaks.sh [--runs N] [--reader] [--command "why move"] [--after-write | --no-cache]
#
# --runs N   timed runs of each command (default 21); hyperfine is used when installed, else a loop that
#            alternates the two commands so that a change in the machine's load hits both alike.
# --command  the steady command to time instead of streaks, such as "why move" or "week" (the same 1.3 goal)
# --after-write  before each timed run on the ten-year log, log an entry to it (untimed): every run is then the
#            first after a write, which reads the whole log to check that it only grew (README, "The cache").
# --no-cache before each timed run on the ten-year log, delete its cache (untimed): every run reads the log
#            whole and makes the cache again. Without either, every run but the first finds the cache warm.
# --reader   time only the reading of the ten-year log (dev.steady.store.ReadLog, same JVM flags as bin/steady),
#            by steady's own byte reader against jackson-core's streaming parser read straight into entries
#            (the choice the README's "Measured" records), instead of the whole command against an empty log.
# The logs and hyperfine's results are left in bench/out/.
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
OUT="$ROOT/bench/out"
RUNS=21
READER=0
COMMAND=streaks
PREPARE=true
PREP=(true)
while [[ $# -gt 0 ]]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --reader) READER=1; shift ;;
    --command) COMMAND="$2"; shift 2 ;;
    --after-write) PREPARE="after-write"; shift ;;
    --no-cache) PREPARE="no-cache"; shift ;;
    *) echo "usage: bench/streaks.sh [--runs N] [--reader] [--command CMD] [--after-write | --no-cache]" >&2; exit 2 ;;
  esac
done

cd "$ROOT"
echo "bench: building (the jar through bin/steady, the log generator with mvn test-compile)…" >&2
bin/steady --version >/dev/null
mvn -q -B -o test-compile >&2 2>/dev/null || mvn -q -B test-compile >&2

rm -rf "$OUT/empty" "$OUT/long"
mkdir -p "$OUT/empty" "$OUT/long"
GEN=(java -cp "$ROOT/target/steady.jar:$ROOT/target/test-classes" dev.steady.store.SyntheticLog)
"${GEN[@]}" "$OUT/empty/log.json" 0 >/dev/null
ENTRIES="$("${GEN[@]}" "$OUT/long/log.json" 10 1 "$(date +%F)")"
echo "bench: empty log and a ten-year log of $ENTRIES entries ($(du -h "$OUT/long/log.json" | cut -f1)) in $OUT" >&2

if [[ "$READER" == 1 ]]; then
  # The flags bin/steady starts the JVM with; the test classes come after the jar, as the archive requires.
  JAVA=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn4m -Xss512k -Xshare:auto -Xlog:disable -Xlog:all=error:stderr
        -XX:SharedArchiveFile="$ROOT/target/steady.jsa" -cp "$ROOT/target/steady.jar:$ROOT/target/test-classes"
        dev.steady.store.ReadLog)
  EMPTY=("${JAVA[@]}" "$OUT/long/log.json" jackson)
  LONG=("${JAVA[@]}" "$OUT/long/log.json")
  WHAT="reading the $ENTRIES-entry log"
  FIRST="jackson-core streaming"
  SECOND="steady's byte reader"
else
  read -r -a WORDS <<<"$COMMAND"
  EMPTY=("$ROOT/bin/steady" "${WORDS[@]}" --home "$OUT/empty")
  LONG=("$ROOT/bin/steady" "${WORDS[@]}" --home "$OUT/long")
  WHAT="steady $COMMAND"
  case "$PREPARE" in
    after-write) WHAT="$WHAT, each run the first after a write"; PREP=("$ROOT/bin/steady" log fermented --home "$OUT/long") ;;
    no-cache) WHAT="$WHAT, each run without the cache"; PREP=(rm -rf "$OUT/long/cache") ;;
  esac
  FIRST="empty log"
  SECOND="$ENTRIES entries"
fi

for cmd in EMPTY LONG; do
  declare -n run="$cmd"
  if ! "${run[@]}" >/dev/null 2>"$OUT/stderr"; then
    echo "bench: '${run[*]}' failed:" >&2
    cat "$OUT/stderr" >&2
    exit 1
  fi
done

if command -v hyperfine >/dev/null 2>&1; then
  hyperfine -N --style basic --warmup 3 --runs "$RUNS" --export-csv "$OUT/streaks.csv" \
    --prepare true --prepare "$(printf "%q " "${PREP[@]}")" -n "$FIRST" "$(printf "%q " "${EMPTY[@]}")" -n "$SECOND" "$(printf "%q " "${LONG[@]}")" >&2
  # streaks.csv: command,mean,stddev,median,user,system,min,max (seconds)
  EMPTY_MS="$(awk -F, 'NR == 2 {printf "%.1f", $4 * 1000}' "$OUT/streaks.csv")"
  LONG_MS="$(awk -F, 'NR == 3 {printf "%.1f", $4 * 1000}' "$OUT/streaks.csv")"
else
  median() { sort -n | awk '{v[NR] = $1} END {printf "%.1f", v[int((NR + 1) / 2)]}'; }
  ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000 )) | awk '{print $1 / 1000}'; }
  for _ in 1 2 3; do "${EMPTY[@]}" >/dev/null; "${PREP[@]}" >/dev/null; "${LONG[@]}" >/dev/null; done
  : >"$OUT/empty.ms"; : >"$OUT/long.ms"
  for ((i = 0; i < RUNS; i++)); do
    ms "${EMPTY[@]}" >>"$OUT/empty.ms"
    "${PREP[@]}" >/dev/null
    ms "${LONG[@]}" >>"$OUT/long.ms"
  done
  EMPTY_MS="$(median <"$OUT/empty.ms")"
  LONG_MS="$(median <"$OUT/long.ms")"
fi

RATIO="$(awk -v a="$LONG_MS" -v b="$EMPTY_MS" 'BEGIN {printf "%.2f", a / b}')"
if [[ "$READER" == 1 ]]; then
  echo "$WHAT, medians of $RUNS runs: $FIRST $EMPTY_MS ms, $SECOND $LONG_MS ms (ratio $RATIO)"
else
  echo "$WHAT, medians of $RUNS runs: $FIRST $EMPTY_MS ms, $SECOND $LONG_MS ms, ratio $RATIO (goal <= 1.3)"
fi
