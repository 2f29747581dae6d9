"""Check that the installed environment is exactly requirements.lock and that the lock is closed.

    python scripts/check_lock.py requirements.lock

The Makefile installs the lock with ``pip install --no-deps``, so nothing is ever resolved against what
the package index holds on the day. That is only safe if the lock is complete. ``pip check`` verifies
each package's plain requirements; this script also follows the *extras* that packages ask of each other
(weasel asks for ``smart-open[http]``, dask for ``distributed``...), which ``pip check`` ignores, and
verifies that every locked package is installed at exactly its pinned version.

Exit status 0 when all holds; 1 with one line per problem ([E901]/[E902]/[E903]) otherwise.
"""

from __future__ import annotations

import re
import sys
from importlib import metadata

from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==(\S+)")


def read_lock(path: str) -> dict[str, str]:
    """Return {canonical name: pinned version} for every ``name==version`` line of a pip-compile lock."""
    pins = {}
    with open(path, encoding="utf-8") as lock:
        lines = lock.read().splitlines()
    for line in lines:
        match = PIN.match(line)
        if match:
            pins[canonicalize_name(match.group(1))] = match.group(2)
    return pins


def installed() -> dict[str, metadata.Distribution]:
    return {canonicalize_name(dist.metadata["Name"]): dist for dist in metadata.distributions()}


def requirements_of(dist: metadata.Distribution, extras: frozenset[str]) -> list[Requirement]:
    """The requirements a distribution declares for its base install plus the given extras."""
    env = default_environment()
    wanted = []
    for text in dist.requires or []:
        req = Requirement(text)
        if req.marker is None:
            wanted.append(req)
        elif any(req.marker.evaluate({**env, "extra": extra}) for extra in extras | {""}):
            wanted.append(req)
    return wanted


def problems(
    pins: dict[str, str], dists: dict[str, metadata.Distribution], roots: list[tuple[str, frozenset[str]]]
) -> list[str]:
    found = []
    for name, version in sorted(pins.items()):
        dist = dists.get(name)
        if dist is None:
            found.append(f"[E901] {name}=={version} is in the lock but not installed: "
                         "rebuild the venv (make clean install)")
        elif Version(dist.version) != Version(version):
            found.append(f"[E902] {name} is installed at {dist.version}, the lock pins {version}: make clean install")
    # Walk the requirement graph from the roots, carrying the extras each package is asked for.
    todo = [(canonicalize_name(root), extras) for root, extras in roots]
    seen: set[tuple[str, frozenset[str]]] = set()
    while todo:
        name, extras = todo.pop()
        if (name, extras) in seen:
            continue
        seen.add((name, extras))
        for req in requirements_of(dists[name], extras):
            child = canonicalize_name(req.name)
            dist = dists.get(child)
            if dist is None or not req.specifier.contains(dist.version, prereleases=True):
                have = "missing" if dist is None else f"installed {dist.version}"
                found.append(f"[E903] {name}{sorted(extras) or ''} needs {req} ({have}): the lock is not closed; "
                             "regenerate it with `make lock`")
                continue
            todo.append((child, frozenset(req.extras)))
    return sorted(set(found))


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python scripts/check_lock.py requirements.lock", file=sys.stderr)
        return 2
    pins = read_lock(argv[0])
    dists = installed()
    if "factbox" not in dists:
        found = ["[E901] factbox is not installed: pip install --no-deps --no-build-isolation -e ."]
    else:
        # The root of the graph: factbox with every extra the lock is compiled for (see Makefile, lock).
        found = problems(pins, dists, roots=[("factbox", frozenset({"test", "dask", "dev"}))])
    for line in found:
        print(line, file=sys.stderr)
    if not found:
        print(f"lock closed: {len(pins)} pinned packages installed at their pins, every requirement met")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
