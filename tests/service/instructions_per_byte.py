#!/usr/bin/env python3
"""Runs amplification_cost under callgrind and holds the instructions each decode runs per
input byte under a bound: `--bound` times those of the corpus messages.messages (README,
"Errors and hostile input"). Prints the worst types.

    instructions_per_byte.py AMPLIFICATION_COST [--bound 10]
"""
import argparse
import os
import pathlib
import re
import subprocess
import sys
import tempfile


def dumps(directory):
    """(what, input bytes, instructions) of every dump a client request triggered."""
    for path in sorted(directory.iterdir()):
        text = path.read_text(errors="replace")
        trigger = re.search(r"^desc: Trigger: Client Request: (\S+) (\d+)$", text, re.M)
        total = re.search(r"^(?:summary|totals): (\d+)", text, re.M)
        if trigger and total:
            yield trigger.group(1), int(trigger.group(2)), int(total.group(1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("program")
    parser.add_argument("--bound", type=float, default=10.0)
    args = parser.parse_args()
    env = dict(os.environ)
    env.pop("MALLOC_PERTURB_", None)  # glibc would fill every allocation: not the decoder's work
    with tempfile.TemporaryDirectory() as tmp:
        directory = pathlib.Path(tmp)
        run = subprocess.run(
            ["valgrind", "--tool=callgrind", "--collect-atstart=no", "--dump-instr=no",
             f"--callgrind-out-file={directory}/callgrind.out", args.program],
            env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        if run.returncode != 0:
            print(run.stdout[-4000:])
            print(f"{args.program} failed under callgrind (exit {run.returncode})")
            return 1
        results = list(dumps(directory))
    baseline = [(size, count) for what, size, count in results if what == "baseline"]
    if len(baseline) != 1:
        print(f"expected one baseline dump, found {len(baseline)}")
        return 1
    per_byte = baseline[0][1] / baseline[0][0]
    ratios = sorted(((count / size / per_byte, what, size, count) for what, size, count in results if what != "baseline"),
                    reverse=True)
    print(f"messages.messages: {baseline[0][1]:,} instructions for {baseline[0][0]:,} bytes: {per_byte:.2f} per byte")
    print(f"{len(ratios)} decodes (accepted and rejected Vectors of every boxed type); the worst, "
          f"in instructions per input byte over messages.messages's (bound {args.bound:g}):")
    for ratio, what, size, count in ratios[:10]:
        print(f"  {ratio:6.2f}x  {count / size:8.2f} per byte  {what} ({size:,} bytes)")
    if len(ratios) < 1000:
        print(f"too few decodes measured: {len(ratios)}")
        return 1
    over = [r for r in ratios if r[0] > args.bound]
    for ratio, what, size, _ in over:
        print(f"OVER THE BOUND: {what}: {ratio:.2f}x")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
