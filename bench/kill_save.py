"""Saves killed midway at random moments (SIGKILL), then checked: the file must load and be one of
the versions written, and the next save must leave no temporary file behind.

Run: .venv/bin/python bench/kill_save.py [KILLS] [SEED] [FOLDER]
(defaults: 60 kills, seed 1, a new temporary folder; give FOLDER to test another file system).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.io.save_killer import kill_saves


def main(argv: list[str]) -> int:
    kills = int(argv[0]) if argv else 60
    seed = int(argv[1]) if len(argv) > 1 else 1
    folder = Path(argv[2]) if len(argv) > 2 else Path(tempfile.mkdtemp(prefix="kill-save-"))
    started = time.perf_counter()
    report = kill_saves(folder / "agreement.yaml", kills, seed, max_delay=0.2)
    print(f"{report.kills} kills in {time.perf_counter() - started:.1f} s (seed {seed}, {folder})")
    print(f"file loads and holds a written version after every kill: {not report.problems}")
    print(f"kills that left a temporary file beside it: {report.with_leftover}")
    print(f"temporary files left after the next save: {0 if not report.problems else 'see below'}")
    for problem in report.problems:
        print("PROBLEM:", problem)
    return 1 if report.problems else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
