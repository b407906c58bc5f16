#!/usr/bin/env python3
"""Builds and runs a consumer project of examples/consumers/ the way a user would: against
tlcodec installed by `meson install --destdir` into a staging tree (found by pkg-config or
find_package), or built as a Meson subproject.

  usage: build_consumers.py BUILD_DIR SOURCE_DIR WORK_DIR SCENARIO
  scenarios: meson-installed, meson-subproject, cmake, make
"""
import json
import os
import pathlib
import shutil
import subprocess
import sys

SKIP = 77


def run(command, **kwargs):
    print("$", " ".join(map(str, command)), flush=True)
    subprocess.run(command, check=True, **kwargs)


def install(build_dir: pathlib.Path, stage: pathlib.Path):
    """Installs into stage; returns the staged prefix and the libdir under it."""
    shutil.rmtree(stage, ignore_errors=True)
    # --no-rebuild: meson test has built everything, and a test must not start ninja again.
    run(["meson", "install", "-C", build_dir, "--destdir", stage, "--no-rebuild", "--quiet"])
    options = json.loads(subprocess.run(["meson", "introspect", "--buildoptions", build_dir], check=True,
                                        capture_output=True, text=True).stdout)
    prefix = next(o["value"] for o in options if o["name"] == "prefix")
    return stage / prefix.lstrip("/"), next(o["value"] for o in options if o["name"] == "libdir")


def pkg_config_env(stage, staged_prefix, libdir):
    env = dict(os.environ)
    env["PKG_CONFIG_PATH"] = str(staged_prefix / libdir / "pkgconfig")
    env["PKG_CONFIG_SYSROOT_DIR"] = str(stage)  # the .pc files name the final prefix
    return env


def main():
    build_dir, source_dir, work_dir = (pathlib.Path(p).resolve() for p in sys.argv[1:4])
    scenario = sys.argv[4]
    consumers = source_dir / "examples" / "consumers"
    work = work_dir / scenario
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    stage = work / "stage"

    if scenario == "meson-installed":
        staged_prefix, libdir = install(build_dir, stage)
        env = pkg_config_env(stage, staged_prefix, libdir)
        run(["meson", "setup", work / "build", consumers / "meson", "--wrap-mode=nofallback"], env=env)
        run(["meson", "compile", "-C", work / "build"], env=env)
        run([work / "build" / "send-message"])
    elif scenario == "meson-subproject":
        # The wrap fallback, as a user would write it, pointing at this checkout.
        if not (source_dir / ".git").exists():
            print(f"SKIPPED: {source_dir} is not a git checkout, which the wrap would clone")
            return SKIP
        project = work / "project"
        shutil.copytree(consumers / "meson", project)
        (project / "subprojects").mkdir()
        (project / "subprojects" / "tlcodec.wrap").write_text(
            f"[wrap-git]\nurl = {source_dir}\nrevision = HEAD\n\n[provide]\ntlcodec = tlcodec_dep\n")
        run(["meson", "setup", work / "build", project, "--force-fallback-for=tlcodec"])
        run(["meson", "compile", "-C", work / "build"])
        run([work / "build" / "send-message"])
    elif scenario == "cmake":
        staged_prefix, _ = install(build_dir, stage)
        run(["cmake", "-S", consumers / "cmake", "-B", work / "build", f"-DCMAKE_PREFIX_PATH={staged_prefix}"])
        run(["cmake", "--build", work / "build"])
        run([work / "build" / "read-container"])
    elif scenario == "make":
        staged_prefix, libdir = install(build_dir, stage)
        shutil.copytree(consumers / "make", work / "project")
        run(["make", "-C", work / "project"], env=pkg_config_env(stage, staged_prefix, libdir))
        run([work / "project" / "confirm-call"])
    else:
        sys.exit(f"unknown scenario {scenario}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
