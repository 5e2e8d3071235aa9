# mypy: disable-error-code="no-untyped-call"
"""An editing session typed through the real widgets, from a blank agreement to a reopened file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QPlainTextEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from sla_designer.io import load_agreement
from sla_designer.ui.main_window import MainWindow
from tests.ui.ui_helpers import WindowFactory, go, prompter_of


def codes(window: MainWindow) -> set[str]:
    return {f.code for f in window.watcher.findings}


def field(page: QWidget, name: str, nth: int = 0) -> QWidget:
    """The nth visible editor named `name` on a page."""
    found = [w for w in page.findChildren(QWidget, name) if w.isVisible() and w.isEnabled()]
    assert found, f"no editable field {name}"
    return found[nth]


def type_into(qtbot: QtBot, widget: QWidget, text: str) -> None:
    if isinstance(widget, QLineEdit | QAbstractSpinBox | QPlainTextEdit):
        widget.selectAll()
    qtbot.keyClicks(widget, text)


def click(qtbot: QtBot, page: QWidget, name: str) -> None:
    button = page.findChild(QPushButton, name)
    assert button is not None and button.isEnabled(), name
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_session_from_blank_to_reopened_file(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window()
    click(qtbot, window.welcome, "create")  # the blank agreement is chosen first
    assert window.editing()
    qtbot.waitUntil(lambda: "missing-title" in codes(window))

    page = go(window, "agreement")
    type_into(qtbot, field(page, "title"), "Managed hosting SLA")
    qtbot.waitUntil(lambda: "missing-title" not in codes(window), timeout=2000)
    assert window.document.agreement.title == "Managed hosting SLA"
    assert window.isWindowModified()
    assert window.windowTitle() == "Untitled[*] — SLA Designer"

    page = go(window, "parties")
    click(qtbot, page, "add-party")
    type_into(qtbot, field(page, "legal_name"), "Hosting Co Ltd")
    click(qtbot, page, "add-party")
    type_into(qtbot, field(page, "legal_name"), "Buyer plc")
    qtbot.waitUntil(lambda: not {"missing-customer", "too-few-parties"} & codes(window))
    parties = window.document.agreement.parties
    assert [(p.id, p.role, p.legal_name) for p in parties] == [
        ("hosting-co-ltd", "provider", "Hosting Co Ltd"),
        ("buyer-plc", "customer", "Buyer plc"),
    ]

    page = go(window, "service")
    scope = field(page, "service.scope")
    type_into(qtbot, scope, "Hosting of the web shop")
    qtbot.keyClick(scope, Qt.Key.Key_Return)
    qtbot.keyClicks(scope, "Backups")
    assert window.document.agreement.service.scope == ["Hosting of the web shop", "Backups"]

    page = go(window, "priorities")
    click(qtbot, page, "add-priority")
    type_into(qtbot, field(page, "name"), "Critical")
    assert window.document.agreement.priorities[0].id == "critical"  # made from its name

    page = go(window, "metrics")
    click(qtbot, page, "add-metric")
    metric = window.document.agreement.metrics[0]
    assert metric.kind == "resolution_time"
    assert [t.priority for t in metric.targets] == ["critical"]
    qtbot.keyClicks(field(page, "kind"), "Avail")
    metric = window.document.agreement.metrics[0]
    assert metric.kind == "availability"
    type_into(qtbot, field(page, "objective"), "99.5")
    assert str(window.document.agreement.metrics[0].objective) == "99.5"  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: "missing-metrics" not in codes(window))

    page = go(window, "responsibilities")
    click(qtbot, page, "add-duty")
    type_into(qtbot, field(page, "text"), "Report incidents through the portal")
    assert window.document.agreement.responsibilities[0].party == "buyer-plc"

    page = go(window, "reporting")
    click(qtbot, page, "add-report")
    assert window.document.agreement.reporting.reports[0].metrics == [metric.id]

    page = go(window, "escalation")
    click(qtbot, page, "add-level")
    type_into(qtbot, field(page, "name"), "Service manager")

    page = go(window, "review")
    type_into(qtbot, field(page, "signing.place"), "London")
    qtbot.waitUntil(
        lambda: (
            not {"missing-escalation", "missing-reports", "missing-responsibilities"}
            & codes(window)
        )
    )

    # Undo says what it undoes, and undo/redo go through the same commands.
    assert window.menus.undo.text() == "&Undo Edit place of signature"
    window.menus.undo.trigger()
    assert window.document.agreement.signing.place == ""
    assert field(page, "signing.place").text() == ""  # type: ignore[attr-defined]
    window.menus.redo.trigger()
    assert window.document.agreement.signing.place == "London"

    target = tmp_path / "hosting.yaml"
    prompter_of(window).paths = [str(target)]
    window.menus.save.trigger()
    assert target.is_file()
    assert not window.isWindowModified()
    assert window.windowTitle().startswith("hosting.yaml")
    assert load_agreement(target) == window.document.agreement

    again = make_window(pid=1_000_002)
    assert again.files.open_path(target)
    assert again.document.agreement.model_dump() == window.document.agreement.model_dump()
    assert again.files.recent_files()[0] == str(target.resolve())
