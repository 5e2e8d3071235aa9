"""The long soak: a seeded random walk of edits over every step of the editor, in both languages
(the walk and its checks: tests/ui/soak_walk.py; a short one runs in CI, tests/ui/test_soak.py).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python bench/soak.py [EDITS] [SEED] [TEMPLATE] [LANGUAGE]
(defaults: 5,000 edits per language, seed 1, the contact-centre template, en then pt-BR; the
walk switches language as it goes, LANGUAGE is the one it starts in). Prints, per
interface language, the edits per second, what the walk did and every problem it found; exits 1
when it found one. The fault handler is on: a crash prints where it happened.
"""

from __future__ import annotations

import faulthandler
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from sla_designer.ui.i18n import Language, install_language
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.recovery import RecoveryStore
from tests.ui.soak_walk import soak
from tests.ui.ui_helpers import ScriptedPrompter

LANGUAGES: tuple[Language, ...] = ("en", "pt-BR")


def main(argv: list[str]) -> int:
    faulthandler.enable()
    edits = int(argv[0]) if argv else 5000
    seed = int(argv[1]) if len(argv) > 1 else 1
    template = argv[2] if len(argv) > 2 else "contact-centre"
    languages = [argv[3]] if len(argv) > 3 else LANGUAGES
    app = QApplication.instance() or QApplication(sys.argv[:1])
    found = 0
    for language in languages:
        offset = LANGUAGES.index(language)  # type: ignore[arg-type]
        folder = Path(tempfile.mkdtemp(prefix="soak-"))
        install_language(language)
        window = MainWindow(
            QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat),
            RecoveryStore(folder / "recovery"),
            ScriptedPrompter(),
            pdf_check=lambda: "not needed",
        )
        report = soak(window, folder, template, edits, seed + offset)
        print(f"{language}: {report.summary()}", flush=True)
        print(f"  steps: {dict(sorted(report.steps.items()))}", flush=True)
        for problem in report.problems:
            print(f"  PROBLEM: {problem}", flush=True)
        found += len(report.problems)
        window.document.undo_stack.setClean()
        window.close()
        app.processEvents()
    return 1 if found else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
