#!/usr/bin/env bash
# Cold start of the quick commands that cron runs, through the real launcher, against the JVM's floor.
# Usage: bench/startup.sh [runs]   (needs hyperfine; prints medians in milliseconds)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-21}"
command -v hyperfine >/dev/null || { echo "bench: hyperfine is needed (apt-get install hyperfine)" >&2; exit 1; }
bin/steady --version >/dev/null  # build first if needed

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/floor" "$WORK/home"
cat > "$WORK/floor/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
javac -d "$WORK/floor" "$WORK/floor/Hello.java"
bin/steady log move 25m --home "$WORK/home" >/dev/null

hyperfine -N --warmup 3 --runs "$RUNS" -i --export-json "$WORK/out.json" \
  "java -Xshare:auto -cp $WORK/floor Hello" \
  "bin/steady --version" \
  "bin/steady due -q --home $WORK/home" \
  "bin/steady remind --home $WORK/home" \
  "bin/steady streaks --home $WORK/home" \
  "java -jar target/steady.jar due -q --home $WORK/home" >/dev/null

python3 - "$WORK/out.json" <<'PY'
import json, sys, statistics
for r in json.load(open(sys.argv[1]))["results"]:
    print(f"{statistics.median(r['times'])*1000:7.0f} ms  {r['command'].split(' --home')[0]}")
PY
