"""Refresh the translation source from the editor's code and compile it.

    .venv/bin/python resources/i18n/update.py

pyside6-lupdate collects every text of sla_designer/ui into sla_designer_pt_BR.ts, keeping the
translations already made (texts no longer in the code are dropped, so the file holds only what
the editor shows); pyside6-lrelease compiles it to the .qm the editor loads. Both run on sorted
file lists with fixed options, so two runs on the same code give the same files.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SOURCE = ROOT / "sla_designer" / "ui"
TS = HERE / "sla_designer_pt_BR.ts"
QM = HERE / "sla_designer_pt_BR.qm"


def tool(name: str) -> str:
    """A Qt tool installed next to this Python (the virtual environment's bin folder)."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else name


def main() -> int:
    """Run lupdate then lrelease; the exit status of the first that fails, else 0."""
    sources = sorted(str(p.relative_to(ROOT)) for p in SOURCE.rglob("*.py"))
    lupdate = [
        tool("pyside6-lupdate"),
        *sources,
        "-locations",
        "none",
        "-no-obsolete",
        "-target-language",
        "pt_BR",
        "-ts",
        str(TS.relative_to(ROOT)),
    ]
    lrelease = [
        tool("pyside6-lrelease"),
        str(TS.relative_to(ROOT)),
        "-qm",
        str(QM.relative_to(ROOT)),
    ]
    for command in (lupdate, lrelease):
        status = subprocess.run(command, cwd=ROOT, check=False).returncode
        if status:
            return status
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
