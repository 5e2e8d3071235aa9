"""The committed Portuguese catalogue covers every text the editor's code shows."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
COMMITTED = ROOT / "resources" / "i18n" / "sla_designer_pt_BR.ts"


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def test_every_text_in_the_code_is_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    shutil.copy(COMMITTED, fresh)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "sla_designer" / "ui").rglob("*.py"))
    subprocess.run(
        [str(lupdate), *sources, "-locations", "none", "-no-obsolete", "-ts", str(fresh)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    wanted = _messages(fresh)
    committed = _messages(COMMITTED)
    missing = sorted(key for key in wanted if key not in committed)
    assert not missing, f"run resources/i18n/update.py and translate: {missing[:5]}"
    unfinished = [
        key
        for key, message in committed.items()
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or (not (translation.text or "").strip() and not translation.findall("numerusform"))
    ]
    assert not unfinished, unfinished[:5]
