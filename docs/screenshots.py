"""Take the editor screenshots of docs/ the way a user sees the editor.

Run under a virtual display from the repository's root, e.g.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python docs/screenshots.py

It starts the real editor (a throw-away settings and recovery folder, so the user's own are
untouched) in each interface language and saves:
- docs/[pt-BR/]editor-<step>.png: every step of a starter template (saas-availability in
  English, it-service-desk in Portuguese), and the welcome screen;
- docs/[pt-BR/]new-<n>-<what>.png: a new blank agreement being built by typing into its fields
  (title, parties, a service, a metric), with the findings that guide the next step;
- docs/[pt-BR/]editor-review-panel.png (`--only review`): the template's export as a legal
  reviewer returns it (a target changed with track changes and a comment, a sentence rewritten,
  a line deleted, a value that cannot be read), imported with File › Import review…;
- docs/[pt-BR/]editor-compare-panel.png (`--only compare`): the template saved with version 1.0
  recorded, then edited (an objective, a target, metrics reordered, a tier removed), compared
  with that version by File › Compare with…;
- docs/[pt-BR/]editor-export.png (`--only export`): the export dialog of that saved agreement, with
  the redline's options (mark changes against a saved version, record a version sent).
- docs/[pt-BR/]editor-backtest.png and editor-backtest-mapping.png (`--only backtest`): the
  Back-test panel on a synthetic ServiceNow history of 5,000 tickets (`sample-tickets`) in the
  calendar's zone, the resolution metric's first priority shown, and its mapping dialog.
"""

from __future__ import annotations

import argparse
import io
import sys
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from sla_designer.export import build_docx
from sla_designer.model import Agreement
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


@dataclass(frozen=True)
class Review:
    """What the legal reviewer does to the template's export."""

    reviewer: str
    target: tuple[str, str]
    """A control's tag and the value the reviewer writes in it, with track changes on."""
    comment: str
    sentence: tuple[str, str]
    """A sentence of generated text and what the reviewer makes of it."""
    deleted: str
    """The tag of a list line whose paragraph the reviewer deletes."""
    unreadable: tuple[str, str]
    """A control's tag and a text that says no value of its field."""


REVIEW = {
    "en": Review(
        "Jane Hartley",
        ("metrics[platform-availability].objective", "99.95 %"),
        "Our other suppliers commit to 99.95 %.",
        ("of the time in each measurement window.", "of the time in each calendar month."),
        "metrics[platform-availability].exclusions[1]",
        ("metrics[api-availability].minimum_outage", "a few minutes"),
    ),
    "pt-BR": Review(
        "Marina Costa",
        ("metrics[reabertura].objective", "4 %"),
        "Alinhar com o contrato do ano passado.",
        ("em cada período de apuração.", "em cada mês civil."),
        "metrics[tempo-solucao].exclusions[1]",
        ("metrics[satisfacao].objective", "nove"),
    ),
}


def reviewed_copy(agreement: Agreement, review: Review, target: Path) -> Path:
    """The agreement's Word export as the reviewer returns it (review: REVIEW)."""
    from lxml import etree

    main = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def w(name: str) -> str:
        return f"{{{main}}}{name}"

    def control(root: etree._Element, tag: str) -> etree._Element:
        return next(
            sdt
            for sdt in root.iter(w("sdt"))
            if sdt.find(f"{w('sdtPr')}/{w('tag')}[@{w('val')}='{tag}']") is not None
        )

    source = zipfile.ZipFile(io.BytesIO(build_docx(agreement)))
    root = etree.fromstring(source.read("word/document.xml"))
    when = {w("author"): review.reviewer, w("date"): "2026-11-20T14:30:00Z"}
    content = control(root, review.target[0]).find(w("sdtContent"))
    deleted = etree.SubElement(content, w("del"), {w("id"): "901", **when})
    for run in [r for r in content if r.tag == w("r")]:
        for text in run.iter(w("t")):
            text.tag = w("delText")
        deleted.append(run)
    inserted = etree.SubElement(content, w("ins"), {w("id"): "902", **when})
    etree.SubElement(etree.SubElement(inserted, w("r")), w("t")).text = review.target[1]
    content.insert(0, etree.Element(w("commentRangeStart"), {w("id"): "7"}))
    content.append(etree.Element(w("commentRangeEnd"), {w("id"): "7"}))
    old, new = review.sentence
    sentence = next(t for t in root.iter(w("t")) if t.text and old in t.text)
    sentence.text = (sentence.text or "").replace(old, new)
    line = next(control(root, review.deleted).iterancestors(w("p")))
    line.getparent().remove(line)
    next(control(root, review.unreadable[0]).iter(w("t"))).text = review.unreadable[1]
    comments = etree.Element(w("comments"), nsmap={"w": main})
    comment = etree.SubElement(comments, w("comment"), {w("id"): "7", **when})
    run = etree.SubElement(etree.SubElement(comment, w("p")), w("r"))
    etree.SubElement(run, w("t")).text = review.comment
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as package:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "word/document.xml":
                data = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
            package.writestr(item, data)
        package.writestr("word/comments.xml", etree.tostring(comments, encoding="UTF-8"))
    return target


def review_panel(shooter: Shooter, language: str, folder: Path) -> None:
    """The review panel after File › Import review…, a rewritten sentence selected."""
    window = shooter.window
    window.files.new_from(TEMPLATE[language])
    shooter.go("metrics")
    path = reviewed_copy(window.document.agreement, REVIEW[language], folder / "reviewed.docx")
    window.review.import_path(path)
    panel = window.review.panel
    model = panel.review_model
    rows = range(model.rowCount())
    panel.select(next((r for r in rows if model.entry(r).change.kind == "wording"), 0))
    shooter.save("editor-review-panel")


def compare_panel(shooter: Shooter, language: str, folder: Path) -> None:
    """The Compare panel after File › Compare with…, against the version recorded at first."""
    import datetime as dt
    from decimal import Decimal

    from sla_designer.io import save_agreement
    from sla_designer.io.versions import record_version

    window = shooter.window
    window.files.new_from(TEMPLATE[language])
    path = folder / "contract.yaml"
    save_agreement(
        record_version(window.document.agreement, path, "1.0", date=dt.date(2027, 3, 1)), path
    )
    window.files.open_path(path, ask=False)
    document = window.document
    metrics = document.agreement.metrics
    numbered = next(i for i, m in enumerate(metrics) if getattr(m, "objective", None))
    objective = metrics[numbered].objective
    document.set_value(("metrics", numbered, "objective"), objective - Decimal(1), "objective")
    timed = next(i for i, m in enumerate(metrics) if getattr(m, "targets", None))
    target = metrics[timed].targets[0].target
    document.set_value(("metrics", timed, "targets", 0, "target"), f"7h {target.clock}", "t")
    reordered = [metrics[1], metrics[0], *metrics[2:]]
    document.set_value(("metrics",), reordered, "reorder")
    schedules = document.agreement.remedies.credit_schedules
    if schedules and len(schedules[0].tiers) > 1:
        document.remove_item(("remedies", "credit_schedules", 0, "tiers"), 1, "tier")
    shooter.go("metrics")
    window.compare.compare_dialog()
    window.compare.panel.table.selectRow(0)
    shooter.save("editor-compare-panel")


def export_dialog(shooter: Shooter, language: str, folder: Path) -> None:
    """The export dialog of a saved agreement with a version sent: the redline's options."""
    import datetime as dt

    from sla_designer.io import save_agreement
    from sla_designer.io.versions import record_version

    window = shooter.window
    window.files.new_from(TEMPLATE[language])
    path = folder / "sent.yaml"
    save_agreement(
        record_version(window.document.agreement, path, "1.0", date=dt.date(2027, 3, 1)), path
    )
    window.files.open_path(path, ask=False)
    dialog = window.exports.make_dialog()
    dialog.show()
    settle(900)
    dialog.grab().save(str(shooter.folder / "editor-export.png"))
    print(shooter.folder / "editor-export.png")
    dialog.reject()


def backtest_panel(shooter: Shooter, language: str, folder: Path) -> None:
    """The Back-test panel after a run on 5,000 synthetic tickets, and the mapping dialog."""
    from sla_designer.backtest.sample_files import write_servicenow
    from sla_designer.backtest.samples import history
    from sla_designer.ui.backtest_dialog import MappingDialog

    window = shooter.window
    window.files.new_from(TEMPLATE[language])
    agreement = window.document.agreement
    zone = agreement.calendars[0].timezone
    tickets = folder / "incidents.csv"
    write_servicenow(history(5000, 2025), tickets)
    (folder / "incidents-mapping.yaml").write_text(
        f"preset: servicenow\ntimezone: {zone}\n", encoding="utf-8"
    )
    shooter.go("metrics")
    flow = window.backtest
    dialog = flow.mapping_dialog(tickets, None, None)
    assert isinstance(dialog, MappingDialog)
    dialog.show()
    while dialog.priority_values is None:  # read on a pool thread
        settle(100)
    settle(900)
    dialog.grab().save(str(shooter.folder / "editor-backtest-mapping.png"))
    print(shooter.folder / "editor-backtest-mapping.png")
    dialog.accept()
    flow.tickets, flow.events, flow.mapping = tickets, None, dialog.mapping()
    flow.open_panel()
    flow.run()
    while flow.runner.busy():
        settle(100)
    panel = flow.panel
    resolution = next(m.id for m in agreement.metrics if m.kind == "resolution_time")
    panel.metric_box.setCurrentIndex(panel.metric_box.findData(resolution))
    window.resizeDocks([flow.dock], [420], Qt.Orientation.Vertical)
    shooter.save("editor-backtest")


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
        "review": lambda: review_panel(shooter, language, temporary),
        "compare": lambda: compare_panel(shooter, language, temporary),
        "export": lambda: export_dialog(shooter, language, temporary),
        "backtest": lambda: backtest_panel(shooter, language, temporary),
    }
    for job in jobs:
        actions[job]()
    window.document.undo_stack.setClean()
    window.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--language", choices=LANGUAGES, action="append")
    jobs = ("welcome", "template", "new", "review", "compare", "export", "backtest")
    parser.add_argument("--only", choices=jobs, action="append")
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    options = parser.parse_args(argv)
    app = QApplication.instance() or QApplication(argv[:1])
    del app
    for language in options.language or LANGUAGES:
        shoot(language, options.out, options.only or list(jobs))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
