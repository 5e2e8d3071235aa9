"""Pickers that make wrong input impossible: references by name, clock durations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sla_designer.model import Agreement, BusinessDays, ClockDuration
from sla_designer.model.units import unit_of
from sla_designer.text.values import Problem, formatter
from sla_designer.ui.binding import SHOWS_STORED
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.i18n import current_language


def reference_choices(document: AgreementDocument, ref: FieldPath) -> list[tuple[str, str]]:
    """(id, label) of the items a reference can point to, e.g. the parties.

    An item is shown by its name; its id only stands in for a missing name, or follows a name
    that two items share, so that the two can be told apart.
    """
    named = []
    for item in document.get(ref):
        name = (
            getattr(item, "short_name", "")
            or getattr(item, "name", "")
            or getattr(item, "legal_name", "")
        )
        named.append((item.id, name))
    names = Counter(name for _, name in named)
    return [
        (item_id, item_id if not name else f"{name} ({item_id})" if names[name] > 1 else name)
        for item_id, name in named
    ]


def _touches(changed: FieldPath, ref: FieldPath) -> bool:
    return ref[: len(changed)] == changed or changed[: len(ref)] == ref


Default = Callable[[Agreement], str]
"""What an unset reference stands for, in words ("The agreement's provider: Cloudworks")."""


class RefComboBox(QComboBox):
    """Pick one item of another list by its name; the model stores its id."""

    edited = Signal()

    def __init__(
        self,
        document: AgreementDocument,
        ref: FieldPath,
        optional: bool = False,
        default: Default | None = None,
    ) -> None:
        """`default` names what the unset choice stands for; without it, it is "(none)"."""
        super().__init__()
        self._document = document
        self._ref = ref
        self._optional = optional
        self._default = default
        self._value: str | None = None
        self._entries: list[tuple[str, str | None]] = []
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(16)
        self.currentIndexChanged.connect(self._on_index)
        document.changed.connect(self._on_changed)
        document.reset.connect(self._populate)
        self._populate()

    def value(self) -> Any:
        return self.currentData()

    def set_value(self, value: Any) -> None:
        self._value = value
        self._populate()

    def _on_index(self) -> None:
        self._value = self.currentData()
        self.edited.emit()

    def _on_changed(self, changed: FieldPath) -> None:
        if _touches(changed, self._ref):
            self._populate()

    def _populate(self) -> None:
        entries: list[tuple[str, str | None]] = []
        if self._optional:
            unset = self._default(self._document.agreement) if self._default else None
            entries.append((unset or self.tr("(none)"), None))
        entries += [
            (label, item_id) for item_id, label in reference_choices(self._document, self._ref)
        ]
        if self._value is not None and all(data != self._value for _, data in entries):
            # A dangling reference stays visible so that the user sees what to fix.
            entries.append((self.tr("%1 (missing)").replace("%1", str(self._value)), self._value))
        index = next((row for row, (_, data) in enumerate(entries) if data == self._value), -1)
        blocked = self.blockSignals(True)
        if entries != self._entries:
            # Rebuilt only when the choices changed, not on every edit of the document.
            self.clear()
            for label, data in entries:
                self.addItem(label, data)
            self._entries = entries
        if self.currentIndex() != index:
            self.setCurrentIndex(index)
        self.blockSignals(blocked)


class CheckList(QListWidget):
    """Pick several items of another list; the model stores their ids in list order."""

    edited = Signal()

    def __init__(self, document: AgreementDocument, ref: FieldPath) -> None:
        super().__init__()
        self._document = document
        self._ref = ref
        self._value: list[str] = []
        self._choices: list[tuple[str, str]] = []
        self.setMaximumHeight(96)
        self.itemChanged.connect(self._on_item)
        document.changed.connect(self._on_changed)
        document.reset.connect(self._populate)
        self._populate()

    def value(self) -> list[str]:
        return [
            str(self.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.count())
            if self.item(row).checkState() == Qt.CheckState.Checked
        ]

    def set_value(self, value: Any) -> None:
        self._value = list(value)
        self._populate()

    def _on_item(self) -> None:
        self._value = self.value()
        self.edited.emit()

    def _on_changed(self, changed: FieldPath) -> None:
        if _touches(changed, self._ref):
            self._populate()

    def _populate(self) -> None:
        choices = reference_choices(self._document, self._ref)
        known = {item_id for item_id, _ in choices}
        missing = self.tr("%1 (missing)")
        choices += [(v, missing.replace("%1", v)) for v in self._value if v not in known]
        if choices == self._choices and self.value() == self._value:
            return  # nothing to show that is not shown already
        self._choices = choices
        blocked = self.blockSignals(True)
        self.clear()
        for item_id, label in choices:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = item_id in self._value
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.addItem(item)
        self.blockSignals(blocked)


class DefaultedCheckList(QWidget):
    """A check list whose empty choice stands for a default, said under it while nothing is
    ticked ("None ticked: the customers (Acme)")."""

    edited = Signal()

    def __init__(self, document: AgreementDocument, ref: FieldPath, default: Default) -> None:
        super().__init__()
        self._document = document
        self._ref = ref
        self._default = default
        self.checks = CheckList(document, ref)
        self.hint = QLabel()
        self.hint.setObjectName("default")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(dark); font-style: italic;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.checks)
        layout.addWidget(self.hint)
        self.setFocusProxy(self.checks)
        self.checks.edited.connect(self._on_edited)
        document.changed.connect(self._on_changed)
        document.reset.connect(self._show_hint)
        self._show_hint()

    def value(self) -> list[str]:
        return self.checks.value()

    def set_value(self, value: Any) -> None:
        self.checks.set_value(value)
        self._show_hint()

    def _on_edited(self) -> None:
        self._show_hint()
        self.edited.emit()

    def _on_changed(self, changed: FieldPath) -> None:
        if _touches(changed, self._ref):
            self._show_hint()

    def _show_hint(self) -> None:
        self.hint.setText(self._default(self._document.agreement))
        self.hint.setVisible(not self.checks.value())


class ClockDurationEdit(QWidget):
    """A time target: hours of business or calendar time ('4 h'), or a number of business days.

    The length is typed and shown in the interface language's way ('1 h 30 min', '2 dias' is
    two days), or the file's ('1h30m'); on leaving it shows the stored value (`SHOWS_STORED`).
    """

    edited = Signal()
    editingFinished = Signal()
    merge_edits = True
    DAY_UNITS = ("same_time", "close_of_business")

    def __init__(self) -> None:
        super().__init__()
        self.setProperty(SHOWS_STORED, True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.length = QLineEdit()
        self.length.setPlaceholderText(self.tr("e.g. 4h, 30m, or 2 for business days"))
        self.length.setAccessibleName(self.tr("Duration"))
        self.clock = QComboBox()
        self.clock.setAccessibleName(self.tr("Clock"))
        self.clock.addItem(self.tr("business hours"), "business")
        self.clock.addItem(self.tr("hours around the clock"), "calendar")
        self.clock.addItem(self.tr("business days, same time of day"), "same_time")
        self.clock.addItem(self.tr("business days, by close of business"), "close_of_business")
        layout.addWidget(self.length, 2)
        layout.addWidget(self.clock, 2)
        self.setFocusProxy(self.length)
        self.length.textEdited.connect(self.edited)
        self.length.editingFinished.connect(self.editingFinished)
        self.clock.currentIndexChanged.connect(self.edited)

    def value(self) -> ClockDuration | BusinessDays:
        unit, text = self.clock.currentData(), self.length.text().strip()
        formats = formatter(current_language())
        if unit in self.DAY_UNITS:
            try:
                days = formats.parse_number(text)
            except ValueError:
                days = Decimal(-1)
            if days != days.to_integral_value() or days < 0:
                raise Problem("values.business_days_count", text=repr(text))
            return BusinessDays(int(days), unit)
        length = formats.parse_duration(text)
        if unit == "business" and unit_of(length) == "d":
            raise Problem("values.business_in_days_typed", text=repr(text))
        return ClockDuration(length, unit)

    def set_value(self, value: Any) -> None:
        unit: str
        formats = formatter(current_language())
        if isinstance(value, BusinessDays):
            text, unit = formats.number(value.days), value.ends
        elif isinstance(value, ClockDuration):
            text, unit = formats.short_duration(value.length), value.clock
        else:
            return
        if self.length.text() != text:
            self.length.setText(text)
        self.clock.setCurrentIndex(self.clock.findData(unit))
