"""A seeded random walk of edits over every step of the editor, checked after each edit.

Shared by tests/ui/test_soak.py (a few hundred edits in CI) and bench/soak.py (thousands).
The walk adds, removes, duplicates and reorders list items, types valid and invalid values into
every kind of field, changes metric kinds, undoes and redoes, and switches the interface
language. After each edit: no exception in a slot, no Qt warning, and either the edit was
refused (the field says why and the agreement is unchanged) or the agreement is one that saves
and loads back to the same file. At the end everything is undone and the saved file must be the
original, byte for byte.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from sla_designer.io import dumps_agreement, loads_agreement, save_agreement
from sla_designer.model import Agreement
from sla_designer.ui.binding import Binding
from sla_designer.ui.i18n import Language, current_language, install_language
from sla_designer.ui.list_section import ListSection
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.pages.metrics import MetricKindBox
from sla_designer.ui.steps import STEPS
from tests.ui.soak_report import SoakReport, watched

FILE_EVERY = 20
"""Edits between two checks that the agreement saves and loads back (a YAML round trip)."""

TYPED = [
    # Numbers, money, percentages and durations in both conventions, and what is not one.
    "25.000,00", "25,000.00", "25000", "95", "99,95", "99.95", "100", "0", "-5", "1e9",
    "4h", "30m", "2", "1h30m", "8 h", "abc", "", " ", "12:00", "2026-01-31", "R$ 10",
    "Acme Ltda.", "São Paulo", "x" * 300, "a\tb", "🙂",
]  # fmt: skip


class Walk:
    """The random edits of one window; `step()` makes one and checks it."""

    def __init__(self, window: MainWindow, seed: int, report: SoakReport) -> None:
        self.window = window
        self.chance = random.Random(seed)
        self.report = report
        self.actions: list[tuple[int, Callable[[], str | None]]] = [
            (50, self.edit_field),
            (10, self.go_to_step),
            (4, self.select_row),
            (4, lambda: self._button("add")),
            (2, lambda: self._button("duplicate")),
            (3, lambda: self._button("remove")),
            (3, lambda: self._button(self.chance.choice(["up", "down"]))),
            (2, self.change_kind),
            (3, self.edit_cell),
            (8, self.undo),
            (4, self.redo),
            (1, self.switch_language),
        ]

    # --- what the user sees --------------------------------------------------------------------

    def page(self) -> QWidget:
        page = self.window.pages.currentWidget()
        assert page is not None
        return page

    def shown(self, kind: type[Any]) -> list[Any]:
        return [
            w
            for w in self.page().findChildren(kind)
            if w.isVisibleTo(self.window) and w.isEnabled()
        ]

    # --- actions: each returns its name, or None when there was nothing to do ----------------

    def go_to_step(self) -> str:
        """Go to one of the steps visited least so far: every step gets its share of edits."""
        visits = [self.report.steps[step.key] for step in STEPS]
        fewest = [row for row, count in enumerate(visits) if count == min(visits)]
        self.window.navigator.setCurrentRow(self.chance.choice(fewest))
        return "step"

    def edit_field(self) -> str | None:
        bindings = [b for b in self.page().findChildren(Binding) if _editable(b.widget)]
        if not bindings:
            return None
        binding = self.chance.choice(bindings)
        before = self.window.document.agreement.model_dump()
        name = self.change(binding.widget)
        if name is None:
            return None
        refusal = str(binding.widget.property("refusal") or "")
        if refusal:
            self.report.refused += 1
            # A refused field may go back to its value from before the typing began (a
            # beginning of the text was a valid number); nothing else may change.
            path = binding.path or ()
            after = self.window.document.agreement.model_dump()
            if _without(after, path) != _without(before, path):
                self.report.problems.append(
                    f"edit {self.report.edits}: {'.'.join(map(str, path))} refused ({refusal}) "
                    "but the agreement changed"
                )
        return name

    def change(self, widget: QWidget) -> str | None:
        """One edit of an editor widget as its user would make it; the kind of edit made."""
        leaves = [widget, *widget.findChildren(QWidget)]
        editors = [w for w in leaves if _editable(w) and isinstance(w, _LEAVES)]
        editors = [w for w in editors if not _inside(w, editors)]
        if not editors:
            return None
        editor = self.chance.choice(editors)
        if isinstance(editor, QLineEdit):
            text = self.typed(editor.text())
            editor.setText(text)
            editor.textEdited.emit(text)
            return "type"
        if isinstance(editor, QPlainTextEdit):
            editor.setPlainText(self.typed(editor.toPlainText()))
            return "type"
        if isinstance(editor, QCheckBox):
            editor.click()
            return "tick"
        if isinstance(editor, QComboBox):
            if editor.count() == 0:
                return None
            editor.setCurrentIndex(self.chance.randrange(editor.count()))
            return "pick"
        if isinstance(editor, QListWidget):
            if editor.count() == 0:
                return None
            item = editor.item(self.chance.randrange(editor.count()))
            item.setCheckState(_flipped(item.checkState()))
            return "tick"
        if isinstance(editor, QDateEdit):
            editor.setDate(QDate(2026, 1, 1).addDays(self.chance.randrange(-400, 800)))
            return "date"
        if isinstance(editor, QSpinBox | QDoubleSpinBox):
            low, high = editor.minimum(), editor.maximum()
            value = self.chance.choice([low, high, low + (high - low) * self.chance.random()])
            editor.setValue(type(low)(value))  # type: ignore[arg-type]
            return "spin"
        if isinstance(editor, QAbstractSpinBox):
            # A number typed as text (NumberBox): typed, or stepped with the arrow keys.
            if self.chance.random() < 0.3:
                editor.stepBy(self.chance.choice([-1, 1]))
                return "spin"
            line = editor.lineEdit()
            text = self.typed(line.text())
            line.setText(text)
            line.textEdited.emit(text)
            return "type"
        return None

    def typed(self, current: str) -> str:
        roll = self.chance.random()
        if roll < 0.25 and current:
            return current[:-1]
        if roll < 0.5:
            return current + self.chance.choice(["1", "0", ",", ".", " ", "a", "%", "h"])
        return self.chance.choice(TYPED)

    def sections(self) -> list[ListSection]:
        return [s for s in self.shown(ListSection) if s.model.list_path is not None]

    def select_row(self) -> str | None:
        sections = [s for s in self.sections() if s.model.rowCount()]
        if not sections:
            return None
        section = self.chance.choice(sections)
        section.select_row(self.chance.randrange(section.model.rowCount()))
        return "select"

    def _button(self, key: str) -> str | None:
        sections = [s for s in self.sections() if s.buttons[key].isEnabled()]
        if not sections:
            return None
        self.chance.choice(sections).buttons[key].click()
        return key

    def edit_cell(self) -> str | None:
        """Type into an editable cell of a list's table, as a double click would let one."""
        cells = [
            section.model.index(row, column)
            for section in self.sections()
            for row in range(section.model.rowCount())
            for column in range(section.model.columnCount())
            if section.model.flags(section.model.index(row, column)) & Qt.ItemFlag.ItemIsEditable
        ]
        if not cells:
            return None
        cell = self.chance.choice(cells)
        model = cell.model()
        shown = str(model.data(cell, Qt.ItemDataRole.EditRole) or "")
        before = self.window.document.agreement.model_dump()
        if not model.setData(cell, self.typed(shown), Qt.ItemDataRole.EditRole):
            self.report.refused += 1
            if self.window.document.agreement.model_dump() != before:
                self.report.problems.append(
                    f"edit {self.report.edits}: a cell refused its value but the agreement changed"
                )
        return "cell"

    def change_kind(self) -> str | None:
        boxes = self.shown(MetricKindBox)
        if not boxes:
            # The kind is on the metrics step: go there, as the user would to change it.
            self.window.navigator.setCurrentRow([s.key for s in STEPS].index("metrics"))
            QApplication.processEvents()
            boxes = self.shown(MetricKindBox)
        if not boxes:
            return None
        box = self.chance.choice(boxes)
        box.setCurrentIndex(self.chance.randrange(box.count()))
        return "kind"

    def undo(self) -> str | None:
        stack = self.window.document.undo_stack
        if not stack.canUndo():
            return None
        stack.undo()
        return "undo"

    def redo(self) -> str | None:
        stack = self.window.document.undo_stack
        if not stack.canRedo():
            return None
        stack.redo()
        return "redo"

    def switch_language(self) -> str:
        language: Language = "pt-BR" if current_language() == "en" else "en"
        install_language(language)
        return f"language {language}"

    # --- one step ------------------------------------------------------------------------------

    def step(self) -> None:
        weights = [weight for weight, _ in self.actions]
        action = self.chance.choices([a for _, a in self.actions], weights)[0]
        name = action()
        if name is None:
            return
        self.report.edits += 1
        self.report.actions[name] += 1
        self.report.steps[STEPS[self.window.navigator.currentRow()].key] += 1
        QApplication.processEvents()
        if self.report.edits % 50 == 0:
            QTest.qWait(self.chance.randrange(0, 60))  # let the findings and the preview run
        self.check_document()

    def check_document(self) -> None:
        """The agreement is valid after every edit; every `FILE_EVERY` edits, and at the end,
        it also saves to a file that loads back to the same file."""
        agreement = self.window.document.agreement
        try:
            Agreement.model_validate(agreement.model_dump())
        except ValueError as error:
            self.report.problems.append(f"edit {self.report.edits}: not valid: {error}")
            return
        if self.report.edits % FILE_EVERY:
            return
        text = dumps_agreement(agreement)
        try:
            again = dumps_agreement(loads_agreement(text, source="walk"))
        except ValueError as error:
            self.report.problems.append(f"edit {self.report.edits}: does not load back: {error}")
            return
        if again != text:
            self.report.problems.append(f"edit {self.report.edits}: loads back differently")


_LEAVES = (QLineEdit, QPlainTextEdit, QCheckBox, QComboBox, QListWidget, QAbstractSpinBox)


def _inside(widget: QWidget, editors: list[QWidget]) -> bool:
    """True for a part of another editor (a spin box's or a combo box's own line edit)."""
    parent = widget.parentWidget()
    while parent is not None:
        if parent in editors:
            return True
        parent = parent.parentWidget()
    return False


def _without(data: Any, path: tuple[str | int, ...]) -> Any:
    """A dumped agreement with the value at `path` left out."""
    if not path:
        return None
    head, rest = path[0], path[1:]
    if isinstance(data, dict) and head in data:
        return {**data, head: _without(data[head], rest)}
    if isinstance(data, list) and isinstance(head, int) and 0 <= head < len(data):
        return [*data[:head], _without(data[head], rest), *data[head + 1 :]]
    return data


def _editable(widget: QWidget) -> bool:
    return widget.isVisible() and widget.isEnabled()


def _flipped(state: Any) -> Any:
    checked = Qt.CheckState.Checked
    return Qt.CheckState.Unchecked if state == checked else checked


def soak(window: MainWindow, folder: Path, template: str, edits: int, seed: int) -> SoakReport:
    """Walk `edits` edits from `template` saved in `folder`, then undo them all and compare."""
    report = SoakReport(seed)
    window.show()
    assert window.files.new_from(template)
    original = folder / f"{template}.yaml"
    save_agreement(window.document.agreement, original)
    assert window.files.open_path(original, ask=False)
    original_bytes = original.read_bytes()
    walk = Walk(window, seed, report)
    started = time.perf_counter()
    with watched(report):
        while report.edits < edits:
            walk.step()
        report.seconds = time.perf_counter() - started
        stack = window.document.undo_stack
        while stack.canUndo():
            stack.undo()
        QApplication.processEvents()
        if not stack.isClean():
            report.problems.append("undoing every edit does not give back the saved agreement")
        assert window.files.save()
    if original.read_bytes() != original_bytes:
        report.problems.append("the file saved after undoing everything is not the original")
    return report
