"""Field descriptions and the editor widget each kind of field gets.

Pages describe their fields as data (`FieldSpec`); this module turns a spec into a widget and
the converter that maps between the widget's value and the model's. Input that cannot be wrong is
preferred: spin boxes with units, pickers for time zones and for references to other items.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from sla_designer.model import Money, TimeOfDay, format_duration, parse_duration
from sla_designer.text.values import problem_text
from sla_designer.ui.binding import Converter
from sla_designer.ui.country_box import CountryBox
from sla_designer.ui.document import AgreementDocument
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, current_language, label
from sla_designer.ui.pickers import (
    CheckList,
    ClockDurationEdit,
    Default,
    DefaultedCheckList,
    RefComboBox,
    TimeZoneBox,
)
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
    suffix: str = ""
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

NO_DATE = QDate(1900, 1, 1)


def _text_lines(value: Any) -> str:
    return "\n".join(value)


def _lines_to_list(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def _to_decimal(text: Any) -> Decimal:
    try:
        value = Decimal(str(text)).quantize(Decimal("0.001")).normalize()
    except InvalidOperation:
        raise ValueError(
            QCoreApplication.translate("Fields", "%1 is not a number").replace("%1", repr(text))
        ) from None
    # normalize() writes 30 as 3E+1; whole numbers keep their plain digits.
    return value.quantize(Decimal(1)) if value == value.to_integral_value() else value


def _duration(text: str) -> dt.timedelta:
    """A duration, refused in the interface language."""
    try:
        return parse_duration(text)
    except ValueError as error:
        raise ValueError(problem_text(error, current_language())) from None


def _optional_duration(text: str) -> Any:
    return _duration(text) if text.strip() else None


def _time_of_day(text: str) -> TimeOfDay:
    """A time of day, refused in the interface language."""
    try:
        return TimeOfDay.parse(text)
    except ValueError as error:
        raise ValueError(problem_text(error, current_language())) from None


def _money_converter(document: AgreementDocument) -> Converter:
    def to_model(text: str) -> Money | None:
        if not text.strip():
            return None
        return Money(
            amount=_to_decimal(text.replace(",", "")), currency=document.agreement.currency
        )

    return Converter(
        to_widget=lambda value: "" if value is None else f"{value.amount:f}", to_model=to_model
    )


def _date_format() -> str:
    """Dates as the interface language writes them (01/05/2027 in Portuguese); in English the
    unambiguous ISO form, since English-speaking readers differ on day and month order."""
    locale = QLocale()
    if locale.language() == QLocale.Language.English:
        return "yyyy-MM-dd"
    text = locale.dateFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")


def _date_converter() -> Converter:
    def to_widget(value: dt.date | None) -> QDate:
        return NO_DATE if value is None else QDate(value.year, value.month, value.day)

    def to_model(value: QDate) -> dt.date | None:
        return None if value == NO_DATE else dt.date(value.year(), value.month(), value.day())

    return Converter(to_widget, to_model)


def make_editor(spec: FieldSpec, document: AgreementDocument) -> tuple[QWidget, Converter]:
    """The widget for a field and the converter that binds it, in the interface language."""
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
    if kind == "int":
        spin = QSpinBox()
        spin.setRange(int(spec.minimum), int(spec.maximum))
        spin.setSuffix(label(spec.suffix))
        if spec.optional:
            # The lowest value stands for "not set", shown as a dash.
            spin.setMinimum(int(spec.minimum) - 1)
            spin.setSpecialValueText("—")
            floor = int(spec.minimum) - 1
            return spin, Converter(
                lambda v: floor if v is None else v, lambda v: None if v == floor else v
            )
        return spin, Converter()
    if kind in {"percent", "decimal"}:
        dspin = QDoubleSpinBox()
        dspin.setDecimals(spec.decimals)
        low = 0.0 if kind == "percent" else spec.minimum
        high = 100.0 if kind == "percent" else spec.maximum
        dspin.setSuffix(
            QCoreApplication.translate("Fields", " %") if kind == "percent" else label(spec.suffix)
        )
        if spec.optional:
            dspin.setRange(low - 1, high)
            dspin.setSpecialValueText("—")
            return dspin, Converter(
                lambda v: low - 1 if v is None else float(v),
                lambda v: None if v < low else _to_decimal(v),
            )
        dspin.setRange(low, high)
        return dspin, Converter(float, _to_decimal)
    if kind == "duration":
        dline = QLineEdit()
        dline.setPlaceholderText(
            QCoreApplication.translate("Fields", "e.g. 4h, 1h30m, 2d, 45s (optional)")
            if spec.optional
            else QCoreApplication.translate("Fields", "e.g. 4h, 1h30m, 2d, 45s")
        )
        return dline, Converter(
            lambda v: "" if v is None else format_duration(v),
            _optional_duration if spec.optional else _duration,
        )
    if kind == "clock_duration":
        return ClockDurationEdit(), Converter(lambda v: v, lambda v: v)
    if kind == "date":
        date = QDateEdit()
        date.setCalendarPopup(True)
        date.setDisplayFormat(_date_format())
        date.setMinimumDate(NO_DATE)
        date.setSpecialValueText("—")
        return date, _date_converter()
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
    if kind == "money":
        money = QLineEdit()
        money.setPlaceholderText(
            QCoreApplication.translate("Fields", "amount, in the agreement's currency")
        )
        return money, _money_converter(document)
    raise ValueError(f"unknown field kind {kind!r}")
