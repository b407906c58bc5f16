#!/usr/bin/env python3
"""Every C++ block of README.md is a complete program that compiles and runs (exit status 0),
linked the way README says: the compiled libraries in the link order README gives. A block
preceded by `<!-- fragment of PATH -->` is instead a piece of the program in PATH, and each of
its lines must stand there. So README and code cannot drift apart.

  check_readme.py README.md LIBRARY_DIR WORK_DIR CXX [CXX_ARGS...]
"""
import pathlib
import re
import subprocess
import sys

BLOCK = re.compile(r"(?:<!-- fragment of (?P<of>\S+) -->\n)?```cpp\n(?P<code>.*?)```", re.S)
WARNINGS = ["-Wall", "-Wextra", "-Wpedantic"]  # -Werror comes with CXX when the build has it
LINK_ORDER = re.compile(r"link order is\s+`(-l[^`]+)`")
# What pkg-config gives for tlcodec-registry, which brings the codec libraries.
DEFINES = ["-DTLCODEC_API_EXTERN_CODECS", "-DTLCODEC_MTPROTO_EXTERN_CODECS",
           "-DTLCODEC_API_EXTERN_TEXT", "-DTLCODEC_MTPROTO_EXTERN_TEXT"]


def squeeze(line: str) -> str:
    return " ".join(line.split())


def main() -> int:
    readme, library_dir, work = pathlib.Path(sys.argv[1]), sys.argv[2], pathlib.Path(sys.argv[3])
    cxx = sys.argv[4:]
    text = readme.read_text()
    link_order = LINK_ORDER.search(text)
    if not link_order:
        print("README.md does not state the libraries' link order")
        return 1
    libraries = link_order.group(1).split()
    work.mkdir(parents=True, exist_ok=True)
    failures = 0
    blocks = list(BLOCK.finditer(text))
    for number, block in enumerate(blocks, 1):
        line = text.count("\n", 0, block.start("code"))
        where = f"README.md:{line}"
        code = block.group("code")
        if block.group("of"):
            source = readme.parent / block.group("of")
            known = {squeeze(l) for l in source.read_text().splitlines()} if source.exists() else set()
            missing = [l for l in code.splitlines() if squeeze(l) and squeeze(l) not in known]
            if missing:
                failures += 1
                print(f"{where}: fragment lines not in {block.group('of')}: {missing[:3]}")
            continue
        if "int main(" not in code:
            failures += 1
            print(f"{where}: neither a complete program nor marked as a fragment of one")
            continue
        source, binary = work / f"block_{number}.cpp", work / f"block_{number}"
        source.write_text(code)
        compiled = subprocess.run([*cxx, "-std=c++20", "-O1", *WARNINGS, "-I", str(readme.parent / "include"),
                                   *DEFINES, str(source), "-o", str(binary), f"-L{library_dir}", *libraries],
                                  capture_output=True, text=True)
        if compiled.returncode != 0:
            failures += 1
            print(f"{where}: does not compile\n{compiled.stderr[-4000:]}")
            continue
        ran = subprocess.run([str(binary)], capture_output=True, text=True, timeout=60)
        print(f"{where}: exit status {ran.returncode}\n{ran.stdout}{ran.stderr}")
        failures += ran.returncode != 0
    print(f"README.md: {len(blocks)} C++ blocks, {failures} failed")
    return 1 if failures or not blocks else 0


if __name__ == "__main__":
    sys.exit(main())
