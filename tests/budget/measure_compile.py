#!/usr/bin/env python3
"""Compiles translation units and checks their compile cost against a budget.

CPU time (user + system, from the kernel's accounting of each compiler process) is measured,
not wall time, since the machine may be shared. Prints one row per TU and a total; exits 1 when
the total CPU time, or any TU's CPU time or peak memory, is over its limit (a CPU limit only
after a second measurement agrees).

  measure_compile.py --cxx g++ --flag=-O2 --flag=-I... [--max-total-cpu S] [--max-tu-cpu S]
                     [--max-tu-rss MB] [--jobs N] [--label NAME] TU.cpp...
"""
import argparse
import os
import subprocess
import sys
import tempfile


def compile_all(cxx, flags, sources, jobs):
    """Runs up to `jobs` compilers at once; returns {source: (cpu_s, rss_mb, returncode, stderr)}."""
    results, running, pending = {}, {}, list(sources)
    with tempfile.TemporaryDirectory() as out_dir:
        while pending or running:
            while pending and len(running) < jobs:
                source = pending.pop(0)
                obj = os.path.join(out_dir, f"{len(results) + len(running)}.o")
                err = tempfile.TemporaryFile()
                proc = subprocess.Popen([cxx, *flags, "-c", source, "-o", obj], stderr=err)
                running[proc.pid] = (source, err)
            pid, status, usage = os.wait4(-1, 0)
            if pid not in running:
                continue
            source, err = running.pop(pid)
            err.seek(0)
            results[source] = (usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0,
                               os.waitstatus_to_exitcode(status), err.read().decode(errors="replace"))
    return results


def over_cpu_limits(args, results) -> bool:
    cpu = [result[0] for result in results.values()]
    return ((args.max_total_cpu is not None and sum(cpu) > args.max_total_cpu) or
            (args.max_tu_cpu is not None and max(cpu) > args.max_tu_cpu))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--cxx", default="g++")
    parser.add_argument("--flag", action="append", default=[])
    parser.add_argument("--max-total-cpu", type=float)
    parser.add_argument("--max-tu-cpu", type=float)
    parser.add_argument("--max-tu-rss", type=float, help="MB")
    parser.add_argument("--jobs", type=int, default=1)
    parser.add_argument("--label", default="compile cost")
    parser.add_argument("sources", nargs="+")
    args = parser.parse_args()

    results = compile_all(args.cxx, args.flag, args.sources, args.jobs)
    if over_cpu_limits(args, results):
        # The machine is a shared VM that can run slower for a while (a CI run once measured 144 s
        # for the 113-116 s the same sources take otherwise, with nothing else running): measure
        # again and keep each TU's lower CPU time.
        again = compile_all(args.cxx, args.flag, args.sources, args.jobs)
        results = {source: (min(results[source][0], again[source][0]),) + results[source][1:] for source in results}
        print("(over a CPU limit at first: CPU times are the lower of two measurements)")
    failed = False
    total = 0.0
    print(f"{args.label}: {args.cxx} {' '.join(f for f in args.flag if not f.startswith('-I'))}")
    print(f"{'translation unit':60} {'CPU s':>8} {'peak MB':>9}")
    for source in args.sources:
        cpu, rss, code, stderr = results[source]
        total += cpu
        marks = []
        if code != 0:
            marks.append("COMPILE FAILED")
            sys.stderr.write(stderr)
        if args.max_tu_cpu is not None and cpu > args.max_tu_cpu:
            marks.append(f"over {args.max_tu_cpu} s")
        if args.max_tu_rss is not None and rss > args.max_tu_rss:
            marks.append(f"over {args.max_tu_rss} MB")
        failed |= bool(marks)
        print(f"{os.path.relpath(source):60} {cpu:8.2f} {rss:9.0f} {' '.join(marks)}")
    over_total = args.max_total_cpu is not None and total > args.max_total_cpu
    failed |= over_total
    budget = f" (budget {args.max_total_cpu} s)" if args.max_total_cpu is not None else ""
    print(f"{'total':60} {total:8.2f}{budget}{'  OVER BUDGET' if over_total else ''}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
