"""The mapping dialog of a back-test: the ticket file's first rows, the preset guessed from its
columns, and what the preset cannot know (time zone, priorities, the workflow's own states,
pauses, columns), prefilled.

What the dialog shows is read through the back-test package (`backtest.guess`, DuckDB), never
by Qt; the mapping it gives is a `backtest.mapping.Mapping`, saved and loaded as the YAML file
the command line reads (`--mapping`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sla_designer.backtest.guess import (
    FilePreview,
    event_roles,
    guess_preset,
    needs_events,
    prefilled,
    presets,
    ranked,
    ticket_roles,
)
from sla_designer.backtest.mapping import Mapping
from sla_designer.model import Agreement, ResolutionTimeMetric, ResponseTimeMetric
from sla_designer.text.values import problem_text
from sla_designer.ui.backtest_mapping_parts import (
    ColumnsForm,
    OwnStateField,
    PausesTable,
    PrioritiesTable,
    preset_name,
)
from sla_designer.ui.i18n import current_language
from sla_designer.ui.timezone_box import TimeZoneBox


class MappingDialog(QDialog):
    """Say how a ticket file reads: its preset and its mapping."""

    column_wanted = Signal(str)
    """The values of this priority column are wanted (`set_priority_values` gives them)."""

    def __init__(
        self,
        agreement: Agreement,
        preview: FilePreview,
        priority_values: list[str] | None,
        *,
        start: Mapping | None = None,
        events: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("backtest-mapping")
        self.setWindowTitle(QCoreApplication.translate("Backtest", "Ticket file mapping"))
        self.agreement = agreement
        self.preview = preview
        self.priority_values = priority_values
        """The values of the file's priority column, most frequent first; None while read."""
        self.values_column: str | None = None
        """The column `priority_values` are (or are being) read from."""
        self.start = start
        self.events_columns: tuple[str, ...] = ()
        layout = QVBoxLayout(self)
        caption = QLabel(
            QCoreApplication.translate("Backtest", "First rows of %1").replace(
                "%1", preview.path.name
            )
        )
        layout.addWidget(caption)
        self.rows = QTableWidget(len(preview.rows), len(preview.columns))
        self.rows.setObjectName("first-rows")
        self.rows.setAccessibleName(
            QCoreApplication.translate("Backtest", "First rows of the ticket file")
        )
        self.rows.setHorizontalHeaderLabels(list(preview.columns))
        self.rows.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for r, row in enumerate(preview.rows):
            for c, value in enumerate(row):
                self.rows.setItem(r, c, QTableWidgetItem(value))
        self.rows.resizeColumnsToContents()
        self.rows.setMaximumHeight(190)
        caption.setBuddy(self.rows)
        layout.addWidget(self.rows)

        form = QFormLayout()
        self.preset = QComboBox()
        self.preset.setObjectName("preset")
        for name in presets():
            self.preset.addItem(preset_name(name), name)
        self.guessed = guess_preset(preview.columns)
        chosen = start.preset if start is not None and start.preset else self.guessed
        self.preset.setCurrentIndex(max(0, self.preset.findData(chosen or "servicenow")))
        self.guess_note = QLabel()
        self.guess_note.setObjectName("guess-note")
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset)
        preset_row.addWidget(self.guess_note, 1)
        form.addRow(QCoreApplication.translate("Backtest", "Exported from"), preset_row)
        self.preset.setAccessibleName(QCoreApplication.translate("Backtest", "Exported from"))

        self.events = QLineEdit(str(events) if events else "")
        self.events.setObjectName("events-file")
        self.events.setAccessibleName(QCoreApplication.translate("Backtest", "Events file"))
        self.events_button = QPushButton(QCoreApplication.translate("Backtest", "Choose…"))
        self.events_button.setObjectName("choose-events")
        events_row = QHBoxLayout()
        events_row.addWidget(self.events, 1)
        events_row.addWidget(self.events_button)
        self.events_label = QLabel(QCoreApplication.translate("Backtest", "Events file"))
        form.addRow(self.events_label, events_row)

        self.zone = TimeZoneBox()
        self.zone.setObjectName("timezone")
        self.zone.setAccessibleName(
            QCoreApplication.translate("Backtest", "Time zone of times without an offset")
        )
        form.addRow(
            QCoreApplication.translate("Backtest", "Time zone of times without an offset"),
            self.zone,
        )
        self.date_format = QLineEdit()
        self.date_format.setObjectName("date-format")
        self.date_format.setAccessibleName(QCoreApplication.translate("Backtest", "Date format"))
        form.addRow(QCoreApplication.translate("Backtest", "Date format"), self.date_format)
        layout.addLayout(form)

        parts = QHBoxLayout()
        self.priorities = PrioritiesTable([p.id for p in agreement.priorities])
        self.pauses = PausesTable(
            [
                (m.id, m.name)
                for m in agreement.metrics
                if isinstance(m, ResponseTimeMetric | ResolutionTimeMetric)
            ]
        )
        self.columns = ColumnsForm()
        for title, part, share in (
            (QCoreApplication.translate("Backtest", "Priorities"), self.priorities, 2),
            (QCoreApplication.translate("Backtest", "States that pause the clock"), self.pauses, 3),
            (QCoreApplication.translate("Backtest", "Columns"), self.columns, 2),
        ):
            box = QVBoxLayout()
            heading = QLabel(f"<b>{title}</b>")
            heading.setBuddy(part)
            box.addWidget(heading)
            if part is self.priorities:
                self.reading_note = QLabel(
                    QCoreApplication.translate("Backtest", "Reading the file's priorities…")
                )
                self.reading_note.setObjectName("reading-priorities")
                box.addWidget(self.reading_note)
            if part is self.pauses:
                note = QLabel(
                    QCoreApplication.translate(
                        "Backtest",
                        "Ticked at first: the states that wait on the requester, for the "
                        "metrics whose clock rules pause. Tick what the clock rules name.",
                    )
                )
                note.setWordWrap(True)
                box.addWidget(note)
            box.addWidget(part, 1)
            if part is self.pauses:
                self.own_state = OwnStateField()
                self.own_state.added.connect(self.add_state)
                box.addWidget(self.own_state)
            parts.addLayout(box, share)
        layout.addLayout(parts, 1)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.load_button = buttons.addButton(
            QCoreApplication.translate("Backtest", "Load mapping…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.load_button.setObjectName("load-mapping")
        self.save_button = buttons.addButton(
            QCoreApplication.translate("Backtest", "Save mapping…"),
            QDialogButtonBox.ButtonRole.ActionRole,
        )
        self.save_button.setObjectName("save-mapping")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("Backtest", "Use this mapping"))
        self.ok_button = ok
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setObjectName("mapping-problem")
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.preset.currentIndexChanged.connect(lambda _row: self.fill())
        self.fill()
        self.resize(1100, 720)

    def add_state(self, name: str) -> None:
        """Add a state to the workflow's own: the mapping as the dialog shows it, with that
        state too (it then pauses a metric or ends a resolution clock where ticked)."""
        if name in self.pauses.states:
            self.show_problem(
                QCoreApplication.translate("Backtest", "The state %1 is listed already.").replace(
                    "%1", name
                )
            )
            return
        try:
            shown = self.mapping()
        except ValueError as error:
            self.show_problem(problem_text(error, current_language()))
            return
        self.start = shown.model_copy(update={"states": [*shown.states, name]})
        self.own_state.field.clear()
        self.problem.hide()
        self.fill()

    def accept(self) -> None:
        """Close only on a mapping that holds; else say why, in one line."""
        try:
            self.mapping()
        except ValueError as error:
            self.show_problem(problem_text(error, current_language()))
            return
        super().accept()

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))

    def chosen_preset(self) -> str:
        return str(self.preset.currentData())

    def set_priority_values(self, column: str, values: list[str]) -> None:
        """The values read from priority column `column`, shown to be mapped (if it is still
        the column the dialog wants)."""
        if column != self.values_column:
            return
        self.priority_values = values
        self.priorities.show_values(
            ranked(self.chosen_preset(), values), self._prefilled().priorities
        )
        self._show_reading()

    def priority_values_failed(self, column: str, message: str) -> None:
        """The priority column `column` could not be read: why, and no values to map."""
        if column == self.values_column:
            self.set_priority_values(column, [])
            self.show_problem(message)

    def _show_reading(self) -> None:
        reading = self.priority_values is None
        self.reading_note.setVisible(reading)
        self.ok_button.setEnabled(not reading)

    def _prefilled(self) -> Mapping:
        return prefilled(
            self.chosen_preset(),
            self.preview.columns,
            self.priority_values or [],
            [p.id for p in self.agreement.priorities],
            start=self.start,
            pausing=[m.id for m in self.agreement.metrics if _pauses(m)],
        )

    def set_events_columns(self, columns: tuple[str, ...]) -> None:
        """The events file's columns (read by the caller), offered for the event roles."""
        self.events_columns = columns
        self.fill()

    def fill(self, start: Mapping | None = None) -> None:
        """Show the chosen preset's mapping: `start` (or the one the dialog began with) for
        what it says, the preset's defaults and the file's values for the rest."""
        if start is not None:
            self.start = start
            at = self.preset.findData(start.preset) if start.preset else -1
            if at >= 0 and at != self.preset.currentIndex():
                self.preset.blockSignals(True)
                self.preset.setCurrentIndex(at)
                self.preset.blockSignals(False)
        preset = self.chosen_preset()
        rules = presets()[preset]
        mapping = self._prefilled()
        column = mapping.column("priority", rules.columns.get("priority", ""))
        if column != self.values_column:
            # Another preset names another column: its values are read anew.
            if self.values_column is not None:
                self.priority_values = None
            self.values_column = column
            if self.priority_values is None:
                self.column_wanted.emit(column)
        if preset == self.guessed:
            self.guess_note.setText(
                QCoreApplication.translate("Backtest", "Guessed from the file's columns")
            )
        elif self.guessed is None:
            self.guess_note.setText(
                QCoreApplication.translate("Backtest", "The columns match no known export")
            )
        else:
            self.guess_note.setText(
                QCoreApplication.translate("Backtest", "The columns look like %1").replace(
                    "%1", preset_name(self.guessed)
                )
            )
        events = needs_events(rules)
        for widget in (self.events, self.events_button, self.events_label):
            widget.setVisible(events)
        zone = mapping.timezone or next(
            (c.timezone for c in self.agreement.calendars if c.timezone), "UTC"
        )
        self.zone.set_value(zone)
        self.date_format.setText(mapping.date_format or "")
        self.date_format.setPlaceholderText(rules.date_format or "ISO 8601")
        self.priorities.show_values(ranked(preset, self.priority_values or []), mapping.priorities)
        self._show_reading()
        workflow = rules.with_mapping(mapping)
        self.pauses.show_states(
            list(workflow.states),
            mapping.pauses,
            mapping.stops,
            own=workflow.states[len(rules.states) :],
            fixed=rules.stops,
        )
        roles = dict(ticket_roles(rules))
        self.columns.show_roles(
            roles,
            event_roles(rules) if events else {},
            self.preview.columns,
            self.events_columns,
            {str(k): v for k, v in mapping.columns.items()},
        )

    def events_path(self) -> Path | None:
        text = self.events.text().strip()
        return Path(text) if text and needs_events(presets()[self.chosen_preset()]) else None

    def mapping(self) -> Mapping:
        """The mapping as the dialog shows it (only the columns that differ from the
        preset's)."""
        rules = presets()[self.chosen_preset()]
        # What the dialog has no field for stays as the mapping it began with says.
        kept = self._prefilled().model_dump(include=_KEPT)
        return Mapping.model_validate(
            {
                **kept,
                "preset": self.chosen_preset(),
                "timezone": self.zone.value(),
                "priorities": self.priorities.chosen(),
                "pauses": self.pauses.chosen(),
                "columns": self.columns.chosen(rules.columns),
                "date_format": self.date_format.text().strip() or None,
                "states": self.pauses.own,
                "stops": self.pauses.chosen_stops(),
            }
        )


_KEPT = {"threshold", "short_abandon_threshold"}
"""The mapping's keys the dialog shows no field for."""


def _pauses(metric: object) -> bool:
    """Whether a time metric's clock rules say it pauses."""
    clock = getattr(metric, "clock", None)
    return isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric) and bool(
        clock is not None and clock.pauses
    )
