#!/usr/bin/env python3
"""Freezes a translation unit as a compile-cost reference: the TU with every tlcodec header it
includes inlined once, in include order (system and Boost headers stay #includes), gzipped.

The budget tests compile this frozen copy alternately with the code they measure, and hold the
ratio of CPU times: contention from other work on the machine slows both alike, while a change
that makes tlcodec costlier to compile moves only the measured side. Re-freezing changes what
the ratios mean: calibrate the budgets in tests/budget/meson.build again on a quiet machine.

  freeze_reference.py INCLUDE_DIR TU.cpp OUT.cpp.gz
"""
import gzip
import pathlib
import re
import sys

INCLUDE = re.compile(r'\s*#\s*include\s*[<"](tlcodec/[^>"]+)[>"]')


def inline(path: pathlib.Path, include_dir: pathlib.Path, seen: set, out: list):
    for line in path.read_text().splitlines():
        match = INCLUDE.match(line)
        if match:
            header = include_dir / match.group(1)
            if header not in seen:
                seen.add(header)
                out.append(f"// ---- {match.group(1)}")
                inline(header, include_dir, seen, out)
        elif not re.match(r"\s*#\s*pragma\s+once", line):
            out.append(line)


def main():
    include_dir, tu, target = (pathlib.Path(p) for p in sys.argv[1:4])
    lines = [f"// A frozen copy of {tu.name} and the tlcodec headers it includes, made by "
             "tests/budget/freeze_reference.py: the compile-cost budgets' reference. Not to be edited."]
    inline(tu, include_dir, set(), lines)
    target.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode(), compresslevel=9, mtime=0))


if __name__ == "__main__":
    main()
