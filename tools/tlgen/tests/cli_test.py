#!/usr/bin/env python3
"""tlgen as a user runs it: each error is one line with exit status 1 (2 for a bad command line),
a user's schema, generated into its own namespace and include prefix, compiles and round-trips,
and the regeneration check of tlcodec's own schemas passes in a copy of the project elsewhere.

    cli_test.py TLGEN SOURCE_ROOT CXX...     (SOURCE_ROOT: tlcodec's folder; CXX: the compiler command)

Prints one line per failed check and exits 1 if any failed."""
import pathlib
import shlex
import shutil
import subprocess
import sys
import tempfile

# Absolute: some checks run tlgen from the folder of the files it generated.
tlgen, source_root, cxx = str(pathlib.Path(sys.argv[1]).resolve()), pathlib.Path(sys.argv[2]), sys.argv[3:]
include_dir = source_root / "include"
failures = []
work = pathlib.Path(tempfile.mkdtemp(prefix="tlgen-cli-test-"))


def check(condition, what):
    if not condition:
        failures.append(what)
        print("FAILED:", what)


def run(*args):
    return subprocess.run([tlgen, *map(str, args)], capture_output=True, text=True, timeout=60)


def write(name, text):
    path = work / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def finish():
    if not failures:
        shutil.rmtree(work)
    print(f"{len(failures)} failed" if failures else "all tlgen CLI checks passed")
    sys.exit(1 if failures else 0)


def expect_error(args, status, message):
    """Exit status `status`, nothing on standard output, and exactly one line on standard error
    that starts with `message`."""
    result = run(*args)
    what = f"tlgen {shlex.join(map(str, args))}"
    check(result.returncode == status, f"{what}: exit status {result.returncode}, expected {status}")
    check(result.stdout == "", f"{what}: nothing on standard output, got {result.stdout!r}")
    lines = result.stderr.splitlines()
    check(len(lines) == 1 and result.stderr.endswith("\n"), f"{what}: one line on standard error, got {result.stderr!r}")
    check(result.stderr.startswith(message), f"{what}: message {result.stderr.strip()!r}, expected {message!r}...")


# ---- errors -------------------------------------------------------------------------------------

good = write("good.tl", "ok x:int = Ok;\n")
out = work / "out"
common = ["--name", "t", "--out", out]
missing = work / "missing"

expect_error([*common, "--errors", missing / "errors.tsv", good], 1, f"{missing}/errors.tsv: cannot open file")
expect_error([*common, "--layer-file", missing / "LAYER", good], 1, f"{missing}/LAYER: cannot open file")
bad_layer = write("LAYER.bad", "\n abc\n")
expect_error([*common, "--layer-file", bad_layer, good], 1,
             f"{bad_layer}:2:2: expected the layer number (a positive integer), found 'abc'")
bad_errors = write("errors.bad.tsv", "method\tcode\tname\nok\tfour\tOK_BAD\n")
expect_error([*common, "--errors", bad_errors, good], 1, f"{bad_errors}:2:4: the error code 'four' is not a number")
expect_error([*common, missing / "schema.tl"], 1, f"{missing}/schema.tl: cannot open file")
expect_error([*common, work], 1, f"{work}: cannot open file")
syntax = write("syntax.tl", "ok x:int = Ok;\nbad x:int Bad;\n")
expect_error([*common, syntax], 1, f"{syntax}:2:11: expected 'name:Type' or '=' but found 'Bad'")
undefined = write("undefined.tl", "ok x:Missing = Ok;\n")
expect_error([*common, undefined], 1, f"{undefined}:1:6: type 'Missing' is referenced but never defined")
reserved = write("reserved.tl", "ok x__y:int = Ok;\n")
expect_error([*common, reserved], 1, f"{reserved}:1:4: 'x__y' is reserved in C++")
clash = write("clash.tl", "ok tl_type:int tl_type_:int = Ok;\n")
expect_error([*common, clash], 1, f"{clash}:1:16: field 'tl_type_' of 'ok' becomes 'tl_type_' in C++")
not_a_folder = write("file-not-folder", "")
expect_error(["--name", "t", "--out", not_a_folder / "sub", good], 1, "tlgen: ")

expect_error([*common, "--codec-chunks", "abc", good], 2, "tlgen: --codec-chunks 'abc' is not a positive number")
expect_error([*common, "--registry-chunks", "0", good], 2, "tlgen: --registry-chunks '0' is not a positive number")
expect_error(["--name", "my-schema", "--out", out, good], 2, "tlgen: --name 'my-schema' is not a C++ identifier")
expect_error([*common, "--namespace", "acme::class", good], 2,
             "tlgen: --namespace 'acme::class': 'class' is a C++ keyword")
expect_error([*common, "--include-prefix", "/abs/path", good], 2, "tlgen: --include-prefix '/abs/path' is not")
expect_error([*common, "--bogus", good], 2, "tlgen: unknown option --bogus")
expect_error([*common, good, "--errors"], 2, "tlgen: --errors needs a value")
expect_error(["--name", "t", good], 2, "tlgen: --name, --out and a schema file are required")
check(not out.exists(), "no output after errors")

result = run("--help")
check(result.returncode == 0 and "--include-prefix" in result.stdout and result.stderr == "", "tlgen --help")

# ---- a user's schema ----------------------------------------------------------------------------

project = work / "project"
schema = write("project/schema/acme.tl", """// The acme wire protocol.
user id:long name:string tl_type:int class:int = User;
userEmpty id:long = User;
message flags:# out:flags.1?true from:flags.0?User text:string tl_fixed_size:flags.2?int = Message;
messages list:Vector<Message> users:Vector<User> = Messages;
note.pinned flags:# silent:flags.0?true body:string = note.Pinned;
---functions---
getMessages ids:Vector<int> = Messages;
""")
write("project/schema/LAYER", "7\n")
write("project/schema/errors.tsv", "method\tcode\tname\ngetMessages\t400\tIDS_INVALID\n")
headers = project / "include/acme/wire"
generate = ["--name", "wire", "--namespace", "acme::wire", "--include-prefix", "acme/wire", "--out", headers,
            "--codecs-out", project / "src/wire", "--codec-chunks", "2", "--registry-chunks", "1",
            "--layer-file", project / "schema/LAYER", "--errors", project / "schema/errors.tsv", schema]
result = run(*generate)
check(result.returncode == 0, f"generating the user's schema: {result.stderr.strip()}")
if result.returncode != 0:
    finish()

fwd = (headers / "fwd.hpp").read_text()
hint = ("tlgen --name wire --namespace acme::wire --include-prefix acme/wire --out . --codecs-out ../../../src/wire "
        "--codec-chunks 2 --registry-chunks 1 --layer-file ../../../schema/LAYER --errors ../../../schema/errors.tsv "
        "../../../schema/acme.tl   (run in the --out folder, wire/)")
check(fwd.splitlines()[1] == "// Regenerate with: " + hint, f"the banner's regenerate hint: {fwd.splitlines()[1]!r}")
# Every generated file of the folder, those in types/ and functions/ too, gives that same line.
for name in ("types/User.hpp", "functions/getMessages.hpp"):
    line = (headers / name).read_text().splitlines()[1]
    check(line == fwd.splitlines()[1], f"the banner of {name}: {line!r}")
check("namespace acme::wire::basic {" in fwd and "tlcodec::wire" not in fwd, "the user's namespace")
check("#include <acme/wire/fwd.hpp>" in (headers / "types/User.hpp").read_text(), "the user's include prefix")


def regenerate_check(folder):
    """Runs the banner's command, with --check, where it says: it finds nothing to change."""
    banner = (folder / "fwd.hpp").read_text().splitlines()[1].removeprefix("// Regenerate with: ")
    command, where = banner.split("   (run in the --out folder, ")
    check(where == folder.name + "/)", f"the banner names the folder to run in: {where!r}")
    args = shlex.split(command)
    result = subprocess.run([tlgen, *args[1:], "--check"], capture_output=True, text=True, timeout=60, cwd=folder)
    check(result.returncode == 0, f"the banner's command in {folder}: {result.stderr.strip()}")


regenerate_check(headers)
# The same project cloned elsewhere: its generated files are still those tlgen writes there.
moved = work / "elsewhere/clone"
shutil.copytree(project, moved)
regenerate_check(moved / "include/acme/wire")

program = write("roundtrip.cpp", """
#include <acme/wire/all.hpp>
#include <tlcodec/decode.hpp>
#include <tlcodec/encode.hpp>

namespace wire = acme::wire;

int main() {
  static_assert(wire::layer == 7);
  static_assert(wire::user::tl_field_names[2] == "tl_type");
  static_assert(wire::user::tl_type == "User");
  static_assert(wire::getMessages::tl_errors.size() == 1);

  wire::user alice;
  alice.id = 1;
  alice.name = "alice";
  alice.tl_type_ = 42;
  alice.class_ = 3;
  wire::message hello;
  hello.out = true;
  hello.from = wire::User(alice);
  hello.text = "hello";
  hello.tl_fixed_size_ = 8;
  wire::messages all;
  all.list.push_back(hello);
  all.list.push_back(wire::message{});
  all.users.push_back(wire::User(alice));
  all.users.push_back(wire::User(wire::userEmpty{}));

  const auto bytes = tlcodec::encode(all);
  if (!bytes) return 1;
  const auto back = tlcodec::decode<wire::Messages>(bytes.value());
  if (!back || !(back.value() == all)) return 2;
  const wire::user* first = back.value().users[0].get_if<wire::user>();
  if (!first || first->tl_type_ != 42 || first->class_ != 3) return 3;

  wire::note::pinned note;
  note.silent = true;
  note.body = "pinned";
  const auto note_bytes = tlcodec::encode(note);
  if (!note_bytes || !(tlcodec::decode<wire::note::Pinned>(note_bytes.value()).value() == note)) return 4;

  wire::getMessages request;
  request.ids = {1, 2, 3};
  const auto request_bytes = tlcodec::encode(request);
  if (!request_bytes || !(tlcodec::decode<wire::getMessages>(request_bytes.value()).value() == request)) return 5;
  return 0;
}
""")
binary = work / "roundtrip"
compiled = subprocess.run([*cxx, "-std=c++20", "-Wall", "-Wextra", "-Wpedantic", "-I", project / "include",
                           "-I", include_dir, program, "-o", binary], capture_output=True, text=True, timeout=600)
check(compiled.returncode == 0, "compiling a program with the generated headers:\n" + compiled.stderr[-3000:])
if compiled.returncode == 0:
    ran = subprocess.run([binary], capture_output=True, timeout=60)
    check(ran.returncode == 0, f"the round trip program exited with {ran.returncode}")

# The sources of the compiled codec and registry libraries compile too.
for source in sorted((project / "src/wire").glob("*.cpp")):
    compiled = subprocess.run([*cxx, "-std=c++20", "-fsyntax-only", "-Wall", "-Wextra", "-Wpedantic",
                               "-I", project / "include", "-I", include_dir, source],
                              capture_output=True, text=True, timeout=600)
    check(compiled.returncode == 0, f"compiling {source.name}:\n" + compiled.stderr[-3000:])

# ---- tlcodec's own schemas, from a copy of the project elsewhere ---------------------------------

clone = work / "another/place/tlcodec"
for part in ["schema", "include/tlcodec/api", "include/tlcodec/mtproto", "src/api", "src/mtproto",
             "tools/tlgen/regenerate"]:
    copy = shutil.copytree if (source_root / part).is_dir() else shutil.copy2
    (clone / part).parent.mkdir(parents=True, exist_ok=True)
    copy(source_root / part, clone / part)
result = subprocess.run([clone / "tools/tlgen/regenerate", tlgen, clone, "--check"], capture_output=True, text=True,
                        timeout=300)
check(result.returncode == 0, "the regeneration check in a copy of the project: " + result.stderr[-2000:])
finish()
