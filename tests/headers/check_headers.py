#!/usr/bin/env python3
"""Every public header compiles on its own (and twice in a row): one translation unit per
header, `#include <it>` twice, checked with -fsyntax-only and the project's warnings as errors.

Runtime headers (include/tlcodec/*, detail/, testing/) are all checked, and so are each generated
schema's umbrella headers (all.hpp, <namespace>.hpp, root/, fwd.hpp, type_lists.hpp,
registry.hpp) and every mtproto header; of the api's 1340 per-type and per-function headers,
which the same generator code writes, every 25th (in name order) is checked.

  usage: check_headers.py INCLUDE_DIR JOBS COMPILER [COMPILER ARGS...]
"""
import concurrent.futures
import pathlib
import subprocess
import sys
import tempfile

# -Werror comes with the compiler command when the build has it.
FLAGS = ["-std=c++20", "-fsyntax-only", "-Wall", "-Wextra", "-Wpedantic", "-x", "c++"]
SAMPLE_EVERY = 25


def headers(include: pathlib.Path):
    root = include / "tlcodec"
    chosen = []
    for path in sorted(root.rglob("*.hpp")):
        relative = path.relative_to(root)
        schema_part = relative.parts[1] if len(relative.parts) > 2 else None
        if relative.parts[0] == "api" and schema_part in ("types", "functions"):
            continue  # sampled below
        chosen.append(path)
    for part in ("types", "functions"):
        chosen += sorted((root / "api" / part).glob("*.hpp"))[::SAMPLE_EVERY]
    return [path.relative_to(include).as_posix() for path in chosen]


def check(compiler, include, header):
    with tempfile.NamedTemporaryFile("w", suffix=".cpp") as source:
        source.write(f"#include <{header}>\n#include <{header}>\n")
        source.flush()
        done = subprocess.run(compiler + FLAGS + ["-I", str(include), source.name], capture_output=True, text=True)
    return header, done.returncode, done.stderr


def main():
    include, jobs, compiler = pathlib.Path(sys.argv[1]).resolve(), int(sys.argv[2]), sys.argv[3:]
    selected = headers(include)
    failed = 0
    with concurrent.futures.ThreadPoolExecutor(max_workers=jobs) as pool:
        for header, status, errors in pool.map(lambda h: check(compiler, include, h), selected):
            if status != 0:
                failed += 1
                print(f"NOT SELF-CONTAINED: {header}\n{errors}")
    print(f"{len(selected) - failed} of {len(selected)} headers compile on their own")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
