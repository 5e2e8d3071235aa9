# mypy: disable-error-code="no-untyped-call"
"""File › Compare with…: the open agreement against a saved version or a file, listed in the
Compare panel (the clauses, the step, the field, before and after), each change opening its
field, and following the agreement as it is edited."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from sla_designer.io import save_agreement
from sla_designer.io.versions import record_version
from sla_designer.ui.compare_model import AFTER, BEFORE, CLAUSES, FIELD, KIND, STEP
from sla_designer.ui.compare_panel import ComparePanel
from sla_designer.ui.i18n import install_language
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.steps import STEPS
from tests.ui.ui_helpers import WindowFactory, prompter_of

# Per language: a template in it, its first metric's objective and how the contract writes the
# new one, and the field's name.
CASES = {
    "en": ("saas-availability", Decimal("99.95"), "99.95 %", "Objective", "Clause 6.1"),
    "pt-BR": ("it-service-desk", Decimal("4"), "4 %", "Objetivo", "Cláusula 6.5"),
}


@pytest.fixture(params=["en", "pt-BR"])
def language(request: pytest.FixtureRequest) -> Any:
    install_language(request.param)
    yield request.param
    install_language("en")


def _panel(window: MainWindow) -> ComparePanel:
    return window.compare.panel


def _cell(panel: ComparePanel, row: int, column: int) -> str:
    model = panel.compare_model
    return str(model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole) or "")


def _metric_with_objective(window: MainWindow) -> int:
    return next(
        i
        for i, m in enumerate(window.document.agreement.metrics)
        if getattr(m, "objective", None) is not None and m.kind in ("availability", "custom")
    )


def _saved_window(make_window: WindowFactory, tmp_path: Path, template: str) -> MainWindow:
    """A window on `template`, saved as a file, with version 1.0 recorded beside it."""
    window = make_window()
    assert window.files.new_from(template)
    path = tmp_path / "contract.yaml"
    recorded = record_version(window.document.agreement, path, "1.0", date=dt.date(2027, 3, 1))
    save_agreement(recorded, path)
    assert window.files.open_path(path)
    return window


def test_the_menu_compares_with_the_newest_saved_version(
    make_window: WindowFactory, tmp_path: Path, language: str, qtbot: QtBot
) -> None:
    template, objective, written, field, clause = CASES[language]
    window = _saved_window(make_window, tmp_path, template)
    action = window.findChild(QAction, "compare")
    assert isinstance(action, QAction)
    assert action.shortcut().toString() == "Ctrl+Shift+D"
    index = _metric_with_objective(window)
    path = ("metrics", index, "objective")
    window.document.set_value(path, objective, "objective")
    action.trigger()
    panel = _panel(window)
    assert window.compare.dock.isVisible()
    assert panel.compare_model.rowCount() == 1
    assert _cell(panel, 0, AFTER) == written
    assert _cell(panel, 0, BEFORE) not in ("", written)
    assert _cell(panel, 0, FIELD).endswith(field)
    assert _cell(panel, 0, CLAUSES) == clause
    assert _cell(panel, 0, STEP) == (
        "Metrics and targets" if language == "en" else "Indicadores e metas"
    )
    assert _cell(panel, 0, KIND) == ("Changed" if language == "en" else "Modificação")
    # The chooser lists the saved version (chosen), then another file.
    chooser = panel.chooser
    assert chooser.count() == 2
    assert "1.0" in chooser.itemText(0) and chooser.currentIndex() == 0
    assert "1.0" in panel.summary.text()


def test_a_change_opens_its_field(make_window: WindowFactory, tmp_path: Path, qtbot: QtBot) -> None:
    window = _saved_window(make_window, tmp_path, "saas-availability")
    window.activateWindow()
    index = _metric_with_objective(window)
    window.document.set_value(("metrics", index, "objective"), Decimal("99.95"), "objective")
    assert window.compare.compare_dialog()
    panel = _panel(window)
    panel.table.setFocus()
    panel.table.selectRow(0)
    QTest.keyClick(panel.table, Qt.Key.Key_Return)
    assert window.navigator.currentRow() == [s.key for s in STEPS].index("metrics")
    assert window.pages["metrics"].sections[0].current_row() == index

    def objective_focused() -> bool:
        focused = QApplication.focusWidget()
        return focused is not None and "objective" in (
            focused.objectName(),
            (focused.parent() or focused).objectName(),
        )

    qtbot.waitUntil(objective_focused, timeout=3000)
    # A click on the field, a link, opens it too.
    window.go_to_step(0)
    rect = panel.table.visualRect(panel.compare_model.index(0, FIELD))
    QTest.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.navigator.currentRow() == [s.key for s in STEPS].index("metrics")


def test_it_follows_the_open_agreement(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    window = _saved_window(make_window, tmp_path, "saas-availability")
    assert window.compare.compare_dialog()
    panel = _panel(window)
    assert panel.compare_model.rowCount() == 0
    assert "No changes" in panel.summary.text()
    window.document.set_value(("title",), "Renamed agreement", "title")
    qtbot.waitUntil(lambda: panel.compare_model.rowCount() == 1, timeout=3000)
    assert _cell(panel, 0, AFTER) == "Renamed agreement"
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.compare_model.rowCount() == 0, timeout=3000)


def test_compare_with_a_file_and_a_bad_file(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    other = window.document.agreement.model_copy(deep=True)
    other.metrics = other.metrics[::-1]
    save_agreement(other, tmp_path / "other.yaml")
    (tmp_path / "bad.yaml").write_text("format_version: 4\ntitle: [\n", encoding="utf-8")
    prompter = prompter_of(window)
    prompter.paths = [str(tmp_path / "bad.yaml")]
    assert not window.compare.compare_dialog()  # no saved version: a file is asked for
    assert prompter.errors and "bad.yaml:" in prompter.errors[-1][1]
    prompter.paths = [str(tmp_path / "other.yaml")]
    assert window.compare.compare_dialog()
    panel = _panel(window)
    kinds = {_cell(panel, row, KIND) for row in range(panel.compare_model.rowCount())}
    assert kinds == {"Moved"}
    assert panel.compare_model.rowCount() == len(other.metrics) - 1
    assert panel.chooser.itemText(panel.chooser.currentIndex()) == "other.yaml"
    # Opening another agreement ends the comparison.
    assert window.files.new_from("it-service-desk")
    assert not window.compare.dock.isVisible()
    assert panel.compare_model.rowCount() == 0


def test_the_model_is_a_sound_table(
    make_window: WindowFactory, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    window = _saved_window(make_window, tmp_path, "saas-availability")
    window.document.set_value(("title",), "Another title", "title")
    assert window.compare.compare_dialog()
    qtmodeltester.check(_panel(window).compare_model)


def test_the_portuguese_panel_shows_no_english(
    make_window: WindowFactory, tmp_path: Path, qtbot: QtBot
) -> None:
    install_language("pt-BR")
    try:
        window = _saved_window(make_window, tmp_path, "it-service-desk")
        index = _metric_with_objective(window)
        window.document.set_value(("metrics", index, "objective"), Decimal("4"), "objetivo")
        assert window.compare.compare_dialog()
        panel = _panel(window)
        shown = [panel.summary.text(), panel.chooser_label.text(), panel.open_button.text()]
        shown += [panel.chooser.itemText(i) for i in range(panel.chooser.count())]
        model = panel.compare_model
        shown += [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(6)]
        shown.append(window.compare.dock.windowTitle())
        english = {"Compare", "Clauses", "Step", "Field", "Change", "Before", "After", "Changed"}
        english |= {"Another file…", "Compare &with:", "&Open field"}
        assert not english & set(shown), shown
        assert "alteração" in panel.summary.text()
    finally:
        install_language("en")
