"""Live findings: validation re-run shortly after the user stops typing, shown as a table."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import (
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from sla_designer.ui.change_tables import paint_empty
from sla_designer.ui.document import AgreementDocument
from sla_designer.ui.first_paint import FirstPaint
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, current_language, label
from sla_designer.ui.icons import standard_icon
from sla_designer.ui.item_models import RowsModel
from sla_designer.ui.steps import step_of

if TYPE_CHECKING:
    from sla_designer.model import Agreement
    from sla_designer.validation.findings import Finding

DEBOUNCE_MS = 250
_ICONS = {
    "error": "SP_MessageBoxCritical",
    "warning": "SP_MessageBoxWarning",
    "info": "SP_MessageBoxInformation",
}
Index = QModelIndex | QPersistentModelIndex


class FindingsWatcher(QObject):
    """Validates the document after each burst of edits; `updated` carries the new findings."""

    updated = Signal(list)

    def __init__(self, document: AgreementDocument, delay_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(document)
        self._document = document
        self.findings: list[Finding] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.run_now)
        # A new agreement is checked as soon as the event loop is free, and not before the
        # window's first paint (see hold_until): the validation rules and the holiday tables
        # are imported then, not at start-up.
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(0)
        self.soon.timeout.connect(self.run_now)
        self._held = False
        self._due = False
        document.changed.connect(self.timer.start)
        document.reset.connect(self._check_soon)

    def hold_until(self, first_paint: FirstPaint) -> None:
        """Check nothing before the window's first paint (see ui.first_paint), if still to come."""
        if not first_paint.done:
            self._held = True
            first_paint.painted.connect(self._release)

    def _release(self) -> None:
        self._held = False
        if self._due:
            self._due = False
            self.soon.start()

    def _check_soon(self) -> None:
        if self._held:
            self._due = True
        else:
            self.soon.start()

    def run_now(self) -> None:
        """Validate at once (used by tests and measurements that do not want to wait)."""
        from sla_designer.validation import validate

        self.timer.stop()
        self.soon.stop()
        self._due = False
        self.findings = validate(self._document.agreement)
        self.updated.emit(self.findings)


class FindingsModel(RowsModel):
    """Severity, step and message of each finding."""

    HEADERS = (
        QT_TRANSLATE_NOOP("FindingsModel", "Severity"),
        QT_TRANSLATE_NOOP("FindingsModel", "Step"),
        QT_TRANSLATE_NOOP("FindingsModel", "Message"),
        QT_TRANSLATE_NOOP("FindingsModel", "Field"),
    )
    SEVERITIES: ClassVar[dict[str, str]] = {
        "error": QT_TRANSLATE_NOOP("FindingsModel", "Error"),
        "warning": QT_TRANSLATE_NOOP("FindingsModel", "Warning"),
        "info": QT_TRANSLATE_NOOP("FindingsModel", "Info"),
    }

    def __init__(self, language: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._findings: list[Finding] = []
        self._agreement: Agreement | None = None
        self._places: dict[tuple[int, str], str] = {}
        self.checked = False
        """Whether findings were given yet: until then, no row does not mean no finding."""
        # Findings are shown in the interface's language, not the contract's.
        self.language = language or current_language()

    def set_findings(self, findings: list[Finding], agreement: Agreement | None = None) -> None:
        """Show `findings`; `agreement` names the items their fields belong to."""
        self.beginResetModel()
        self._findings = list(findings)
        self._agreement = agreement
        self._places.clear()
        self.checked = True
        self.endResetModel()

    def place(self, row: int) -> str:
        """Where the finding of `row` stands, in words ("Party «Acme» › Tax number")."""
        key = (row, self.language)
        said = self._places.get(key)
        if said is None:
            from sla_designer.validation.path_words import path_words

            finding = self._findings[row]
            said = self._places[key] = path_words(finding.path, self._agreement, self.language)
        return said

    def retranslate(self) -> None:
        """Headers and cells again, in the interface language.

        A finding keeps its values and writes its message in the language asked, so the same
        findings are shown again without validating again; the selected row stays selected.
        """
        self.language = current_language()
        self.retranslate_headers()
        if self._findings:
            last = self.index(len(self._findings) - 1, len(self.HEADERS) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def finding(self, row: int) -> Finding:
        return self._findings[row]

    def row_count(self) -> int:
        return len(self._findings)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._findings):
            return None
        finding = self._findings[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            return standard_icon(_ICONS[finding.severity])
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.place(index.row())}: {finding.message(self.language)}"
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return self.tr(self.SEVERITIES[finding.severity])
        if column == 1:
            return label(step_of(finding).title)
        if column == 2:
            return finding.message(self.language)
        return self.place(index.row())


class FindingsPanel(QTableView):
    """The findings table; activating a row asks the window to show that field."""

    finding_activated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings_model = FindingsModel(parent=self)
        self.setModel(self.findings_model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.activated.connect(self._on_activated)
        self.clicked.connect(self._on_activated)

    @property
    def empty_text(self) -> str:
        """What the empty table says."""
        return self.tr("No findings: every check passes.")

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.findings_model.checked and self.findings_model.rowCount() == 0:
            # An empty table would look broken; say that nothing is wrong. (Before the first
            # check, in the window's first paint, the table is simply empty.)
            paint_empty(self, self.empty_text)

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.finding_activated.emit(self.findings_model.finding(index.row()))
