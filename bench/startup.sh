#!/usr/bin/env bash
# Cold start of the quick commands that cron runs, through the real launcher, on a realistic one-year log (about
# 2,500 entries, seven a day), each paired and alternating with the JVM's floor (`java -cp DIR Hello`, the same
# java the launcher runs) in one run, so that the machine's load hits both sides of a pair alike. Prints each
# command's median, the ratio of the medians and of the peak RSS against the floor's. Goals: at most 2.0 times
# the floor's time and 1.5 times its peak RSS.
#
#   bench/startup.sh [RUNS]     (default 21 pairs per command)
#
# Needs python3 (bench/paired.py: wall time around the child alone, peak RSS from wait4); neither hyperfine nor
# GNU time. STEADY_JAVA_OPTS reaches bin/steady as usual, for trying JVM flags.
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
RUNS="${1:-21}"
command -v python3 >/dev/null || { echo "bench: python3 is needed" >&2; exit 69; }
cd "$ROOT"

echo "bench: building (the jar through bin/steady, the log generator with mvn test-compile)…" >&2
bin/steady --version >/dev/null
mvn -q -B -o -Dstyle.color=never test-compile >&2 2>/dev/null || mvn -q -B -Dstyle.color=never test-compile >&2

# the java bin/steady runs
if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java)"; fi
JAVAC="$(dirname "$(readlink -f "$JAVA")")/javac"

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/floor" "$WORK/home"
cat > "$WORK/floor/Hello.java" <<'JAVA'
public class Hello { public static void main(String[] a) { System.out.println("hello"); } }
JAVA
"$JAVAC" -d "$WORK/floor" "$WORK/floor/Hello.java"
ENTRIES="$("$JAVA" -cp target/steady.jar:target/test-classes dev.steady.store.SyntheticLog "$WORK/year.json" 1 1 "$(date +%F)")"
# The home as a day of cron runs leaves it: the log, the stamp of its last write (which lets the next log put its
# entry in place) and the cache the reviews keep, all made by one untimed run of each command that writes them.
mkdir -p "$WORK/day"
cp "$WORK/year.json" "$WORK/day/log.json"
bin/steady log move 1m --home "$WORK/day" >/dev/null
bin/steady streaks --home "$WORK/day" >/dev/null
cp -a "$WORK/day/." "$WORK/home"

echo "steady start-up, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)," \
  "$("$JAVA" -version 2>&1 | head -n1)${STEADY_JAVA_OPTS:+, STEADY_JAVA_OPTS=$STEADY_JAVA_OPTS}"
echo "a one-year log of $ENTRIES entries; medians of $RUNS pairs, each command alternating with the floor"
# log writes an entry: that home is put back before every timed command (untimed)
python3 bench/paired.py "$RUNS" 3 "rm -rf '$WORK/home' && cp -a '$WORK/day' '$WORK/home'" "$JAVA -cp $WORK/floor Hello" \
  "due=bin/steady due --home $WORK/home" \
  "remind=bin/steady remind --home $WORK/home" \
  "log move 25m=bin/steady log move 25m --home $WORK/home" \
  "streaks=bin/steady streaks --home $WORK/home" \
  "--version=bin/steady --version" \
  "due --help (picocli)=bin/steady due --help"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
