"""Regenerate ``docs/report.png``, the README's picture of the review report, with headless Chromium.

Four views of ``outputs/report.html`` (overview, timeline, a highlighted article, the map) side by side:

    .venv/bin/factbox report outputs && .venv/bin/python scripts/report_screenshot.py
    .venv/bin/python scripts/report_screenshot.py --check

Needs Debian's ``chromium`` (``apt-get install -y chromium``); no network is used. ``--check`` renders the
picture into a temporary file and exits 1 when it differs from ``docs/report.png``. Unlike the data
generators' checks it depends on the installed Chromium and fonts, so the test suite does not run it.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VIEWS = ("overview", "timeline", "a/0", "map")
# fmt: off
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync", "--hide-scrollbars",
         "--allow-file-access-from-files", "--virtual-time-budget=5000"]
# fmt: on
PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><style>
body {{ margin: 0; background: #c9ced6; width: 1600px; height: 1200px; overflow: hidden; }}
.g {{ display: grid; grid-template-columns: 1fr 1fr; gap: 8px; padding: 8px; }}
.c {{ width: 788px; height: 588px; overflow: hidden; border-radius: 6px; background: #fff;
      box-shadow: 0 1px 4px rgba(0, 0, 0, .3); }}
iframe {{ width: 1400px; height: 1045px; border: 0; transform: scale(.563); transform-origin: 0 0; }}
</style></head><body><div class="g">{frames}</div></body></html>"""


def main(report: Path = ROOT / "outputs" / "report.html", out: Path = ROOT / "docs" / "report.png") -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if not chromium:
        sys.exit("chromium is not installed: apt-get install -y chromium")
    url = report.resolve().as_uri()
    frames = "".join(f'<div class="c"><iframe src="{url}#{view}"></iframe></div>' for view in VIEWS)
    with tempfile.TemporaryDirectory() as tmp:
        page = Path(tmp) / "composite.html"
        page.write_text(PAGE.format(frames=frames), encoding="utf-8")
        out.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([chromium, *FLAGS, f"--user-data-dir={tmp}/profile", "--window-size=1600,1200",
                        f"--screenshot={out.resolve()}", page.as_uri()], check=True, capture_output=True, timeout=180)
    print(f"{out}: {out.stat().st_size:,} bytes")


def check(report: Path = ROOT / "outputs" / "report.html", committed: Path = ROOT / "docs" / "report.png") -> int:
    """0 when the picture rendered now is byte for byte the committed one, else 1."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "report.png"
        main(report, fresh)
        same = committed.exists() and fresh.read_bytes() == committed.read_bytes()
    print(f"{committed} is {'up to date' if same else 'out of date: run scripts/report_screenshot.py'}")
    return 0 if same else 1


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if a != "--check"]
    if "--check" in sys.argv[1:]:
        sys.exit(check(*(Path(a) for a in args[:2])))
    main(*(Path(a) for a in args[:2]))
