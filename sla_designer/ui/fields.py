"""Field descriptions and the editor widget each kind of field gets.

Pages describe their fields as data (`FieldSpec`); this module turns a spec into a widget and
the converter that maps between the widget's value and the model's. Input that cannot be wrong is
preferred: spin boxes with units, pickers for time zones and for references to other items.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from sla_designer.model import TimeOfDay
from sla_designer.text.values import problem_text
from sla_designer.ui.binding import Converter
from sla_designer.ui.choice_checks import ChoiceChecks
from sla_designer.ui.country_box import CountryBox
from sla_designer.ui.currency_box import CurrencyBox
from sla_designer.ui.date_field import DateField
from sla_designer.ui.document import AgreementDocument
from sla_designer.ui.holiday_picker import SubdivisionBox
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, current_language, label
from sla_designer.ui.number_edit import NumberBox, NumberRule, duration_editor, money_editor
from sla_designer.ui.pickers import (
    CheckList,
    ClockDurationEdit,
    Default,
    DefaultedCheckList,
    RefComboBox,
)
from sla_designer.ui.timezone_box import TimeZoneBox
from sla_designer.ui.weekdays import WeekdayPicker

Choices = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class FieldSpec:
    """One editable field of a form: where it is, how it is labelled, which editor it gets."""

    name: str
    label: str
    kind: str = "text"
    choices: Choices = ()
    ref: tuple[str, ...] = ()
    minimum: float = 0
    maximum: float = 1_000_000
    decimals: int = 3
    unit: str = ""
    """The unit after a number, a key of `terms.field_units` ('months': '1 month', '2 months')."""
    optional: bool = False
    help: str = ""
    factory: Callable[[], Any] | None = field(default=None, compare=False)
    default: Default | None = field(default=None, compare=False)
    """For a reference left unset: what it stands for, in words, shown in its place."""

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(self.name.split("."))


CALENDAR_CHOICE = FieldSpec(
    "calendar", QT_TRANSLATE_NOOP("Labels", "Calendar"), "ref", ref=("calendars",), optional=True
)
"""The optional calendar of a metric, priority, target or maintenance window, picked by name."""


def _text_lines(value: Any) -> str:
    return "\n".join(value)


def _lines_to_list(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _time_of_day(text: str) -> TimeOfDay:
    """A time of day, refused in the interface language."""
    try:
        return TimeOfDay.parse(text)
    except ValueError as error:
        raise ValueError(problem_text(error, current_language())) from None


def number_rule(spec: FieldSpec) -> NumberRule:
    """What a number field of `spec` takes: a percentage 0 to 100, a whole number, or a number
    with at most `spec.decimals` places, within the spec's limits."""
    if spec.kind == "percent":
        low, high = Decimal(0), Decimal(100)
    else:
        low, high = Decimal(str(spec.minimum)), Decimal(str(spec.maximum))
    return NumberRule(
        minimum=low,
        maximum=high,
        decimals=0 if spec.kind == "int" else spec.decimals,
        percent=spec.kind == "percent",
        unit=spec.unit,
        optional=spec.optional,
    )


FIELD_KIND = "fieldKind"
"""Property of an editor: the kind of field it edits ('money', 'percent', ...)."""


def make_editor(spec: FieldSpec, document: AgreementDocument) -> tuple[QWidget, Converter]:
    """The widget for a field and the converter that binds it, in the interface language."""
    widget, converter = _make_editor(spec, document)
    widget.setProperty(FIELD_KIND, spec.kind)
    return widget, converter


def _make_editor(spec: FieldSpec, document: AgreementDocument) -> tuple[QWidget, Converter]:
    kind = spec.kind
    help_text = label(spec.help)
    if kind in {"text", "id"}:
        line = QLineEdit()
        line.setPlaceholderText(help_text)
        return line, Converter()
    if kind == "multiline":
        text = QPlainTextEdit()
        text.setTabChangesFocus(True)
        text.setPlaceholderText(help_text)
        text.setMaximumHeight(90)
        return text, Converter()
    if kind == "lines":
        lines = QPlainTextEdit()
        lines.setTabChangesFocus(True)
        lines.setPlaceholderText(
            help_text or QCoreApplication.translate("Fields", "One item per line")
        )
        lines.setMaximumHeight(90)
        return lines, Converter(_text_lines, _lines_to_list)
    if kind in {"int", "percent", "decimal"}:
        rule = number_rule(spec)
        return NumberBox(rule), rule.converter()
    if kind == "duration":
        return duration_editor(spec.optional)
    if kind == "clock_duration":
        return ClockDurationEdit(), Converter(lambda v: v, lambda v: v)
    if kind == "date":
        return DateField(lambda: document.agreement.effective_date), Converter()
    if kind == "bool":
        return QCheckBox(help_text), Converter()
    if kind == "choice":
        combo = QComboBox()
        for value, shown in spec.choices:
            combo.addItem(label(shown), value)
        # An empty choice stands for "not set" (None in the model).
        return combo, Converter(lambda v: "" if v is None else v, lambda v: v or None)
    if kind == "optional_text":
        optional = QLineEdit()
        optional.setPlaceholderText(help_text)
        return optional, Converter(lambda v: v or "", lambda v: v.strip() or None)
    if kind == "time":
        time = QLineEdit()
        time.setPlaceholderText(QCoreApplication.translate("Fields", "HH:MM"))
        time.setInputMask("99:99")
        return time, Converter(str, _time_of_day)
    if kind == "weekdays":
        return WeekdayPicker(), Converter()
    if kind == "checks":
        return ChoiceChecks(spec.choices), Converter()
    if kind == "ref":
        combo = RefComboBox(document, spec.ref, optional=spec.optional, default=spec.default)
        return combo, Converter()
    if kind == "refs":
        if spec.default is not None:
            return DefaultedCheckList(document, spec.ref, spec.default), Converter()
        return CheckList(document, spec.ref), Converter()
    if kind == "timezone":
        return TimeZoneBox(), Converter()
    if kind == "country":
        return CountryBox(), Converter()
    if kind == "currency":
        return CurrencyBox(), Converter()
    if kind == "subdivision":
        return SubdivisionBox(), Converter()
    if kind == "money":
        return money_editor(document)
    raise ValueError(f"unknown field kind {kind!r}")
