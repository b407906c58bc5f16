#!/usr/bin/env python3
"""Benchmarks tlcodec against its JavaScript peers, mtcute (layer 223) and GramJS (layer 198), on
the same objects, and prints a Markdown table of the medians with the ratios peer / tlcodec.

Each round runs tlcodec's Google Benchmark binary once, then peers.mjs once per peer, in an
order rotated every round, so that a slow phase of the machine does not fall on one side only.
The median over the rounds is taken per (implementation, operation, object). The peers are
installed from the lockfile (npm ci) into WORK_DIR/node; without node or npm only tlcodec runs.

  usage: run_peers.py --tlcodec-bench PATH [--rounds N] [--work-dir DIR] [--json OUT]
                      [--min-time SECONDS] [--only NAME,...] [--objects DIR,...]
"""
import argparse
import datetime
import json
import pathlib
import re
import shlex
import shutil
import statistics
import subprocess
import sys

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parent.parent
DEFAULT_OBJECT_DIRS = [REPO / "tests" / "data" / "corpus", REPO / "bench" / "data"]
sys.path.insert(0, str(REPO / "tools" / "mtcute"))
from node_install import MTCUTE_METHODS, install_node_side  # noqa: E402

NODE_FILES = [HERE / "package.json", HERE / "package-lock.json", HERE / "peers.mjs", MTCUTE_METHODS]
TITLES = {"tlcodec": "tlcodec", "mtcute": "mtcute", "gramjs": "GramJS"}
PEERS = ("mtcute", "gramjs")
NS_PER_UNIT = {"ns": 1.0, "us": 1e3, "ms": 1e6, "s": 1e9}

# One table per operation: tlcodec's benchmark compared, its extra benchmarks shown beside it,
# and the peers' operation.
TABLES = [
    ("Decode", "decode", ["decode_view"], "decode"),
    ("Encode", "encode_reused", ["encode_fresh"], "encode"),
]


# ---- running the implementations ------------------------------------------------------------

def run(command, cwd=None) -> str:
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{shlex.join(map(str, command))} failed ({done.returncode}):\n{done.stderr}")
    return done.stdout


def run_tlcodec(bench, min_time, only):
    """{(operation, object): {"ns": ..., counters}} from one run of the benchmark binary."""
    command = [bench, "--benchmark_format=json", f"--benchmark_min_time={min_time}"]
    if only:
        command.append(f"--benchmark_filter=/({'|'.join(only)})(/|$)")
    found = {}
    for entry in json.loads(run(command))["benchmarks"]:
        if entry.get("run_type", "iteration") != "iteration" or entry.get("error_occurred"):
            continue
        parts = entry["name"].split("/")
        if len(parts) < 2:  # not one of the <operation>/<object> benchmarks
            continue
        operation, name = parts[:2]
        measured = {"ns": entry["real_time"] * NS_PER_UNIT[entry.get("time_unit", "ns")]}
        if "allocs_per_op" in entry:
            measured["allocs_per_op"] = entry["allocs_per_op"]
        found[(operation, name)] = measured
    return found


def run_peer(node_dir, peer, object_dirs, min_time, only):
    """peers.mjs's JSON for one peer."""
    command = ["node", "peers.mjs", "--objects", ",".join(map(str, object_dirs)), "--peers", peer,
               "--min-ms", str(min_time * 1000)]
    if only:
        command += ["--only", ",".join(only)]
    return json.loads(run(command, cwd=node_dir))


# ---- collecting the rounds ------------------------------------------------------------------

class Measurements:
    """Samples per (implementation, operation, object), and what the peers say of their runs."""

    def __init__(self, implementations):
        self.implementations = implementations
        self.samples = {}       # (implementation, operation, object) -> [ns]
        self.allocs = {}        # (operation, object) -> tlcodec's allocations per operation
        self.peer_runs = {}     # (peer, object) -> {"bytes", "roundtrip", "notes"}
        self.packages = {}      # peer -> its packages and layer
        self.node = None

    def add_tlcodec(self, found):
        for (operation, name), measured in found.items():
            self.samples.setdefault(("tlcodec", operation, name), []).append(measured["ns"])
            if "allocs_per_op" in measured:
                self.allocs[(operation, name)] = measured["allocs_per_op"]

    def add_peer(self, answer):
        self.node = answer["node"]
        self.packages.update(answer["peers"])
        for result in answer["results"]:
            self.peer_runs[(result["peer"], result["object"])] = {
                key: result[key] for key in ("bytes", "roundtrip", "notes")}
            for operation, ns in result["ns"].items():
                self.samples.setdefault((result["peer"], operation, result["object"]), []).append(ns)

    def median(self, implementation, operation, name):
        samples = self.samples.get((implementation, operation, name))
        return statistics.median(samples) if samples else None


def measure(args, node_dir, object_dirs, only) -> Measurements:
    implementations = ["tlcodec"] + (list(PEERS) if node_dir else [])
    measurements = Measurements(implementations)
    for round_index in range(args.rounds):
        shift = round_index % len(implementations)
        order = implementations[shift:] + implementations[:shift]
        print(f"round {round_index + 1}/{args.rounds}: {', '.join(TITLES[i] for i in order)}", file=sys.stderr)
        for implementation in order:
            if implementation == "tlcodec":
                measurements.add_tlcodec(run_tlcodec(args.tlcodec_bench, args.min_time, only))
            else:
                measurements.add_peer(run_peer(node_dir, implementation, object_dirs, args.min_time, only))
    return measurements


# ---- the report -----------------------------------------------------------------------------

def cpu_model() -> str:
    try:
        lines = pathlib.Path("/proc/cpuinfo").read_text().splitlines()
    except OSError:
        return "unknown"
    models = [line.split(":", 1)[1].strip() for line in lines if line.startswith("model name")]
    count = sum(line.startswith("processor") for line in lines)
    return f"{models[0] if models else 'unknown'} ({count} logical CPUs)"


def commit() -> str:
    done = subprocess.run(["git", "-C", str(REPO), "describe", "--always", "--dirty"], capture_output=True, text=True)
    return done.stdout.strip() if done.returncode == 0 else "unknown"


def build_flags(bench_binary: pathlib.Path) -> str:
    """The compiler and optimization flags tlcodec-bench was built with (its build's
    compile_commands.json)."""
    try:
        commands = json.loads((bench_binary.resolve().parent.parent / "compile_commands.json").read_text())
        command = next(c["command"] for c in commands if c["file"].endswith("bench/main.cpp"))
    except (OSError, StopIteration, KeyError, ValueError):
        return "unknown flags"
    words = shlex.split(command)
    compiler = subprocess.run([words[0], "--version"], capture_output=True, text=True).stdout.splitlines()[:1]
    flags = [w for w in words if re.fullmatch(r"-O\w*|-g\w*|-march=.*|-DNDEBUG|-std=.*", w)]
    return f"{compiler[0] if compiler else words[0]}, {' '.join(flags)}"


def object_sizes(object_dirs, only):
    """{name: bytes} of the objects, in the table's order: smallest first."""
    sizes = {}
    for folder in object_dirs:
        for path in sorted(folder.glob("*.hex")):
            if not only or path.stem in only:
                sizes[path.stem] = len(path.read_text().strip()) // 2
    return dict(sorted(sizes.items(), key=lambda item: item[1]))


def format_ns(ns) -> str:
    return f"{ns:.2f}" if ns < 10 else f"{ns:.1f}" if ns < 100 else f"{ns:,.0f}"


def cell(ns) -> str:
    return "—" if ns is None else format_ns(ns)


def format_allocs(allocs) -> str:
    """Two decimals at most: a buffer reused across iterations shows as 0, not 7.96e-06."""
    return f"{allocs:.2f}".rstrip("0").rstrip(".")


def format_ratio(ratio) -> str:
    return f"{ratio:.2f}×" if ratio < 10 else f"{ratio:.1f}×" if ratio < 100 else f"{ratio:,.0f}×"


class Footnotes:
    """Markers [1], [2], ... for the notes, each text numbered once."""

    def __init__(self):
        self.texts = []

    def mark(self, texts) -> str:
        for text in texts:
            if text not in self.texts:
                self.texts.append(text)
        return "".join(f"[{self.texts.index(text) + 1}]" for text in texts)

    def render(self) -> str:
        return "\n".join(f"[{number}] {text}" for number, text in enumerate(self.texts, 1))


def peer_cell_notes(run_info, peer, operation):
    texts = [note["text"] for note in run_info["notes"] if operation in note["operations"]]
    if operation == "encode" and run_info["roundtrip"] is False:
        texts.append(f"{TITLES[peer]}'s re-encoding of its decoded object differs from the bytes it read")
    return texts


def table(measurements, sizes, footnotes, spec) -> str:
    title, main_op, extra_ops, peer_op = spec
    shown_extras = [op for op in extra_ops if any(("tlcodec", op, name) in measurements.samples for name in sizes)]
    peers = [peer for peer in PEERS if any((peer, name) in measurements.peer_runs for name in sizes)]

    def allocs_column(op):
        if not any((op, name) in measurements.allocs for name in sizes):
            return []
        return [("allocs/op", lambda name: format_allocs(measurements.allocs[(op, name)])
                 if (op, name) in measurements.allocs else "—")]

    def tlcodec_column(op):
        return [(f"tlcodec {op}", lambda name: cell(measurements.median("tlcodec", op, name)))] + allocs_column(op)

    def peer_columns(peer):
        def value(name):
            run_info = measurements.peer_runs.get((peer, name))
            if run_info is None:
                return "—"
            ns = measurements.median(peer, peer_op, name)
            marks = footnotes.mark(peer_cell_notes(run_info, peer, peer_op))
            return ("n/a" if ns is None else format_ns(ns)) + marks

        def ratio(name):
            ns, base = measurements.median(peer, peer_op, name), measurements.median("tlcodec", main_op, name)
            return format_ratio(ns / base) if ns is not None and base else "—"

        return [(TITLES[peer], value), (f"{TITLES[peer]} / tlcodec", ratio)]

    columns = [("object", lambda name: name), ("bytes", lambda name: f"{sizes[name]:,}")]
    columns += tlcodec_column(main_op)
    for op in shown_extras:
        columns += tlcodec_column(op)
    for peer in peers:
        columns += peer_columns(peer)
    lines = [f"### {title} (ns per operation)", "",
             "| " + " | ".join(heading for heading, _ in columns) + " |",
             "|" + "|".join(":---" if i == 0 else "---:" for i in range(len(columns))) + "|"]
    lines += ["| " + " | ".join(render(name) for _, render in columns) + " |" for name in sizes]
    return "\n".join(lines)


def roundtrip_summary(measurements) -> str:
    failed = sorted(f"{TITLES[peer]} {name}" for (peer, name), info in measurements.peer_runs.items()
                    if info["roundtrip"] is False)
    if failed:
        return "Round trips: re-encoding did NOT give the bytes back for " + ", ".join(failed) + "."
    return ("Round trips: every object that ran decodes and re-encodes to identical bytes in each peer "
            "(mtcute on the layer-223 bytes, GramJS on the bytes it reads).")


def method_line(args, implementations) -> str:
    rounds = f"{args.rounds} round{'s' if args.rounds != 1 else ''}"
    turns = (f"; a round runs {', '.join(TITLES[i] for i in implementations)} in turn (order rotated every round)"
             if len(implementations) > 1 else "")
    return (f"- Each number is the median of {rounds}, in ns per operation{turns}; each measurement takes at least "
            f"{args.min_time:g} s. tlcodec's decode builds owning objects, decode_view views into the input; "
            "encode_reused writes into a reused buffer, encode_fresh into a new one. The peers' encode writes "
            "their decoded objects to a new buffer.")


def report(args, measurements, sizes, peers_missing) -> str:
    if measurements.node:
        versions = [f"node {measurements.node}"] + [f"{TITLES[p]}: {measurements.packages[p]}" for p in PEERS]
        peers_line = f"- {'; '.join(versions)}"
    else:
        peers_line = f"- Peers: not measured ({peers_missing})"
    header = [
        "## tlcodec against mtcute and GramJS", "",
        f"- Date: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC",
        f"- CPU: {cpu_model()}",
        peers_line,
        f"- tlcodec: `{args.tlcodec_bench}` at commit {commit()}, built with {build_flags(pathlib.Path(args.tlcodec_bench))}",
        method_line(args, measurements.implementations),
        f"- Command: `{shlex.join(['python3', *sys.argv])}`",
    ]
    footnotes = Footnotes()
    tables = [table(measurements, sizes, footnotes, spec) for spec in TABLES]
    parts = ["\n".join(header), *tables]
    if measurements.peer_runs:
        parts.append(roundtrip_summary(measurements))
    if footnotes.texts:
        parts.append(footnotes.render())
    return "\n\n".join(parts) + "\n"


def merged_json(args, measurements) -> dict:
    results = []
    for (implementation, operation, name), samples in sorted(measurements.samples.items()):
        row = {"implementation": implementation, "operation": operation, "object": name,
               "ns_per_op": statistics.median(samples), "samples": samples}
        if implementation == "tlcodec" and (operation, name) in measurements.allocs:
            row["allocs_per_op"] = measurements.allocs[(operation, name)]
        elif implementation != "tlcodec":
            row.update(measurements.peer_runs[(implementation, name)])
        results.append(row)
    unavailable = [{"implementation": peer, "object": name, **info}
                   for (peer, name), info in sorted(measurements.peer_runs.items()) if info["bytes"] is None]
    return {"date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
            "cpu": cpu_model(), "node": measurements.node, "packages": measurements.packages,
            "tlcodec_commit": commit(), "rounds": args.rounds, "min_time_s": args.min_time,
            "results": results, "not_run": unavailable}


# ---- main -----------------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tlcodec-bench", required=True, type=lambda p: str(pathlib.Path(p).resolve()),
                        help="tlcodec's Google Benchmark binary (<build>/bench/tlcodec-bench)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--work-dir", type=pathlib.Path, default=pathlib.Path("/tmp/tlcodec-peers"),
                        help="where the peers are installed (WORK_DIR/node)")
    parser.add_argument("--json", type=pathlib.Path, help="also write the medians here, as JSON")
    parser.add_argument("--min-time", type=float, default=0.2, help="seconds per measurement, at least")
    parser.add_argument("--only", type=lambda s: s.split(","), help="these objects only (names, comma-separated)")
    parser.add_argument("--objects", type=lambda s: [pathlib.Path(p).resolve() for p in s.split(",")],
                        default=DEFAULT_OBJECT_DIRS, help="folders of <name>.hex objects (comma-separated)")
    args = parser.parse_args()
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if args.only and not all(re.fullmatch(r"\w+", name) for name in args.only):
        parser.error("--only takes object names: letters, digits and _")

    missing = [tool for tool in ("node", "npm") if shutil.which(tool) is None]
    peers_missing = f"{' and '.join(missing)} not found"
    if missing:
        print(f"{peers_missing}: the peers (mtcute, GramJS) are not measured, tlcodec is", file=sys.stderr)
    node_dir = None if missing else install_node_side(args.work_dir / "node", NODE_FILES)

    measurements = measure(args, node_dir, args.objects, args.only)
    print(report(args, measurements, object_sizes(args.objects, args.only), peers_missing), end="")
    if args.json:
        args.json.write_text(json.dumps(merged_json(args, measurements), indent=1) + "\n")


if __name__ == "__main__":
    main()
