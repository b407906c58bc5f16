#!/usr/bin/env python3
"""Speedups of one tlcodec-bench build over another, measured in one run: the two binaries
(e.g. the same bench built at an older commit and at this one) run alternately, each round
one pass of every benchmark, and the medians of the rounds are compared (load that comes
and goes on a shared machine hits both alike).

    compare_builds.py BEFORE_BENCH AFTER_BENCH [--rounds 5] [--filter REGEX] [--against NEW=OLD]

Prints, per benchmark both builds have, ns per op before and after (median, with the range
over the rounds) and the speedup before/after (above 1: the second build is faster).
--against decode_arena/=decode/ also compares the second build's decode_arena/X with the
first's decode/X (an operation the older build does not have, against the one it replaces).
"""
import argparse
import json
import statistics
import subprocess
import sys


def run(bench, pattern, min_time):
    out = subprocess.run([bench, f"--benchmark_filter={pattern}", "--benchmark_format=json",
                          f"--benchmark_min_time={min_time}"], check=True, capture_output=True, text=True).stdout
    return {b["name"]: b["real_time"] for b in json.loads(out)["benchmarks"] if b.get("run_type") != "aggregate"}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before")
    parser.add_argument("after")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--filter", default=".")
    parser.add_argument("--min-time", default="0.2")
    parser.add_argument("--against", action="append", default=[], metavar="NEW=OLD",
                        help="compare after's NEW<x> with before's OLD<x> (repeatable)")
    args = parser.parse_args()
    renames = [tuple(pair.split("=", 1)) for pair in args.against]
    times = {"before": {}, "after": {}}
    for round_ in range(args.rounds):
        for which in ("before", "after") if round_ % 2 == 0 else ("after", "before"):
            for name, ns in run(getattr(args, which), args.filter, args.min_time).items():
                times[which].setdefault(name, []).append(ns)
    pairs = [(n, n) for n in times["after"] if n in times["before"]]
    for new, old in renames:
        pairs += [(n, old + n[len(new):]) for n in times["after"]
                  if n.startswith(new) and old + n[len(new):] in times["before"]]
    print(f"{'benchmark':44} {'before ns':>22} {'after ns':>22} {'speedup':>8}")
    for name, before_name in pairs:
        before, after = times["before"][before_name], times["after"][name]
        b, a = statistics.median(before), statistics.median(after)
        label = name if name == before_name else f"{name} vs {before_name.split('/')[0]}"
        print(f"{label:44} {b:10.1f} [{min(before):.0f}-{max(before):.0f}] {a:10.1f} [{min(after):.0f}-{max(after):.0f}] "
              f"{b / a:7.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
