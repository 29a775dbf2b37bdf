#!/usr/bin/env bash
# Fuzzes each of steady's parsers for real (Jazzer, JAZZER_FUZZ=1) for MINUTES minutes, one after another,
# and prints a table of executions and findings per parser. Plain `mvn test` only replays the saved inputs.
#
#   bench/fuzz.sh [MINUTES]        (whole minutes per parser, default 2)
#
# A finding fails its fuzz test and Jazzer writes the input as crash-… beside that parser's saved inputs
# (src/test/resources/dev/steady/…/<Test>Inputs/<method>/). git ignores crash-* files: fix the bug, rename
# the file to say what it holds and commit it, and every later `mvn verify` replays it. The corpus Jazzer grows goes to .cifuzz-corpus/ (ignored by git); each parser's
# full output is left in bench/out/fuzz/.
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
OUT="$ROOT/bench/out/fuzz"
MINUTES="${1:-2}"
if [[ ! "$MINUTES" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: bench/fuzz.sh [MINUTES]   (whole minutes per parser, default 2)" >&2
  exit 2
fi

# parser name, then the fuzz test that holds it
PARSERS=(
  "duration  dev.steady.breath.ParserFuzzTest#durationText"
  "time      dev.steady.breath.ParserFuzzTest#timeOfDay"
  "date      dev.steady.breath.ParserFuzzTest#date"
  "ratio     dev.steady.breath.ParserFuzzTest#ratio"
  "plan      dev.steady.breath.ParserFuzzTest#planReader"
  "config    dev.steady.config.SettingsFileFuzzTest#onlyFailuresEscapeAndWhatReadsPrintsBack"
  "json      dev.steady.json.JsonFuzzTest#readsWhatJacksonReads"
  "log       dev.steady.store.LogReaderFuzzTest#readingALog"
)

cd "$ROOT"
mkdir -p "$OUT"
echo "fuzz: compiling the tests…" >&2
mvn -q -B -o test-compile >&2 2>/dev/null || mvn -q -B test-compile >&2

touch "$OUT/summary.txt.start"
printf '%-9s %12s %9s  %s\n' parser executions findings "fuzz test" > "$OUT/summary.txt"
for entry in "${PARSERS[@]}"; do
  read -r name test <<<"$entry"
  echo "fuzz: $name ($test) for $MINUTES min…" >&2
  # a finding makes the run fail: that is a result to report, not a reason to stop
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${MINUTES}m" JAZZER_KEEP_GOING=100 \
    mvn -o -B surefire:test -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false >"$OUT/$name.log" 2>&1 || true
  # libFuzzer ends with "Done N runs in S second(s)", and says "Test unit written to …" for each finding
  runs="$(sed -n 's/^Done \([0-9]*\) runs in .*/\1/p' "$OUT/$name.log" | tail -n1)"
  findings="$(grep -c 'Test unit written to' "$OUT/$name.log" || true)"
  if [[ -z "$runs" ]]; then
    runs="?"
    echo "fuzz: $name: no libFuzzer summary; see $OUT/$name.log" >&2
  fi
  printf '%-9s %12s %9s  %s\n' "$name" "$runs" "$findings" "$test" >> "$OUT/summary.txt"
done

cat "$OUT/summary.txt"
crashes="$(find src/test/resources -name 'crash-*' -newer "$OUT/summary.txt.start" 2>/dev/null || true)"
echo "fuzz: crashing inputs written by this run: ${crashes:-none}" >&2
