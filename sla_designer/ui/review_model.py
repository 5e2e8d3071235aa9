"""The changes of an imported review as a table: where, what, before and after, who and when."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from sla_designer.ui.change_tables import one_line
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, current_language, label
from sla_designer.ui.icons import standard_icon
from sla_designer.ui.item_models import RowsModel
from sla_designer.ui.review_edits import (
    ACCEPTED,
    BLOCKED,
    COMMENT,
    OPEN,
    OVERTAKEN,
    ReviewEntry,
    entry_of,
)
from sla_designer.ui.review_edits import state_of as _state_of
from sla_designer.ui.steps import step_of_path

if TYPE_CHECKING:
    from sla_designer.model import Agreement
    from sla_designer.review.reading import ProposedChange, Review
    from sla_designer.ui.document import AgreementDocument

Index = QModelIndex | QPersistentModelIndex
STEP, FIELD, KIND, BEFORE, AFTER, STATUS, AUTHOR, DATE, COMMENTS = range(9)
_ICONS = {
    ACCEPTED: "SP_DialogApplyButton",
    BLOCKED: "SP_MessageBoxWarning",
    OVERTAKEN: "SP_MessageBoxWarning",
    COMMENT: "SP_MessageBoxInformation",
}


def local_time(text: str) -> str:
    """A revision's date (ISO 8601, as Word writes it) in local time, as the interface's
    language writes dates; a text that is no date is shown as it is."""
    moment = QDateTime.fromString(text.strip(), Qt.DateFormat.ISODate)
    if not text.strip() or not moment.isValid():
        return text
    return QLocale().toString(moment.toLocalTime(), QLocale.FormatType.ShortFormat)


def comments_text(change: ProposedChange) -> str:
    """The reviewer's comments on a change, each after its author."""
    return "\n".join(f"{c.author}: {c.text}" if c.author else c.text for c in change.comments)


class ReviewModel(RowsModel):
    """One row per proposed change, in the order of the document."""

    HEADERS = (
        QT_TRANSLATE_NOOP("ReviewModel", "Step"),
        QT_TRANSLATE_NOOP("ReviewModel", "Field"),
        QT_TRANSLATE_NOOP("ReviewModel", "Change"),
        QT_TRANSLATE_NOOP("ReviewModel", "Before"),
        QT_TRANSLATE_NOOP("ReviewModel", "After"),
        QT_TRANSLATE_NOOP("ReviewModel", "Status"),
        QT_TRANSLATE_NOOP("ReviewModel", "Reviewer"),
        QT_TRANSLATE_NOOP("ReviewModel", "Date"),
        QT_TRANSLATE_NOOP("ReviewModel", "Comment"),
    )
    KINDS: ClassVar[dict[str, str]] = {
        "value": QT_TRANSLATE_NOOP("ReviewModel", "Value"),
        "wording": QT_TRANSLATE_NOOP("ReviewModel", "Wording"),
        "deleted": QT_TRANSLATE_NOOP("ReviewModel", "Paragraph deleted"),
        "item_removed": QT_TRANSLATE_NOOP("ReviewModel", "Item removed"),
        "moved": QT_TRANSLATE_NOOP("ReviewModel", "Item moved"),
        "added": QT_TRANSLATE_NOOP("ReviewModel", "Paragraph added"),
        "comment": QT_TRANSLATE_NOOP("ReviewModel", "Comment"),
    }
    STATES: ClassVar[dict[str, str]] = {
        OPEN: QT_TRANSLATE_NOOP("ReviewModel", "Applies cleanly"),
        ACCEPTED: QT_TRANSLATE_NOOP("ReviewModel", "Accepted"),
        COMMENT: QT_TRANSLATE_NOOP("ReviewModel", "Comment to read"),
    }

    def __init__(self, document: AgreementDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.review: Review | None = None
        self._entries: list[ReviewEntry] = []
        self._states: list[tuple[str, str]] = []
        self._snapshot: Agreement | None = None
        """The agreement when the review was imported: it names the items changes point to,
        even those removed since."""
        self._words: dict[tuple[int, str], str] = {}
        # The states follow the document, once per burst of edits (an accept-all is many).
        self._refresh = QTimer(self)
        self._refresh.setSingleShot(True)
        self._refresh.setInterval(0)
        self._refresh.timeout.connect(self.refresh)
        document.changed.connect(self._refresh.start)

    # --- the review ---------------------------------------------------------------------------

    def set_review(self, review: Review) -> None:
        """List the changes of `review`, read against the document's agreement just now."""
        self.beginResetModel()
        agreement = self._document.agreement
        self.review = review
        self._snapshot = agreement.model_copy(deep=True)
        self._entries = [entry_of(agreement, change) for change in review.changes]
        self._states = [_state_of(agreement, entry) for entry in self._entries]
        self._words.clear()
        self.endResetModel()

    def clear(self) -> None:
        self.beginResetModel()
        self.review = None
        self._snapshot = None
        self._entries, self._states = [], []
        self._words.clear()
        self.endResetModel()

    def entry(self, row: int) -> ReviewEntry:
        return self._entries[row]

    def entries(self) -> list[ReviewEntry]:
        return list(self._entries)

    def state(self, row: int) -> tuple[str, str]:
        """What the change of `row` is now (review_edits: OPEN, ACCEPTED...) and why not open."""
        return self._states[row]

    def reject(self, row: int) -> None:
        """Drop the change of `row` from the list; the agreement is not touched."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._entries[row]
        del self._states[row]
        self._words.clear()  # keyed by row
        self.endRemoveRows()

    def refresh(self) -> None:
        """Work out again what each change is, after the agreement changed."""
        self._refresh.stop()
        agreement = self._document.agreement
        self._states = [_state_of(agreement, entry) for entry in self._entries]
        if self._entries:
            last = self.index(len(self._entries) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def retranslate(self) -> None:
        """Headers, kinds, states and field names again, in the interface language."""
        self.retranslate_headers()
        self.refresh()

    # --- what a row says ----------------------------------------------------------------------

    def field_words(self, row: int) -> str:
        """Where the change stands, in words, after its step: 'Metrics and targets › Metric
        «Uptime» › Objective'."""
        step, place = self.step_text(row), self.place_text(row)
        return step if not place or place == step else f"{step} › {place}"

    def step_text(self, row: int) -> str:
        """The step where the change's field is edited ('' for text outside every field)."""
        path = self._entries[row].change.path
        return label(step_of_path(path).title) if path is not None else ""

    def place_text(self, row: int) -> str:
        """The change's field in words, as findings name theirs: 'Metric «Uptime» ›
        Objective'; a paragraph outside every field is named as such."""
        language = current_language()
        said = self._words.get((row, language))
        if said is None:
            said = self._words[(row, language)] = self._say_place(self._entries[row].change)
        return said

    def _say_place(self, change: ProposedChange) -> str:
        from sla_designer.validation.path_words import path_words

        if change.path is None:
            if change.tag:
                return change.tag
            return self.tr("Contract text outside every clause")
        return path_words(change.path, self._snapshot, current_language())

    def kind_text(self, row: int) -> str:
        return self.tr(self.KINDS[self._entries[row].change.kind])

    def status_text(self, row: int) -> str:
        state, reason = self._states[row]
        if state in self.STATES and not (state == OPEN and reason):
            return self.tr(self.STATES[state])
        return reason

    def row_count(self) -> int:
        return len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._entries):
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return one_line(self._cell(row, column))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell(row, column) or None
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            icon = _ICONS.get(self._states[row][0])
            return standard_icon(icon) if icon else None
        if role == Qt.ItemDataRole.ForegroundRole and self._states[row][0] == ACCEPTED:
            # Done: still listed (undo brings it back), shown as settled.
            return QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
        return None

    def _cell(self, row: int, column: int) -> str:
        change = self._entries[row].change
        if column == STEP:
            return self.step_text(row)
        if column == FIELD:
            return self.place_text(row)
        if column == KIND:
            return self.kind_text(row)
        if column == BEFORE:
            return change.old
        if column == AFTER:
            return change.new
        if column == AUTHOR:
            return change.author
        if column == DATE:
            return local_time(change.date)
        if column == COMMENTS:
            return comments_text(change)
        return self.status_text(row)
