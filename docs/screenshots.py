"""Take the editor screenshots of docs/ the way a user sees the editor.

Run under a virtual display from the repository's root, e.g.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots.py

It starts the real editor (a throw-away settings and recovery folder, so the user's own are
untouched) in each interface language and saves:
- docs/[pt-BR/]editor-<step>.png: every step of a starter template (saas-availability in
  English, it-service-desk in Portuguese), and the welcome screen;
- docs/[pt-BR/]new-<n>-<what>.png: a new blank agreement being built by typing into its fields
  (title, parties, a service, a metric), with the findings that guide the next step.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from sla_designer.ui.app import start
from sla_designer.ui.list_section import ListSection
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.recovery import RecoveryStore
from sla_designer.ui.steps import STEPS

SIZE = (1400, 900)
TEMPLATE = {"en": "saas-availability", "pt-BR": "it-service-desk"}
LANGUAGES = ("en", "pt-BR")


def settle(milliseconds: int = 400) -> None:
    """Let the window lay out, repaint and run its timers (findings follow 250 ms after a key)."""
    QTest.qWait(milliseconds)


def step_row(key: str) -> int:
    return [step.key for step in STEPS].index(key)


def visible_editor(window: MainWindow, step: str, name: str) -> QWidget:
    """The visible, enabled editor of the field `name` on a step's page."""
    page = window.pages[step]
    for widget in page.findChildren(QWidget, name):
        if widget.isVisible() and widget.isEnabled():
            return widget
    raise LookupError(f"{step}: no visible field {name!r}")


def type_text(widget: QWidget, text: str) -> None:
    """Key presses for `text`; QTest.keyClicks takes ASCII only, so 'ç' goes as a key event
    that carries its text, as a keyboard layout with that letter sends it."""
    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_into(window: MainWindow, step: str, name: str, text: str) -> None:
    """Click into a field, type `text` key by key as a user would, and leave the field."""
    editor = visible_editor(window, step, name)
    focus = editor.focusProxy() or editor
    focus.setFocus(Qt.FocusReason.MouseFocusReason)
    QTest.keyClick(focus, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(focus, text)
    QTest.keyClick(focus, Qt.Key.Key_Tab)
    settle(100)


def section(window: MainWindow, step: str, index: int = 0) -> ListSection:
    """The `index`-th visible list of a step's page (parties, services, metrics...)."""
    shown = [s for s in window.pages[step].findChildren(ListSection) if s.isVisible()]
    return shown[index]


class Shooter:
    """Saves grabs of one window under the language's folder."""

    def __init__(self, window: MainWindow, folder: Path) -> None:
        self.window = window
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def go(self, step: str) -> None:
        self.window.go_to_step(step_row(step))
        settle()

    def save(self, name: str) -> None:
        settle(900)
        self.window.grab().save(str(self.folder / f"{name}.png"))
        print(self.folder / f"{name}.png")


def template_steps(shooter: Shooter) -> None:
    for step in STEPS:
        shooter.go(step.key)
        for listed in window_sections(shooter.window, step.key)[:1]:
            listed.select_row(0)
        shooter.save(f"editor-{step.key}")


def window_sections(window: MainWindow, step: str) -> list[ListSection]:
    return [s for s in window.pages[step].findChildren(ListSection) if s.isVisible()]


def build_new(shooter: Shooter, language: str) -> None:
    """A blank agreement filled in step by step, as a new user does it."""
    window = shooter.window
    words = NEW_AGREEMENT[language]
    window.files.new_from("")
    shooter.go("agreement")
    type_into(window, "agreement", "title", words.title)
    shooter.save("new-1-agreement")

    shooter.go("parties")
    parties = section(window, "parties")
    for legal_name in words.parties:
        parties.add()
        settle(100)
        type_into(window, "parties", "legal_name", legal_name)
    shooter.save("new-2-parties")

    shooter.go("service")
    services = section(window, "service")
    services.add()
    settle(100)
    type_into(window, "service", "name", words.service)
    shooter.save("new-3-service")

    shooter.go("metrics")
    metrics = section(window, "metrics")
    metrics.add()
    shooter.save("new-4-metrics")

    shooter.go("review")
    shooter.save("new-5-review")


@dataclass(frozen=True)
class NewAgreement:
    """What the user types into a blank agreement."""

    title: str
    parties: tuple[str, ...]
    service: str


NEW_AGREEMENT = {
    "en": NewAgreement(
        "Service Level Agreement: managed print",
        ("Northgate Print Services Ltd", "Harbour & Finch LLP"),
        "Managed print service",
    ),
    "pt-BR": NewAgreement(
        "Acordo de Nível de Serviço: suporte por telefone",
        ("Atende Bem Serviços de Teleatendimento Ltda.", "Cooperativa Vale Verde"),
        "Central de atendimento telefônico",
    ),
}


def shoot(language: str, out: Path, jobs: list[str]) -> None:
    temporary = Path(tempfile.mkdtemp(prefix="sla-shots-"))
    settings = QSettings(str(temporary / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("interface/language", language)
    window = start(None, settings=settings, recovery=RecoveryStore(temporary / "recovery"))
    window.resize(*SIZE)
    folder = out if language == "en" else out / language
    shooter = Shooter(window, folder)
    settle(1500)

    def from_template() -> None:
        window.files.new_from(TEMPLATE[language])
        template_steps(shooter)

    actions: dict[str, Callable[[], None]] = {
        "welcome": lambda: shooter.save("editor-welcome"),
        "template": from_template,
        "new": lambda: build_new(shooter, language),
    }
    for job in jobs:
        actions[job]()
    window.document.undo_stack.setClean()
    window.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=LANGUAGES, action="append")
    parser.add_argument("--only", choices=("welcome", "template", "new"), action="append")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    options = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(argv[:1])
    del app
    for language in options.language or LANGUAGES:
        shoot(language, options.out, options.only or ["welcome", "template", "new"])
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
