#!/usr/bin/env bash
# The breathing session's timing and cost, measured on this machine:
#   1. cue lateness (p50, p99, max) and end drift of a real 2-minute animated session, in a tmux terminal;
#   2. the same for the plain (piped) session;
#   3. CPU time of `bin/steady breathe quick --sound` (2 minutes, animated, in tmux) against the goal of 1 % of a
#      core (with no audio device the session says so and runs silent: the figure is then without sound);
#   4. rendering a 5-minute guide as a WAV file (`breathe --wav`) against the goal of a second.
# Takes about 7 minutes and prints its results on stdout. Needs tmux; builds the jar first. The animated runs
# include the lead-in and the rest screen; cue lateness is measured from the breathing's start.
# BENCH_PLAN=NAME|FILE times another plan; STEADY_JAVA_OPTS reaches bin/steady as usual (for trying JVM flags).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PLAN="${BENCH_PLAN:-quick}" # a plan name or file; quick is the bundled 2-minute plan
GOAL_LATE_MS=5
GOAL_DRIFT_MS=5
GOAL_CPU_PERCENT=1
GOAL_WAV_MS=1000

command -v tmux >/dev/null || { echo "bench: tmux is needed" >&2; exit 69; }
cd "$ROOT"
echo "bench: building…" >&2
mvn -o -q -B -Dstyle.color=never -DskipTests package >&2 || mvn -q -B -Dstyle.color=never -DskipTests package >&2

OUT="$(mktemp -d)"
SOCKET="steady-bench-$$"
T() { tmux -L "$SOCKET" "$@"; }
cleanup() {
  local socket
  socket="$(T display-message -p '#{socket_path}' 2>/dev/null || true)"
  T kill-server 2>/dev/null || true
  [[ -n "$socket" ]] && rm -f "$socket"
  rm -rf "$OUT"
}
trap cleanup EXIT
T -f /dev/null new-session -d -s bench -x 80 -y 24 -c "$ROOT" "bash --norc --noprofile"
T set-option -t bench status off

# Runs a command line in the tmux pane and waits (up to 4 minutes) until it has finished.
in_terminal() {
  rm -f "$OUT/finished"
  T send-keys -t bench -l "$1; touch '$OUT/finished'"
  T send-keys -t bench Enter
  for _ in $(seq 2400); do
    [[ -f "$OUT/finished" ]] && return 0
    sleep 0.1
  done
  echo "bench: timed out: $1" >&2
  exit 1
}

# The launcher's JVM flags, without its class-data archive (made for the jar alone, not this class path).
JAVA_FLAGS="-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmn4m -Xss512k -Xshare:auto -Xlog:disable -Xlog:all=error:stderr"
BENCH="java $JAVA_FLAGS -cp target/test-classes:target/steady.jar dev.steady.bench.SessionBench"

echo "bench: 1/4 animated session ($PLAN)…" >&2
in_terminal "clear; $BENCH animated '$PLAN' '$OUT/animated.txt'"
echo "bench: 2/4 plain session ($PLAN)…" >&2
$BENCH plain "$PLAN" "$OUT/plain.txt"
echo "bench: 3/4 steady breathe $PLAN --sound in the terminal…" >&2
# bash's `times` reports the CPU of the children it waited for: the launcher and the JVM it becomes.
in_terminal "clear; bash -c 'bin/steady breathe \"$PLAN\" --sound --no-log --json; times > \"$OUT/times.txt\"'"
T capture-pane -p -J -t bench -S -40 > "$OUT/screen.txt"
echo "bench: 4/4 the 5-minute guide as a WAV file…" >&2
$BENCH wav resonance "$OUT/wav.txt"
wav_start=$(date +%s%N)
bin/steady breathe resonance --wav "$OUT/guide.wav" >/dev/null
wav_run_ms=$(( ($(date +%s%N) - wav_start) / 1000000 ))

seconds() { # 1m2.345s -> 62.345
  awk -v t="$1" 'BEGIN { split(t, a, "m"); sub("s", "", a[2]); printf "%.3f", a[1] * 60 + a[2] }'
}
read -r user system < <(sed -n 2p "$OUT/times.txt")
cpu="$(awk -v u="$(seconds "$user")" -v s="$(seconds "$system")" 'BEGIN { printf "%.2f", u + s }')"
json_field() { sed -n "s/.*\"$1\": *\([0-9.]*\).*/\1/p" "$OUT/screen.txt" | tail -n1; }
length="$(json_field seconds)"
percent="$(awk -v c="$cpu" -v l="$length" 'BEGIN { printf "%.2f", c / l * 100 }')"

p99_of() { sed -n 's/.*p99 \([0-9.]*\) ms.*/\1/p' "$1"; }
drift_of() { sed -n 's/.*end drift \([0-9.]*\) ms.*/\1/p' "$1"; }
verdict() { awk -v v="$1" -v g="$2" 'BEGIN { print (v <= g ? "met" : "MISSED") }'; }

echo "steady session benchmark, $(date -u +%Y-%m-%d), $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -n1)"
echo "- $(cat "$OUT/animated.txt")"
echo "- $(cat "$OUT/plain.txt")"
sound="$(grep -q 'no audio device' "$OUT/screen.txt" && echo "no audio device here: silent" || echo "with sound")"
echo "- steady breathe $PLAN --sound${STEADY_JAVA_OPTS:+ with STEADY_JAVA_OPTS=$STEADY_JAVA_OPTS} (animated, $sound, $length s, tmux 80x24): CPU ${cpu} s user+system = ${percent} % of one core;" \
  "its own report: maxLateMs $(json_field maxLateMs), endDriftMs $(json_field endDriftMs)"
wav_ms="$(sed -n 's/.*median of 7 \([0-9]*\) ms.*/\1/p' "$OUT/wav.txt")"
echo "- $(cat "$OUT/wav.txt"); bin/steady breathe resonance --wav FILE, start to finish: ${wav_run_ms} ms"
echo "- goals: p99 lateness <= ${GOAL_LATE_MS} ms: animated $(verdict "$(p99_of "$OUT/animated.txt")" $GOAL_LATE_MS)," \
  "plain $(verdict "$(p99_of "$OUT/plain.txt")" $GOAL_LATE_MS);" \
  "end drift <= ${GOAL_DRIFT_MS} ms: animated $(verdict "$(drift_of "$OUT/animated.txt")" $GOAL_DRIFT_MS)," \
  "plain $(verdict "$(drift_of "$OUT/plain.txt")" $GOAL_DRIFT_MS);" \
  "CPU <= ${GOAL_CPU_PERCENT} % of a core: $(verdict "$percent" $GOAL_CPU_PERCENT);" \
  "5-minute WAV <= ${GOAL_WAV_MS} ms: rendering $(verdict "$wav_ms" $GOAL_WAV_MS), whole command $(verdict "$wav_run_ms" $GOAL_WAV_MS)"
