#!/usr/bin/env python3
"""tl-dump and the fuzz targets use tlcodec's public API only: no tracked file under tools/tl-dump/ or
fuzz/ (the seed corpus aside, which is data) names tlcodec's detail namespace (`tlcodec::detail`,
`detail::`, `using namespace tlcodec::detail`) or includes a header of include/tlcodec/detail/.
What they need from the library is public (tlcodec/service/message.hpp, text_writer, vector_id), so
that the library's internals can change without breaking its own tools.

  check_public_api.py SOURCE_ROOT
"""
import pathlib
import re
import subprocess
import sys

from report import report

CHECKED = ["tools/tl-dump", "fuzz"]
SKIPPED = ["fuzz/corpus/"]
# Spelled in pieces so that this file, should it ever move under a checked folder, does not match itself.
DETAIL = "det" + "ail"
PATTERN = re.compile("|".join([rf"\btlcodec\s*::\s*{DETAIL}\b", rf"\b{DETAIL}\s*::", rf"tlcodec/{DETAIL}/"]))


def checked_files(root: pathlib.Path) -> list[str]:
    try:
        names = subprocess.run(["git", "-C", str(root), "ls-files", "-z", "--", *CHECKED], check=True,
                               capture_output=True).stdout.decode().split("\0")
    except (OSError, subprocess.CalledProcessError):  # an exported tree: every file in the folders
        names = [p.relative_to(root).as_posix() for folder in CHECKED for p in (root / folder).rglob("*") if p.is_file()]
    return sorted(name for name in names if name and not any(name.startswith(skip) for skip in SKIPPED))


def main() -> int:
    root = pathlib.Path(sys.argv[1]).resolve()
    names = checked_files(root)
    if not names:
        print(f"no files found under {', '.join(CHECKED)} of {root}")
        return 1
    problems = []
    for name in names:
        text = (root / name).read_bytes().decode("utf-8", errors="replace")
        for number, line in enumerate(text.splitlines(), 1):
            if PATTERN.search(line):
                problems.append(f"{name}:{number}: uses tlcodec's internals: {line.strip()}")
    return report("public API only", problems, f"{len(names)} files, ")


if __name__ == "__main__":
    sys.exit(main())
