#!/usr/bin/env bash
# What a change gained: the quick commands of several installs of steady (this tree and, say, worktrees of
# earlier commits), on the one-year log of bench/startup.sh, each paired and alternating with the JVM's floor in
# one run, so that their ratios can be compared. An install is a folder with bin/steady that has run once (its
# jar and archive built), e.g. `git worktree add --detach /tmp/main main && /tmp/main/bin/steady --version`.
#
#   bench/compare.sh RUNS NAME=INSTALL [NAME=INSTALL…]
#
# A NAME ending in +reloc0 runs its install with STEADY_JAVA_OPTS=-XX:ArchiveRelocationMode=0 (the archive
# mapped at a fixed address, without ASLR), to measure that flag on installs from before the launcher passed it
# itself. Needs python3 (bench/paired.py).
set -euo pipefail

ROOT="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)"
RUNS="${1:?usage: bench/compare.sh RUNS NAME=INSTALL...}"
shift
command -v python3 >/dev/null || { echo "bench: python3 is needed" >&2; exit 69; }
cd "$ROOT"
bin/steady --version >/dev/null
mvn -q -B -o -Dstyle.color=never test-compile >&2 2>/dev/null || mvn -q -B -Dstyle.color=never test-compile >&2

if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then JAVA="$JAVA_HOME/bin/java"; else JAVA="$(command -v java)"; fi
JAVAC="$(dirname "$(readlink -f "$JAVA")")/javac"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
mkdir -p "$WORK/floor"
echo 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }' > "$WORK/floor/Hello.java"
"$JAVAC" -d "$WORK/floor" "$WORK/floor/Hello.java"
ENTRIES="$("$JAVA" -cp target/steady.jar:target/test-classes dev.steady.store.SyntheticLog "$WORK/year.json" 1 1 "$(date +%F)")"

# Each install gets the home a day of cron leaves it, as bench/startup.sh makes it (its own: the cache is keyed by
# the build), put back before every timed command.
setup=":"
HOMES=()
for install in "$@"; do
  dir="${install#*=}" day="$WORK/day-${#HOMES[@]}" home="$WORK/home-${#HOMES[@]}"
  mkdir -p "$day"
  cp "$WORK/year.json" "$day/log.json"
  "$dir/bin/steady" log move 1m --home "$day" >/dev/null
  "$dir/bin/steady" streaks --home "$day" >/dev/null
  setup+=" && rm -rf '$home' && cp -a '$day' '$home'"
  HOMES+=("$home")
done

commands=()
for quick in "due" "remind" "log move 25m" "streaks"; do
  i=0
  for install in "$@"; do
    name="${install%%=*}" dir="${install#*=}"
    opts=()
    [[ "$name" == *+reloc0 ]] && opts=(env STEADY_JAVA_OPTS=-XX:ArchiveRelocationMode=0)
    commands+=("$name: $quick=${opts[*]} $dir/bin/steady $quick --home ${HOMES[$i]}")
    i=$((i + 1))
  done
done
echo "steady start-up compared, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)," \
  "$("$JAVA" -version 2>&1 | head -n1); a one-year log of $ENTRIES entries; medians of $RUNS pairs"
python3 bench/paired.py "$RUNS" 2 "$setup" "$JAVA -cp $WORK/floor Hello" "${commands[@]}"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
