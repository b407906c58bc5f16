#!/usr/bin/env python3
"""Checks the corpus of tests/data/corpus against its MANIFEST.json: every file listed with its
sha256, the wire bytes that each .hex file spells out with their size and sha256, and the .json
file's own record of them. Nothing else is in the folder. Prints every disagreement and exits 1
if there is any.

  check_corpus.py CORPUS_DIR
"""
import hashlib
import json
import pathlib
import sys


def check(corpus: pathlib.Path) -> list[str]:
    manifest = json.loads((corpus / "MANIFEST.json").read_text())
    problems, listed = [], {"MANIFEST.json"}
    for entry in manifest["objects"]:
        name = entry["name"]
        for file_name, digest in entry["files"].items():
            listed.add(file_name)
            path = corpus / file_name
            if not path.exists():
                problems.append(f"{file_name}: missing")
            elif hashlib.sha256(path.read_bytes()).hexdigest() != digest:
                problems.append(f"{file_name}: sha256 differs from MANIFEST.json")
        if not all((corpus / f"{name}{ext}").exists() for ext in (".hex", ".json")):
            problems.append(f"{name}: the .hex or .json file is missing")
            continue
        wire = bytes.fromhex((corpus / f"{name}.hex").read_text())
        record = json.loads((corpus / f"{name}.json").read_text())
        for what, size, digest in (("MANIFEST.json", entry["bytes_223"], entry["sha256_223"]),
                                   (f"{name}.json", record["bytes"], record["sha256"])):
            if len(wire) != size or hashlib.sha256(wire).hexdigest() != digest:
                problems.append(f"{name}.hex: {len(wire)} bytes that do not match the size or sha256 {what} gives")
    for extra in sorted({p.name for p in corpus.iterdir()} - listed):
        problems.append(f"{extra}: not listed in MANIFEST.json")
    return problems


if __name__ == "__main__":
    corpus_dir = pathlib.Path(sys.argv[1])
    found = check(corpus_dir)
    for problem in found:
        print(f"{corpus_dir}/{problem}")
    print(f"corpus: {'OK' if not found else f'{len(found)} problem(s)'}")
    sys.exit(1 if found else 0)
