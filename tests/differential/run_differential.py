#!/usr/bin/env python3
"""Differential tests of tlcodec against mtcute (layer 223), both directions:

  a. tlcodec writes arbitrary values of every constructor and function; mtcute decodes and
     re-encodes each: the bytes must be identical.
  b. mtcute builds random objects from its own schema JSON and encodes them; tlcodec decodes
     each (a typed Object, through the default registry) and re-encodes it: identical bytes.

Every api constructor and function must appear at least PER_ENTRY times in each direction.
A mismatch prints the TL text of both byte strings (tl-dump) and mtcute's decoded object.
Exits 77 (a skipped Meson test) when node or npm is missing.

  usage: run_differential.py TLCODEC_SIDE TL_DUMP WORK_DIR [--seed N] [--per-entry N]
"""
import argparse
import json
import pathlib
import shutil
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "tools" / "mtcute"))
from node_install import MTCUTE_METHODS, install_node_side  # noqa: E402

SKIP = 77


def run(command, stdin_text=None, cwd=None) -> str:
    done = subprocess.run(command, input=stdin_text, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(map(str, command[:3]))} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def parse(lines: str):
    """'<name> <answer>' lines -> [(name, answer)]."""
    return [tuple(line.split(" ", 1)) for line in lines.splitlines() if line]


class Direction:
    def __init__(self, title, writer, reader):
        self.title, self.writer, self.reader = title, writer, reader
        self.compared = self.identical = 0
        self.skipped = {}     # reason -> count
        self.failures = []    # (name, written hex, answer)
        self.names = {}       # name -> how many written

    def check(self, written, answers):
        if len(written) != len(answers):
            sys.exit(f"{self.title}: {len(written)} objects written, {len(answers)} answers")
        for (name, hex_in), (_, answer) in zip(written, answers):
            self.names[name] = self.names.get(name, 0) + 1
            if answer.startswith("- "):
                self.skipped[answer[2:]] = self.skipped.get(answer[2:], 0) + 1
                continue
            self.compared += 1
            if answer == hex_in:
                self.identical += 1
            else:
                self.failures.append((name, hex_in, answer))


def tl_text(tl_dump, hex_text) -> str:
    done = subprocess.run([tl_dump, "--hex", "-"], input=hex_text, capture_output=True, text=True)
    return (done.stdout + done.stderr).strip()


def report_failure(direction, failure, tl_dump, node_dir):
    name, hex_in, answer = failure
    print(f"MISMATCH [{direction.title}] {name}")
    print(f"  {direction.writer} wrote: {hex_in}")
    print(f"  {direction.reader} answered: {answer}")
    print(f"  TL text of what {direction.writer} wrote (tlcodec):\n    " +
          tl_text(tl_dump, hex_in).replace("\n", "\n    "))
    if not answer.startswith("!"):
        print(f"  TL text of what {direction.reader} wrote back (tlcodec):\n    " +
              tl_text(tl_dump, answer).replace("\n", "\n    "))
    shown = subprocess.run(["node", "mtcute_side.mjs", "show", hex_in], cwd=node_dir, capture_output=True, text=True)
    print("  mtcute's object:\n    " + (shown.stdout + shown.stderr).strip().replace("\n", "\n    "))


def coverage_problems(direction, per_entry, api_names):
    """Api constructors and functions written fewer than per_entry times."""
    return [name for name in api_names if direction.names.get(name, 0) < per_entry]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("tlcodec_side", type=lambda p: str(pathlib.Path(p).resolve()))
    parser.add_argument("tl_dump", type=lambda p: str(pathlib.Path(p).resolve()))
    parser.add_argument("work_dir", type=pathlib.Path)
    parser.add_argument("--seed", type=int, default=223)
    parser.add_argument("--per-entry", type=int, default=9)
    args = parser.parse_args()

    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    if missing:
        print(f"SKIPPED: the differential tests need {' and '.join(missing)} (mtcute runs on node)")
        return SKIP
    node_dir = install_node_side(args.work_dir / "mtcute", [HERE / "package.json", HERE / "package-lock.json",
                                                            HERE / "mtcute_side.mjs", MTCUTE_METHODS])
    node = ["node", "mtcute_side.mjs"]

    schema = json.loads((node_dir / "node_modules/@mtcute/tl/api-schema.json").read_text())
    api_names = [e["name"] for e in schema["e"] if not e["name"].startswith("mtcute.")]

    a = Direction("tlcodec -> mtcute", "tlcodec", "mtcute")
    written = run([args.tlcodec_side, "generate", str(args.seed), str(args.per_entry)])
    a.check(parse(written), parse(run(node + ["reencode"], written, cwd=node_dir)))

    b = Direction("mtcute -> tlcodec", "mtcute", "tlcodec")
    written = run(node + ["generate", str(args.seed), str(args.per_entry)], cwd=node_dir)
    b.check(parse(written), parse(run([args.tlcodec_side, "reencode"], written)))

    status = 0
    for direction in (a, b):
        for failure in direction.failures[:10]:
            report_failure(direction, failure, args.tl_dump, node_dir)
        uncovered = coverage_problems(direction, args.per_entry, api_names)
        print(f"{direction.title}: {direction.compared} objects compared, {direction.identical} identical, "
              f"{len(direction.failures)} different; {len(direction.names)} constructors and functions, "
              f"api ones at least {args.per_entry} times each" + (f" except {len(uncovered)}" if uncovered else ""))
        for reason, count in direction.skipped.items():
            print(f"  left out: {count} ({reason})")
        if uncovered:
            print(f"  not covered {args.per_entry} times: {', '.join(uncovered[:20])}")
        if direction.failures or uncovered:
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
