#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets into fuzz/corpus/<target>/ from tests/data/corpus
(objects encoded by mtcute) and the worked examples of docs/tl-binary.md §8, plus seeds of the
structured target (type index, 8-byte seed, size bounds). Rerun it when those change:

    fuzz/make_seed_corpus.py tests/data/corpus

Reproducers of past findings sit beside these files (e.g. round-trip/jsonNumber_nan) and are
kept: the script only writes its own files.
"""
import gzip
import pathlib
import struct
import sys

here = pathlib.Path(__file__).resolve().parent
shared = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else here.parent.parent / "tests" / "data" / "corpus")


def corpus(name):
    return bytes.fromhex((shared / f"{name}.hex").read_text().replace(" ", "").replace("\n", ""))


def write(target, name, data):
    folder = here / "corpus" / target
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)


def tl_bytes(data):
    head = bytes([len(data)]) if len(data) < 254 else b"\xfe" + struct.pack("<I", len(data))[:3]
    return head + data + b"\0" * (-(len(head) + len(data)) % 4)


ping = struct.pack("<Iq", 0x7ABE77EC, 7)
container = bytes.fromhex("dcf8f173010000000400000000000065010000000c000000") + ping
rpc_error = bytes.fromhex("19ca4421a40100000c464c4f4f445f574149545f35000000")
rpc_result = struct.pack("<Iq", 0xF35C6D01, 5) + rpc_error
gzipped = struct.pack("<Iq", 0xF35C6D01, 6) + struct.pack("<I", 0x3072CFA1) + tl_bytes(gzip.compress(corpus("phone_phoneCall"), mtime=0))
message = struct.pack("<qqqiI", 0x1122334455667788, 42, 0x6500000000000010, 3, len(container)) + container + b"\x5a" * 12

# Objects small enough to mutate quickly (upload_file_128k is left out: 128 KiB).
objects = ["phone_confirmCall", "phone_phoneCall", "messages_messages", "vector_updateShort_1000", "vector_long_1000"]
for name in objects:
    write("decode-any", name, corpus(name))
for name, data in [("container", container), ("rpc_result", rpc_result), ("gzip_rpc_result", gzipped), ("message", message)]:
    write("decode-any", name, data)

# round-trip: the first byte picks the type (see round_trip.cpp's list).
for index, name, data in [(0, "phone_phoneCall", corpus("phone_phoneCall")), (1, "phone_confirmCall", corpus("phone_confirmCall")),
                          (4, "messages_messages", corpus("messages_messages")), (9, "container", container),
                          (10, "rpc_result", rpc_result), (10, "gzip_rpc_result", gzipped)]:
    write("round-trip", name, bytes([index]) + data)

# structured: type index (and presence mode in the high nibble), seed, depth, vector and string bounds.
for index in range(9):
    for mode in range(3):
        write("structured", f"type{index}_mode{mode}", bytes([mode * 16 + index]) + struct.pack("<Q", 1000 + index) + bytes([4, 3, 40]))
