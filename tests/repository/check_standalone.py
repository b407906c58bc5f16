#!/usr/bin/env python3
"""The repository stands on its own: no tracked file reads or cites a file outside it (the team's
reference material lives beside the clone only on the team's machines), and every citation of a
document under docs/ ("docs/tl-binary.md §10.7") names a file and a section that exist.

  check_standalone.py SOURCE_ROOT
"""
import pathlib
import re
import subprocess
import sys

from report import report

# Spelled in pieces so that this file does not match itself.
OUTSIDE = [re.escape(".." + "/shared"), r"'\.\.' / 'shared'", "shared/" + "corpus", "shared/" + "spec",
           "DESIGN" + r"\.md", "TL-" + r"binary\.md", "spec " + "§"]
OUTSIDE_PATTERN = re.compile("|".join(OUTSIDE))
CITATION = re.compile(r"docs/([\w.-]+\.md) §(\d+(?:\.\d+)*)")


def tracked_files(root: pathlib.Path) -> list[pathlib.Path]:
    try:
        names = subprocess.run(["git", "-C", str(root), "ls-files", "-z"], check=True,
                               capture_output=True).stdout.decode().split("\0")
        return [root / name for name in names if name]
    except (OSError, subprocess.CalledProcessError):  # an exported tree: every file but build trees
        return [p for p in root.rglob("*") if p.is_file() and not p.relative_to(root).parts[0].startswith("build")
                and not any(part in ("node_modules", ".git", "__pycache__") for part in p.relative_to(root).parts)]


def sections(doc: pathlib.Path) -> set[str]:
    """The section numbers of a document's headings: "## 10. Edge cases", "### 10.7 Containers"."""
    found = set()
    for line in doc.read_text().splitlines():
        match = re.match(r"#+ §?(\d+(?:\.\d+)*)\.?\s", line)
        if match:
            found.add(match.group(1))
    return found


def main() -> int:
    root = pathlib.Path(sys.argv[1]).resolve()
    problems, docs = [], {}
    for path in tracked_files(root):
        try:
            text = path.read_text()
        except (UnicodeDecodeError, OSError):
            continue
        relative = path.relative_to(root)
        for number, line in enumerate(text.splitlines(), 1):
            if OUTSIDE_PATTERN.search(line):
                problems.append(f"{relative}:{number}: refers to a file outside the repository: {line.strip()}")
            for doc_name, section in CITATION.findall(line):
                doc = root / "docs" / doc_name
                if doc_name not in docs:
                    docs[doc_name] = sections(doc) if doc.exists() else None
                if docs[doc_name] is None:
                    problems.append(f"{relative}:{number}: cites docs/{doc_name}, which does not exist")
                elif section not in docs[doc_name]:
                    problems.append(f"{relative}:{number}: cites docs/{doc_name} §{section}, which has no such section")
    return report("standalone", problems)


if __name__ == "__main__":
    sys.exit(main())
