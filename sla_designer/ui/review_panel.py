"""The review panel: the changes a legal reviewer made to the exported contract, each to accept
(one undo step), reject (it leaves the list; the agreement is untouched) or open at its field.

Keys: Enter (or a double click) opens the selected change's field, Delete rejects it; the buttons
have their own letters (Alt+A accept, Alt+R reject, Alt+O open, Alt+L accept all in English).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from sla_designer.text import texts
from sla_designer.ui.change_tables import ChangesView
from sla_designer.ui.i18n import current_language
from sla_designer.ui.review_details import details_html
from sla_designer.ui.review_edits import ACCEPTED, OPEN, accept
from sla_designer.ui.review_model import AFTER, BEFORE, FIELD, KIND, STATUS, STEP, ReviewModel

if TYPE_CHECKING:
    from sla_designer.review.reading import Review
    from sla_designer.ui.document import AgreementDocument


class ChangesTable(ChangesView):
    """The list of changes; says so when the review found none. Delete rejects a change."""

    reject_requested = Signal()

    def __init__(self, model: ReviewModel, parent: QWidget | None = None) -> None:
        widths = {STEP: 130, FIELD: 240, KIND: 110, BEFORE: 130, AFTER: 130, STATUS: 150}
        super().__init__(model, FIELD, widths, parent)
        self.setObjectName("review-changes")
        self.review_model = model

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Delete) or event.key() == Qt.Key.Key_Backspace:
            self.reject_requested.emit()
            return
        super().keyPressEvent(event)

    def empty_text(self) -> str:
        """What the empty list says: no review yet, or none of its changes left."""
        if self.review_model.review is None:
            return self.tr("Import a reviewed contract with File › Import review… (Ctrl+Shift+R).")
        return self.tr("No changes left to review.")


class ReviewPanel(QWidget):
    """The changes of one imported review, with what can be done to each."""

    field_requested = Signal(object)
    """A change's field path to show and focus (Open)."""

    def __init__(self, document: AgreementDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.source: Path | None = None
        self.review_model = ReviewModel(document, self)
        self.summary = QLabel()
        self.summary.setObjectName("review-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.accept_all_button = QPushButton()
        self.accept_all_button.setObjectName("review-accept-all")
        self.accept_all_button.clicked.connect(self.accept_all)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.accept_all_button)

        self.table = ChangesTable(self.review_model)
        self.details = QTextBrowser()
        self.details.setObjectName("review-details")
        self.details.setOpenLinks(False)
        self.accept_button = QPushButton()
        self.accept_button.setObjectName("review-accept")
        self.reject_button = QPushButton()
        self.reject_button.setObjectName("review-reject")
        self.open_button = QPushButton()
        self.open_button.setObjectName("review-open")
        self.accept_button.clicked.connect(self.accept_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.open_button.clicked.connect(self.open_selected)
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.reject_button, self.open_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.details, 1)
        side_layout.addLayout(buttons)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.table)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        selection = self.table.selectionModel()
        selection.currentRowChanged.connect(lambda *_: self._update())
        self.table.activated.connect(lambda index: self.open_row(index.row()))
        self.table.reject_requested.connect(self.reject_selected)
        self.review_model.dataChanged.connect(lambda *_: self._update())
        self.review_model.modelReset.connect(self._update)
        self.review_model.rowsRemoved.connect(lambda *_: self._update())
        self.retranslate()

    # --- the review ---------------------------------------------------------------------------

    def show_review(self, review: Review, source: Path | None = None) -> None:
        """List the changes of `review` (read against the document's agreement now)."""
        self.source = source
        self.review_model.set_review(review)
        if self.review_model.rowCount():
            self.select(0)
        self._update()

    def clear(self) -> None:
        self.source = None
        self.review_model.clear()

    def select(self, row: int) -> None:
        index = self.review_model.index(row, 0)
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    # --- what can be done ---------------------------------------------------------------------

    def accept_row(self, row: int) -> str | None:
        """Accept the change of `row` as one undo step; None, or why it was not."""
        text = self.tr("Accept the reviewer's change: %1").replace(
            "%1", self.review_model.field_words(row)
        )
        reason = accept(self.document, self.review_model.entry(row), text)
        self.review_model.refresh()
        return reason

    def accept_selected(self) -> None:
        row = self.current_row()
        if row >= 0 and self.accept_row(row) is None:
            self._select_next_open(row)

    def accept_all(self) -> int:
        """Accept every change that applies cleanly, as one undo step; how many were made."""
        rows = self.open_rows()
        if not rows:
            return 0
        done = 0
        with self.document.macro(self.tr("Accept the reviewer's changes")):
            for row in rows:
                if self.accept_row(row) is None:
                    done += 1
        return done

    def open_rows(self) -> list[int]:
        """The rows whose change can be accepted now."""
        return [
            row
            for row in range(self.review_model.rowCount())
            if self.review_model.state(row) == (OPEN, "")
        ]

    def reject_row(self, row: int) -> None:
        """Drop the change from the list; nothing in the agreement changes."""
        self.review_model.reject(row)
        if self.review_model.rowCount():
            self.select(min(row, self.review_model.rowCount() - 1))

    def reject_selected(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.reject_row(row)

    def open_row(self, row: int) -> None:
        path = self.review_model.entry(row).change.path
        if path is not None:
            self.field_requested.emit(path)

    def open_selected(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.open_row(row)

    def _select_next_open(self, after: int) -> None:
        following = [row for row in self.open_rows() if row > after] or self.open_rows()
        if following:
            self.select(following[0])

    # --- texts --------------------------------------------------------------------------------

    def summary_text(self) -> str:
        """How many changes, how many apply, how they were found and against what."""
        model = self.review_model
        review = model.review
        if review is None:
            return ""
        words = texts(current_language()).section("terms.counts")
        states = [model.state(row)[0] for row in range(model.rowCount())]
        counts = [
            words("review_change", count=len(review.changes)),
            words("review_applies", count=sum(s in (OPEN, ACCEPTED) for s in states)),
        ]
        accepted = states.count(ACCEPTED)
        if accepted:
            counts.append(words("review_accepted", count=accepted))
        method = (
            self.tr("fields found by their tags")
            if review.method == "tags"
            else self.tr("fields found by aligning the text (the document lost its tags)")
        )
        baseline = (
            self.tr("compared with the contract as exported, recorded in the document")
            if review.baseline_from == "document"
            else self.tr("compared with the open agreement exported again")
        )
        name = f"{self.source.name}: " if self.source else ""
        return f"{name}{', '.join(counts)} · {method} · {baseline}"

    def retranslate(self) -> None:
        self.accept_button.setText(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Make this change in the agreement (one undo step)"))
        self.reject_button.setText(self.tr("&Reject"))
        self.reject_button.setToolTip(
            self.tr("Take this change off the list; the agreement stays as it is (Delete)")
        )
        self.open_button.setText(self.tr("&Open field"))
        self.open_button.setToolTip(self.tr("Show the field in its step (Enter)"))
        self.accept_all_button.setText(self.tr("Accept a&ll that apply cleanly"))
        self.accept_all_button.setToolTip(
            self.tr("Make every change that applies cleanly, as one undo step")
        )
        self.review_model.retranslate()
        self._update()

    def _update(self) -> None:
        self.summary.setText(self.summary_text())
        row = self.current_row()
        self.accept_button.setEnabled(row >= 0 and self.review_model.state(row)[0] == OPEN)
        self.reject_button.setEnabled(row >= 0)
        has_field = row >= 0 and self.review_model.entry(row).change.path is not None
        self.open_button.setEnabled(has_field)
        self.accept_all_button.setEnabled(bool(self.open_rows()))
        self.details.setHtml(details_html(self.review_model, row) if row >= 0 else "")
        self.table.viewport().update()
