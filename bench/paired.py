#!/usr/bin/env python3
"""Times commands against a floor command, paired and alternating, and reports medians, ratios and peak RSS.

    paired.py RUNS WARMUP SETUP FLOOR NAME=COMMAND...

Each round runs, for every command in turn, the floor and then the command, so that a change in the
machine's load hits both sides of a pair alike. Each COMMAND is a shell-quoted argument list (run without a
shell); SETUP (or '') is a shell line run before every timed command, untimed (it restores files a command
changes). Wall time is taken around the child alone (fork to wait); peak RSS is the child's own ru_maxrss
from wait4, so neither hyperfine nor GNU time is needed. Output: one line per command with the medians,
the ratio of the medians and the ratio of the peak RSS medians, and the floor's line first; last, the ratio of
the medians of CPU time (user and system, from wait4), which a machine shared with other work disturbs less
than wall time (a loaded machine makes a child wait for a core, which wall time counts and CPU time does not).
"""
import os
import shlex
import statistics
import subprocess
import sys
import time


def run(argv):
    """One run: wall milliseconds, peak RSS in MiB, exit code and CPU milliseconds; output discarded."""
    with open(os.devnull, "wb") as null:
        start = time.perf_counter_ns()
        child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=null, stderr=null)
        _, status, usage = os.wait4(child.pid, 0)
        elapsed = (time.perf_counter_ns() - start) / 1e6
    child.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is KiB on Linux, bytes on macOS
    rss = usage.ru_maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)
    return elapsed, rss, child.returncode, (usage.ru_utime + usage.ru_stime) * 1000


def main():
    if len(sys.argv) < 6:
        sys.exit(__doc__)
    runs, warmup, setup, floor = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], shlex.split(sys.argv[4])
    commands = [(name, shlex.split(line)) for name, line in (arg.split("=", 1) for arg in sys.argv[5:])]
    expected = {}
    for name, argv in commands:
        for _ in range(warmup):
            run(floor)
            if setup:
                subprocess.run(setup, shell=True, check=True)
            expected[name] = run(argv)[2]
    samples = {name: ([], [], [], [], [], []) for name, _ in commands}  # floor ms, MiB, ms, MiB, floor CPU, CPU
    for _ in range(runs):
        for name, argv in commands:
            floor_ms, floor_rss, _, floor_cpu = run(floor)
            if setup:
                subprocess.run(setup, shell=True, check=True)
            ms, rss, code, cpu = run(argv)
            if code != expected[name]:
                sys.exit(f"bench: {name} exited {code}, in warm-up {expected[name]}")
            for values, value in zip(samples[name], (floor_ms, floor_rss, ms, rss, floor_cpu, cpu)):
                values.append(value)
    all_floor_ms = [v for s in samples.values() for v in s[0]]
    all_floor_rss = [v for s in samples.values() for v in s[1]]
    print(f"{'command':<28} {'median':>8} {'floor':>7} {'ratio':>6} {'peak RSS':>9} {'floor':>7} {'ratio':>6}  exit  cpu ratio")
    print(f"{'(the floor, all runs)':<28} {statistics.median(all_floor_ms):6.0f}ms {'':>7} {'':>6}"
          f" {statistics.median(all_floor_rss):6.1f}MiB")
    for name, _ in commands:
        floor_ms, floor_rss, ms, rss, floor_cpu, cpu = (statistics.median(v) for v in samples[name])
        print(f"{name:<28} {ms:6.0f}ms {floor_ms:5.0f}ms {ms / floor_ms:6.2f} {rss:6.1f}MiB {floor_rss:5.1f}MiB"
              f" {rss / floor_rss:6.2f}  {expected[name]:>4}  {cpu / floor_cpu:9.2f}")


if __name__ == "__main__":
    main()
