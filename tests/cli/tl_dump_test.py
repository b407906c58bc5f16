#!/usr/bin/env python3
"""tl-dump, run as a user would: on the shared corpus, on corrupted copies of it, on MTProto
messages (containers, gzip, unknown constructors), with each input format and --type.

    tl_dump_test.py TL_DUMP CORPUS_DIR SCENARIO     (SCENARIO: corpus, corrupted, mtproto, inputs, types)

Prints one line per failed check and exits 1 if any failed."""
import base64
import gzip
import json
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


{"corpus": scenario_corpus, "corrupted": scenario_corrupted, "mtproto": scenario_mtproto,
 "inputs": scenario_inputs, "types": scenario_types}[scenario]()
print(f"{scenario}: {len(failures)} failed check(s)")
sys.exit(1 if failures else 0)
