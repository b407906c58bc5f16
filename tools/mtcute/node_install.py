"""The node side of a script that runs JavaScript peers (tests/differential, bench/peers): its
files copied into a work directory outside the repository, and the npm packages its
package-lock.json pins installed there with `npm ci` (again only when the lockfile changed)."""
import pathlib
import shutil
import subprocess

MTCUTE_METHODS = pathlib.Path(__file__).resolve().parent / "mtcute_methods.mjs"


def install_node_side(node_dir: pathlib.Path, files) -> pathlib.Path:
    """Copies files (package.json, package-lock.json, scripts) into node_dir; returns it."""
    node_dir.mkdir(parents=True, exist_ok=True)
    lock_changed = False
    for source in map(pathlib.Path, files):
        target = node_dir / source.name
        if not target.exists() or target.read_bytes() != source.read_bytes():
            shutil.copyfile(source, target)
            lock_changed |= source.name in ("package.json", "package-lock.json")
    if lock_changed or not (node_dir / "node_modules").is_dir():
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=node_dir, check=True,
                       stdout=subprocess.DEVNULL)
    return node_dir
