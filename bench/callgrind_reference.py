#!/usr/bin/env python3
"""Instruction counts per operation of tlcodec's benchmarks under callgrind: a regression
reference that, unlike times, does not depend on the machine's load.

Each benchmark runs under `valgrind --tool=callgrind` twice, with N and 2N fixed iterations
(TLCODEC_BENCH_ITERATIONS); the difference of the two totals divided by N is the count of one
operation, without the setup (reading the objects) that both runs share.

  callgrind_reference.py TLCODEC_BENCH [--write FILE | --check FILE [--tolerance PCT] [--worse-only]] [NAME...]

NAME defaults to decode, decode_view, decode_arena and encode_reused of the six corpus objects.
--write keeps the counts in FILE (bench/callgrind_reference.tsv); --check compares with FILE and
fails on a change beyond the tolerance (default 2%), or with --worse-only (the CI guard, Meson
test `instruction-counts`) only on an increase: a decrease is reported, for --write to record.
"""
import argparse
import os
import re
import subprocess
import sys

CORPUS = ["phone_confirmCall", "phone_phoneCall", "messages_messages", "upload_file_128k", "vector_long_1000",
          "vector_updateShort_1000"]
DEFAULT_NAMES = [f"{op}/{obj}" for obj in CORPUS for op in ("decode", "decode_view", "decode_arena", "encode_reused")]
ITERATIONS = 50


def instructions(bench, name, iterations):
    env = dict(os.environ, TLCODEC_BENCH_ITERATIONS=str(iterations))
    # Meson's test runner sets MALLOC_PERTURB_, which makes glibc fill every allocation:
    # that memset would be counted as the decoder's own work.
    env.pop("MALLOC_PERTURB_", None)
    done = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", bench,
                           f"--benchmark_filter=^{re.escape(name)}(/|$)"], env=env, capture_output=True, text=True)
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode != 0 or not found or "iterations:" not in done.stdout:
        sys.exit(f"{name}: the callgrind run failed\n{done.stderr[-2000:]}")
    return int(found.group(1))


def per_operation(bench, name):
    return (instructions(bench, name, 2 * ITERATIONS) - instructions(bench, name, ITERATIONS)) // ITERATIONS


def read_reference(path):
    with open(path) as file:
        return {name: int(count) for name, count in (line.split("\t") for line in file if not line.startswith("#"))}


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("bench")
    parser.add_argument("names", nargs="*", default=DEFAULT_NAMES)
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--write")
    mode.add_argument("--check")
    parser.add_argument("--tolerance", type=float, default=2.0)
    parser.add_argument("--worse-only", action="store_true")
    args = parser.parse_args()

    counts = {name: per_operation(args.bench, name) for name in args.names}
    reference = read_reference(args.check) if args.check else {}
    status = 0
    for name, count in counts.items():
        line = f"{name:40} {count:>12,} instructions"
        if args.check and name not in reference:
            line += "  NOT IN THE REFERENCE"
            status = 1
        elif name in reference:
            change = 100.0 * (count - reference[name]) / reference[name]
            line += f"  {change:+.1f}% against {reference[name]:,}"
            if change > args.tolerance:
                line += "  WORSE"
                status = 1
            elif -change > args.tolerance:
                line += "  BETTER (record it with --write)"
                if not args.worse_only:
                    status = 1
        print(line)
    if args.write:
        with open(args.write, "w") as file:
            file.write("# benchmark\tinstructions per operation (bench/callgrind_reference.py)\n")
            file.writelines(f"{name}\t{count}\n" for name, count in counts.items())
    return status


if __name__ == "__main__":
    sys.exit(main())
