#!/usr/bin/env python3
"""tl-dump, run as a user would: on the corpus (tests/data/corpus), on corrupted copies of it, on MTProto
messages (containers, gzip, unknown constructors), with each input format and --type; type expressions
(built-ins, nested vectors), what an error says of a recognised input form, memory while printing a huge
text, wire lengths with --lenient, and escaped control characters.

    tl_dump_test.py TL_DUMP CORPUS_DIR SCENARIO
        SCENARIO: corpus, corrupted, mtproto, inputs, types, type-expressions, detection, streaming,
                  lenient, escapes

The streaming scenario prints about TL_DUMP_STREAM_MB (default 320) megabytes of text.

Prints one line per failed check and exits 1 if any failed."""
import base64
import gzip
import json
import os
import pathlib
import struct
import subprocess
import sys
import tempfile

tl_dump, corpus_dir, scenario = sys.argv[1], pathlib.Path(sys.argv[2]), sys.argv[3]
failures = []
work = pathlib.Path(tempfile.mkdtemp(prefix="tl-dump-test-"))


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAILED:", what)


def run(*args, data=None):
    """Runs tl-dump with args (data, if given, on standard input)."""
    return subprocess.run([tl_dump, *args], input=data, capture_output=True, timeout=120)


def write(name, data):
    path = work / name
    path.write_bytes(data)
    return str(path)


def corpus_bytes(name):
    return bytes.fromhex((corpus_dir / f"{name}.hex").read_text().replace(" ", "").replace("\n", ""))


def manifest():
    return json.loads((corpus_dir / "MANIFEST.json").read_text())["objects"]


def expect_error(result, what, errc=None):
    """Exit status 1 and one message: errc, byte offset, a hex window with a caret."""
    err = result.stderr.decode()
    check(result.returncode == 1, f"{what}: exit status {result.returncode}, expected 1 ({err.strip()[:200]})")
    check(result.stdout == b"", f"{what}: nothing on standard output")
    check("errc::" in err and " at offset " in err and "^^" in err, f"{what}: message with errc, offset, window: {err!r}")
    if errc:
        check(f"errc::{errc})" in err, f"{what}: errc::{errc} expected in {err.splitlines()[0] if err else err!r}")
    return err


def tl_string(data):
    """A TL bytes value: length prefix, data, zero padding."""
    head = bytes([len(data)]) if len(data) < 254 else b"\xfe" + struct.pack("<I", len(data))[:3]
    out = head + data
    return out + b"\0" * (-len(out) % 4)


def message(msg_id, seqno, body):
    return struct.pack("<qiI", msg_id, seqno, len(body)) + body


def container(*messages):
    return struct.pack("<II", 0x73F1F8DC, len(messages)) + b"".join(messages)


def gzip_packed(content):
    return struct.pack("<I", 0x3072CFA1) + tl_string(gzip.compress(content))


def decrypted(body, padding=16):
    """salt, session_id, msg_id, seq_no, length, body, padding (a decrypted MTProto 2.0 payload)."""
    return struct.pack("<qqqiI", 0x1122334455667788, 42, 0x6500000000000010, 3, len(body)) + body + b"\x5a" * padding


def unencrypted(body):
    return struct.pack("<qqI", 0, 0x6500000000000020, len(body)) + body


PING7 = struct.pack("<Iq", 0x7ABE77EC, 7)
PONG = struct.pack("<Iqq", 0x347773C5, 100, 7)


def scenario_corpus():
    for entry in manifest():
        name = entry["name"]
        result = run(str(corpus_dir / f"{name}.hex"))
        out = result.stdout.decode()
        check(result.returncode == 0, f"{name}: exit status {result.returncode}: {result.stderr.decode()[:300]}")
        for constructor in entry["constructors"]:
            check(f"{constructor['name']} {{" in out, f"{name}: {constructor['name']} printed")
        doc = json.loads((corpus_dir / f"{name}.json").read_text())["object"]
        if doc.get("_") == "vector" and doc.get("of") == "long":
            items = doc["items"]
            check(out.split() == ["["] + [str(int(x)) for x in items] + ["]"], f"{name}: every long, in order")


def corruptions(name, data):
    yield "truncated by 4 bytes", data[:-4]
    yield "truncated to half", data[: len(data) // 2 // 4 * 4]
    yield "one byte", data[:1]
    yield "flipped id", bytes([data[0] ^ 0x01]) + data[1:]
    yield "trailing bytes", data + b"\0\0\0\0"
    vector_at = data.find(struct.pack("<I", 0x1CB5C415))
    if vector_at >= 0:  # the first vector's count grows past what the bytes hold
        count = struct.unpack_from("<I", data, vector_at + 4)[0]
        yield "bad vector count", data[: vector_at + 4] + struct.pack("<I", count + 1000000) + data[vector_at + 8 :]
    for prefix in (b"\xfe\x00\x01\x00", b"\xfe\x00\x00\x02"):  # g_a (256 bytes), a 128 KiB file part
        at = data.find(prefix)
        if at >= 0:  # the bytes value claims 64 KiB more than it has
            yield "bad bytes length", data[: at + 2] + bytes([data[at + 2] + 1]) + data[at + 3 :]


def scenario_corrupted():
    for entry in manifest():
        name = entry["name"]
        for what, data in corruptions(name, corpus_bytes(name)):
            expect_error(run(write(f"{name}.bin", data.hex().encode())), f"{name} {what}")
    # An inner constructor id flipped: the error names the constructor being decoded.
    call = bytearray(corpus_bytes("phone_confirmCall"))
    call[4] ^= 0xFF  # inputPhoneCall's id
    err = expect_error(run("--hex", write("inner.hex", call.hex().encode())), "inner id", "unexpected_constructor")
    check("at offset 4 (in constructor #2efe1722)" in err, f"inner id: offset and constructor: {err!r}")
    # A Vector of boxed values with one bad element: reported at that element.
    updates = bytearray(corpus_bytes("vector_updateShort_1000"))
    element_500 = 8 + 500 * 28
    updates[element_500] ^= 0xFF
    err = expect_error(run(write("v.hex", updates.hex().encode())), "vector element id", "unexpected_constructor")
    check(f"at offset {element_500}" in err, f"vector element: offset {element_500}: {err.splitlines()[0]!r}")
    cut = corpus_bytes("vector_updateShort_1000")[:-4]
    expect_error(run(write("vcut.hex", cut.hex().encode())), "vector cut", "truncated")


def scenario_mtproto():
    spec_container = bytes.fromhex("dcf8f173010000000400000000000065010000000c000000ec77be7a0700000000000000")
    result = run("--mtproto", write("c.hex", decrypted(spec_container).hex().encode()))
    out = result.stdout.decode()
    check(result.returncode == 0, f"spec container: exit {result.returncode} {result.stderr.decode()}")
    check(out.startswith("decrypted_message {\n  salt: 1234605616436508552\n  session_id: 42\n"), f"header: {out[:120]!r}")
    check("  body: msg_container {" in out and "ping_id: 7" in out, "the container's ping")
    check("padding_bytes: 16" in out, "the padding reported")

    unknown = struct.pack("<III", 0x0BADF00D, 1, 2)
    rpc = struct.pack("<Iq", 0xF35C6D01, 0x6500000000000004) + gzip_packed(PONG)
    mixed = container(message(1, 1, PING7), message(2, 3, unknown), message(3, 5, rpc))
    result = run("--mtproto", write("mixed.hex", unencrypted(mixed).hex().encode()))
    out = result.stdout.decode()
    check(result.returncode == 0, f"unknown inside a container: exit {result.returncode} {result.stderr.decode()}")
    check(out.startswith("unencrypted_message {\n  auth_key_id: 0\n"), "unencrypted header")
    check("opaque#0badf00d bytes[8] 0100000002000000" in out, "the unknown body as opaque with its id")
    check("ping_id: 7" in out and "unpacked: pong {" in out, "the other messages decoded, gzip unpacked")

    # An unencrypted message has no padding: bytes after its body are an error (shown with --lenient).
    extra = write("extra.hex", (unencrypted(PING7) + b"\0" * 4).hex().encode())
    expect_error(run("--mtproto", extra), "bytes after an unencrypted body", "trailing_bytes")
    lenient = run("--mtproto", "--lenient", extra)
    check(lenient.returncode == 0 and b"padding_bytes: 4" in lenient.stdout, f"--lenient shows them: {lenient.stdout[-80:]!r}")

    bad_length = container(message(1, 1, PING7 + b"\0\0\0\0"))
    expect_error(run("--mtproto", write("len.hex", decrypted(bad_length).hex().encode())), "body length", "body_length_mismatch")
    nested = container(message(1, 1, PING7), message(2, 1, container(message(3, 1, PING7))))
    expect_error(run("--mtproto", write("nest.hex", decrypted(nested).hex().encode())), "nested container", "nested_container")
    too_many = struct.pack("<II", 0x73F1F8DC, 1025) + message(1, 1, PING7) * 1025
    expect_error(run("--mtproto", write("many.hex", decrypted(too_many).hex().encode())), "1025 messages", "too_many_messages")
    bomb = struct.pack("<Iq", 0xF35C6D01, 1) + gzip_packed(b"\0" * (17 << 20))
    expect_error(run("--mtproto", write("bomb.hex", decrypted(bomb).hex().encode())), "gzip bomb", "gzip_too_large")
    double = struct.pack("<Iq", 0xF35C6D01, 1) + gzip_packed(gzip_packed(PONG))
    expect_error(run("--mtproto", write("double.hex", decrypted(double).hex().encode())), "gzip in gzip", "nested_gzip")
    short = decrypted(spec_container)[:30]
    expect_error(run("--mtproto", write("short.hex", short.hex().encode())), "header cut", "truncated")


def scenario_inputs():
    data = corpus_bytes("phone_confirmCall")
    expected = run(str(corpus_dir / "phone_confirmCall.hex"))
    check(expected.returncode == 0 and expected.stdout.startswith(b"phone.confirmCall {"), "hex file")
    spaced = " ".join(f"{b:02x}" for b in data).encode()
    for what, args, stdin in [
        ("raw file", [write("raw.bin", data)], None),
        ("raw flag", ["--raw", write("raw2.bin", data)], None),
        ("base64 file", [write("b64.txt", base64.b64encode(data))], None),
        ("base64 flag on stdin", ["--base64", "-"], base64.b64encode(data) + b"\n"),
        ("spaced hex on stdin", [], spaced),
        ("hex flag", ["--hex", write("h.txt", data.hex().encode())], None),
    ]:
        result = run(*args, data=stdin)
        check(result.returncode == 0 and result.stdout == expected.stdout, f"{what}: same output as the hex file")
    result = run("--hex", write("odd.txt", b"abc"))
    check(result.returncode == 2 and b"not valid hex" in result.stderr, "odd hex digits: usage error")
    result = run(write("odd2.txt", data.hex().encode()[:-1]))
    check(result.returncode == 2 and b"not valid hex" in result.stderr, "odd hex digits, detected: not read as base64")
    check(run(str(work)).returncode == 2, "a directory: exit 2")
    check(run("/nonexistent/file").returncode == 2, "missing file: exit 2")
    check(run("--bogus").returncode == 2, "unknown option: exit 2")


def scenario_types():
    call = str(corpus_dir / "phone_phoneCall.hex")
    result = run("--type", "phone.PhoneCall", call)
    check(result.returncode == 0 and result.stdout.startswith(b"phone.phoneCall {"), "--type phone.PhoneCall")
    check(run("--type", "phone.phoneCall", call).returncode == 0, "--type phone.phoneCall")
    expect_error(run("--type", "phone.PhoneCall", str(corpus_dir / "phone_confirmCall.hex")), "--type mismatch",
                 "unexpected_constructor")
    check(run("--type", "phone.confirmCall", str(corpus_dir / "phone_confirmCall.hex")).returncode == 0, "--type a function")
    check(run("--type", "Object", call).returncode == 0, "--type Object: any boxed value")
    check(run("--type", "NoSuchType", call).returncode == 2, "--type unknown name: exit 2")
    longs = run("--type", "Vector<long>", str(corpus_dir / "vector_long_1000.hex"))
    check(longs.returncode == 0 and longs.stdout.count(b"\n") == 1002, "--type Vector<long>")
    updates = run("--type", "Vector<Updates>", str(corpus_dir / "vector_updateShort_1000.hex"))
    check(updates.returncode == 0 and updates.stdout.count(b"updateShort {") == 1000, "--type Vector<Updates>")
    expect_error(run("--type", "Vector<User>", str(corpus_dir / "vector_updateShort_1000.hex")), "--type Vector<User>",
                 "unexpected_constructor")
    ints = run("--type", "Vector<int>", str(corpus_dir / "vector_long_1000.hex"))
    expect_error(ints, "Vector<int> of longs leaves bytes", "trailing_bytes")


def expect_text(args, data, expected, what):
    """tl-dump on data (raw bytes, from a file) prints exactly expected."""
    result = run("--raw", *args, write("value.bin", data))
    out = result.stdout.decode(errors="replace")
    check(result.returncode == 0, f"{what}: exit status {result.returncode}: {result.stderr.decode()[:300]}")
    check(out == expected + "\n", f"{what}: printed {out[:300]!r}, expected {expected[:300]!r}")


def vector(items, boxed=True):
    return (struct.pack("<I", VECTOR) if boxed else b"") + struct.pack("<I", len(items)) + b"".join(items)


def nested_lists(depth, leaf, indent=0):
    """The text of depth lists, one inside the other, of one element each, leaf in the innermost."""
    if depth == 0:
        return leaf
    inner = nested_lists(depth - 1, leaf, indent + 1)
    return "[\n" + "  " * (indent + 1) + inner + "\n" + "  " * indent + "]"


VECTOR = 0x1CB5C415
BOOL_TRUE, BOOL_FALSE = 0x997275B5, 0xBC799737


def scenario_type_expressions():
    # Every built-in on its own.
    for type_, data, expected in [
        ("int", struct.pack("<i", -5), "-5"),
        ("long", struct.pack("<q", -(2**63)), str(-(2**63))),
        ("double", struct.pack("<d", 0.5), "0.5"),
        ("int128", bytes(range(16)), bytes(range(16)).hex()),
        ("int256", bytes(range(32)), bytes(range(32)).hex()),
        ("string", tl_string(b"hello world"), '"hello world"'),
        ("bytes", tl_string(b"\x01\x02\xff"), "bytes[3] 0102ff"),
        ("Bool", struct.pack("<I", BOOL_TRUE), "true"),
        ("#", struct.pack("<I", 0xFFFFFFFF), "4294967295"),
    ]:
        expect_text(["--type", type_], data, expected, f"--type {type_}")
    expect_error(run("--raw", "--type", "Bool", write("b.bin", struct.pack("<I", 7))), "--type Bool, not a Bool",
                 "invalid_bool_id")
    expect_error(run("--raw", "--type", "string", write("s.bin", b"\x05ab")), "--type string cut short", "truncated")
    expect_error(run("--raw", "--type", "long", write("l.bin", struct.pack("<q", 1) + b"\0" * 4)),
                 "--type long, bytes left", "trailing_bytes")

    # Vectors: Vector<T> boxed, vector<T> bare, nested either way.
    longs = [struct.pack("<q", 1), struct.pack("<q", -2)]
    expect_text(["--type", "Vector<Vector<long>>"], vector([vector(longs), vector([])]),
                "[\n  [\n    1\n    -2\n  ]\n  []\n]", "Vector<Vector<long>>")
    expect_text(["--type", "vector<string>"], vector([tl_string(b"a"), tl_string(b"bc")], boxed=False),
                '[\n  "a"\n  "bc"\n]', "vector<string>")
    expect_text(["--type", "vector<vector<Bool>>"],
                vector([vector([struct.pack("<I", BOOL_TRUE), struct.pack("<I", BOOL_FALSE)], boxed=False)], boxed=False),
                "[\n  [\n    true\n    false\n  ]\n]", "vector<vector<Bool>>")
    expect_text(["--type", " Vector < vector<bytes> > "], vector([vector([tl_string(b"\xab")], boxed=False)]),
                "[\n  [\n    bytes[1] ab\n  ]\n]", "spaces between tokens")
    expect_text(["--type", "Vector<int128>"], vector([bytes(16)]), "[\n  " + "00" * 16 + "\n]", "Vector<int128>")
    deep = struct.pack("<i", 7)
    for _ in range(20):
        deep = vector([deep])
    expect_text(["--type", "Vector<" * 20 + "int" + ">" * 20], deep, nested_lists(20, "7"), "20 nested Vectors")
    # A bare vector of boxed values; boxed values inside nested vectors.
    updates = corpus_bytes("vector_updateShort_1000")
    result = run("--raw", "--type", "vector<Updates>", write("u.bin", updates[4:]))
    check(result.returncode == 0 and result.stdout.count(b"updateShort {") == 1000, "--type vector<Updates>")
    ping = struct.pack("<Iq", 0x7ABE77EC, 7)
    expect_text(["--type", "Vector<vector<Object>>"], vector([vector([ping], boxed=False)]),
                "[\n  [\n    ping {\n      ping_id: 7\n    }\n  ]\n]", "Vector<vector<Object>>")
    # The wrong shape: a bare vector read as a boxed one, a count past the bytes, a bad element.
    expect_error(run("--raw", "--type", "Vector<long>", write("v1.bin", vector(longs, boxed=False))),
                 "Vector<long> without its id", "invalid_vector_id")
    expect_error(run("--raw", "--type", "vector<long>", write("v2.bin", struct.pack("<I", 3) + b"".join(longs))),
                 "vector<long> count past the bytes", "invalid_count")
    expect_error(run("--raw", "--type", "Vector<Vector<long>>", write("v3.bin", vector([vector(longs), b"\0" * 8]))),
                 "Vector<Vector<long>> with a bad inner id", "invalid_vector_id")

    # Expressions that are not types: exit 2, saying what is wrong, before any input is read.
    for bad, says in [("Vector<long", "'>' expected"), ("Vector<>", "a type expected"), ("vector", "'<' expected"),
                      ("Vector<long>>", "nothing more expected"), ("int int", "nothing more expected"),
                      ("Vector<NoSuchType>", "no constructor, function or type named NoSuchType"),
                      ("Vector<" * 65 + "int" + ">" * 65, "nested too deep"), ("", "a type expected")]:
        result = run("--type", bad, "/nonexistent/file")
        err = result.stderr.decode()
        check(result.returncode == 2 and "--type" in err and says in err, f"--type {bad[:30]!r}: exit 2, {says!r}: {err!r}")


def scenario_detection():
    """An error on a recognised input says which form it was read as, and which flags force another."""
    for what, data, form, others in [
        ("text that is base64", b"hello world\n", "base64", "--hex or --raw"),
        ("hex", b"de ad be ef\n", "hex", "--base64 or --raw"),
        ("binary", b"\x01\x02\x03\x04", "raw", "--hex or --base64"),
    ]:
        result = run(data=data)
        err = result.stderr.decode()
        check(result.returncode == 1 and "errc::" in err, f"{what}: malformed input, exit 1: {err!r}")
        check(f"read as {form} (recognised, not chosen by a flag); {others} reads it as another form" in err,
              f"{what}: the form assumed and how to force another: {err!r}")
    result = run(data=b"abc")
    err = result.stderr.decode()
    check(result.returncode == 2 and "not valid hex" in err and "--base64 or --raw" in err, f"odd hex: {err!r}")
    for flag in ("--base64", "--raw"):
        err = run(flag, data=b"hello world\n").stderr.decode()
        check("errc::" in err and "recognised" not in err, f"{flag}: the form was chosen, nothing to say of it: {err!r}")
    # Forcing the other form reads what detection did not: base64 that uses hex digits only.
    text = b"ABCDEF"
    value = base64.b64decode(text + b"==")
    check(run("--type", "int", data=text).returncode != 0, "base64 of hex digits only is taken for hex")
    forced = run("--base64", "--type", "int", data=text)
    check(forced.returncode == 0 and forced.stdout == b"%d\n" % struct.unpack("<i", value)[0], "--base64 forces it")


def deep_query(ints, wrappers=60):
    """gzip_packed of messages.deleteMessages (ids: ints of -2^31) inside wrappers invokeWithoutUpdates: each
    4-byte id prints as a line of about 2 * wrappers spaces and 11 digits, and it all packs to a few KB."""
    head = struct.pack("<I", 0xBF9459B7) * wrappers + struct.pack("<IIII", 0xE58E95D2, 0, VECTOR, ints)
    return gzip_packed(head + struct.pack("<i", -(2**31)) * ints)


def peak_rss_mb(pid):
    """The peak resident memory of a running process so far (VmHWM), in MB; 0 once it has exited. (Its
    ru_maxrss would also count this script's own peak, which a child inherits at fork.)"""
    try:
        status = pathlib.Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    hwm = [line.split()[1] for line in status.splitlines() if line.startswith("VmHWM:")]
    return int(hwm[0]) / 1024 if hwm else 0


def stream_through(path):
    """Runs tl-dump on path, reading its output as it comes and discarding it: (exit status, bytes of text,
    lines, the last bytes, tl-dump's peak memory in MB)."""
    # ASan keeps freed memory in quarantine (256 MB by default), resident: the bound is on tl-dump's own.
    env = dict(os.environ, ASAN_OPTIONS=os.environ.get("ASAN_OPTIONS", "") + ":quarantine_size_mb=0")
    with open(work / "stream.err", "wb") as err:
        proc = subprocess.Popen([tl_dump, "--raw", path], stdout=subprocess.PIPE, stderr=err, env=env)
        size = lines = 0
        peak_mb = 0.0
        last = b""
        while chunk := proc.stdout.read(1 << 20):
            size, lines, last = size + len(chunk), lines + chunk.count(b"\n"), chunk[-100:]
            peak_mb = max(peak_mb, peak_rss_mb(proc.pid))
        proc.wait()
    check(proc.returncode == 0, f"{path}: exit status {proc.returncode}: {(work / 'stream.err').read_bytes()[:300]!r}")
    return size, lines, last, peak_mb


def scenario_streaming():
    """The text goes out as it is made. Two inputs decode to the same values, but one nests them 60 levels
    deep and prints hundreds of MB more text (its indentation): tl-dump's peak memory must not grow with
    the text (it held the whole text before). A difference, so that what the decoded values and a
    sanitizer's own memory take, the same in both runs, does not count."""
    small = run("--raw", write("small.bin", deep_query(2)))
    check(small.returncode == 0, f"small: exit status {small.returncode}: {small.stderr.decode()[:300]}")
    int_lines = [line for line in small.stdout.split(b"\n") if line.endswith(b"-2147483648")]
    check(len(int_lines) == 2, f"small: the two ints printed: {small.stdout[-300:]!r}")
    target = int(os.environ.get("TL_DUMP_STREAM_MB", "320")) << 20
    ints = target // (len(int_lines[0]) + 1) + 1
    deep = write("deep.bin", deep_query(ints))
    size, lines, last, peak_mb = stream_through(deep)
    shallow_size, _, _, shallow_peak_mb = stream_through(write("shallow.bin", deep_query(ints, wrappers=1)))
    print(f"streaming: {os.path.getsize(deep)} input bytes, {size / 2**20:.0f} MB of text, peak RSS {peak_mb:.1f} MB; "
          f"the same values unnested: {shallow_size / 2**20:.0f} MB of text, peak RSS {shallow_peak_mb:.1f} MB")
    check(size >= target, f"big: {size} bytes of text, expected {target} at least")
    check(lines == small.stdout.count(b"\n") - 2 + ints, f"big: {lines} lines, expected every int on its own")
    check(last == small.stdout[-len(last) :], "big: ends as small does")
    extra_text_mb, extra_peak_mb = (size - shallow_size) / 2**20, peak_mb - shallow_peak_mb
    check(extra_text_mb > 200 and extra_peak_mb < 32,
          f"{extra_text_mb:.0f} MB more text took {extra_peak_mb:.1f} MB more memory, expected < 32 MB")


FLOOD = struct.pack("<Ii", 0x2144CA19, 420) + b"\xfe\x05\x00\x00FLOOD\0\0\0"  # rpc_error, a 0xFE prefix for 5 bytes
RPC = struct.pack("<Iq", 0xF35C6D01, 5) + FLOOD  # 32 bytes on the wire, 28 re-encoded


def scenario_lenient():
    """--lenient accepts a non-canonical string length; the message length and a container message's `bytes`
    print as they are on the wire, not as the body re-encodes."""
    for what, args, data, expected in [
        ("message", ["--mtproto"], decrypted(RPC), ["\n  length: 32\n"]),
        ("unencrypted message", ["--mtproto"], unencrypted(RPC), ["\n  length: 32\n"]),
        ("container", ["--mtproto"], decrypted(container(message(1, 1, RPC), message(2, 3, PING7))),
         ["\n  length: 84\n", "\n        seqno: 1\n        bytes: 32\n", "\n        seqno: 3\n        bytes: 12\n"]),
        ("container, no --mtproto", [], container(message(1, 1, RPC)), ["\n      bytes: 32\n      body: rpc_result {"]),
    ]:
        path = write("lenient.hex", data.hex().encode())
        expect_error(run(*args, path), f"{what}, strict", "non_canonical_length")
        result = run(*args, "--lenient", path)
        out = result.stdout.decode()
        check(result.returncode == 0, f"{what}: exit status {result.returncode}: {result.stderr.decode()[:300]}")
        check('error_message: "FLOOD"' in out, f"{what}: the string read")
        for text in expected:
            check(text in out, f"{what}: {text.strip()!r} printed: {out!r}")
    result = run("--mtproto", write("c.hex", decrypted(container(message(1, 1, PING7))).hex().encode()))
    check(result.returncode == 0 and b"\n        bytes: 12\n        body: ping {" in result.stdout,
          f"a container message's bytes, strict: {result.stdout!r}")


def scenario_escapes():
    """No control character of a string reaches the terminal: C0 and DEL print as \\x1b, C1 (U+0080 to U+009F)
    as \\u0085, a byte outside well-formed UTF-8 as \\x9b (C1 to an 8-bit terminal); other UTF-8 as it is."""
    raw = b"a\x1b[31mb\x7fc\xc2\x85d\xc2\x9b2Je\x9bf\xc0\xafg\xc3\xa9\xf0\x9f\x98\x80\xc2\xa0\x00\"\\\n\t"
    expected = '"a\\x1b[31mb\\x7fc\\u0085d\\u009b2Je\\x9bf\\xc0\\xafg\u00e9\U0001F600\u00a0\\x00\\"\\\\\\n\\t"'
    for what, args, data in [
        ("--type string", ["--type", "string"], tl_string(raw)),
        ("a string field", [], struct.pack("<Ii", 0x2144CA19, 400) + tl_string(raw)),
        ("in a vector", ["--type", "vector<string>"], struct.pack("<I", 1) + tl_string(raw)),
    ]:
        result = run("--raw", *args, write("e.bin", data))
        out = result.stdout
        check(result.returncode == 0, f"{what}: exit status {result.returncode}: {result.stderr.decode()[:300]}")
        check(expected.encode() in out, f"{what}: {out!r}, expected {expected!r} in it")
        check(all(b >= 0x20 or b == 0x0A for b in out) and 0x7F not in out, f"{what}: no C0 or DEL byte: {out!r}")
        text = out.decode("utf-8", errors="replace")
        check("\ufffd" not in text, f"{what}: well-formed UTF-8: {out!r}")
        check(not any(0x80 <= ord(ch) <= 0x9F for ch in text), f"{what}: no C1 character: {out!r}")


{"corpus": scenario_corpus, "corrupted": scenario_corrupted, "mtproto": scenario_mtproto,
 "inputs": scenario_inputs, "types": scenario_types, "type-expressions": scenario_type_expressions,
 "detection": scenario_detection, "streaming": scenario_streaming, "lenient": scenario_lenient,
 "escapes": scenario_escapes}[scenario]()
print(f"{scenario}: {len(failures)} failed check(s)")
sys.exit(1 if failures else 0)
