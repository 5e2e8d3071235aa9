"""The editors of numbers, percentages, amounts of money and durations.

Every one reads what is typed with the text layer's one reader (`Formatter.parse_number`,
`Formatter.parse_duration`) in the interface language, and shows the stored value in it:
'25.000,00', '99,95 %', '1 h 30 min' in Portuguese; '25,000.00', '99.95 %' in English. What
the reader refuses ('25.000' in English: twenty-five thousand or twenty-five?) stays in the field,
red with the reason, and the model keeps the value it had before the typing (not '25' on the
way to '25.000'); what it reads is shown back as stored when the field is left (`SHOWS_STORED`,
see `Binding`). Numbers step with the arrow keys.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QSpinBox, QWidget

from sla_designer.model import Money
from sla_designer.text import Texts, texts
from sla_designer.text.typed import check_number, plain_number
from sla_designer.text.values import Problem, formatter, problem_text
from sla_designer.ui.binding import INVALID_STYLE, SHOWS_STORED, Converter
from sla_designer.ui.document import AgreementDocument
from sla_designer.ui.i18n import current_language

if TYPE_CHECKING:
    from sla_designer.text.formats import Formatter

NOT_SET = "—"
_PLAIN = re.compile(r"-?[0-9]+")


def _unit_words(language: str) -> Texts:
    """The units written after a field's number ('1 month', '30 days')."""
    return texts(language).section("terms.field_units")


def _formats() -> Formatter:
    """The one formatter, in the interface language (babel loads on the first number shown)."""
    return formatter(current_language())


@dataclass(frozen=True)
class NumberRule:
    """What a number field takes and how it shows it."""

    minimum: Decimal | None = None
    maximum: Decimal | None = None
    decimals: int | None = None
    """Decimal places taken at most (0: a whole number, stored as an int)."""
    percent: bool = False
    unit: str = ""
    """The unit after the number, a key of `terms.field_units` in the text files: written in
    the interface language and in the number's plural form ('1 day', '30 days')."""
    optional: bool = False
    step: Decimal = Decimal(1)

    def show(self, value: Decimal | int | None) -> str:
        """The value in the interface language: '25.000', '99,95 %', '30 days'."""
        if value is None:
            return ""
        if isinstance(value, bool) or not isinstance(value, Decimal | int):
            # A form of another kind of item still bound here: the binding shows nothing.
            raise TypeError(f"not a number: {value!r}")
        if -1000 < value < 1000 and value == int(value):
            # No separator in any language: written without loading babel, which the first
            # page shown (its day and month counts) would otherwise load before it is painted.
            shown = str(int(value))
        else:
            shown = _formats().number(value)
        if self.percent:
            return texts(current_language())("terms.formats.percent", value=shown)
        if self.unit:
            return _unit_words(current_language())(self.unit, count=float(value), n=shown)
        return shown

    def read(self, text: str) -> Decimal | int | None:
        """The value `text` says, within the limits; a Problem saying why not."""
        body = text.strip()
        for unit in self._unit_forms():
            if unit and body.casefold().endswith(unit.casefold()):
                body = body[: -len(unit)].strip()
                break
        if body in ("", NOT_SET):
            if self.optional:
                return None
            raise Problem("values.refusal.required")
        if _PLAIN.fullmatch(body):
            value = Decimal(body)  # plain digits, read alike everywhere (and without babel)
        else:
            value = _formats().parse_number(
                body, percent=self.percent, minimum=self.minimum, maximum=self.maximum
            )
        check_number(
            value,
            minimum=self.minimum,
            maximum=self.maximum,
            decimals=self.decimals,
            percent=self.percent,
        )
        value = plain_number(value)
        return int(value) if self.decimals == 0 else value

    def _unit_forms(self) -> list[str]:
        """The words after the number, longest first, in every plural form of the language."""
        if not self.unit:
            return []
        words = _unit_words(current_language())
        forms = {words.split_counted(self.unit, "n", count)[1].strip() for count in (1, 2, 5)}
        return sorted(forms, key=len, reverse=True)

    def converter(self) -> Converter:
        return Converter(self.show, self.read)


class NumberBox(QAbstractSpinBox):
    """A number typed in the interface language's way, stepped with the arrow keys.

    Its value is its text; the binding's converter (`NumberRule`) reads it, so that a refused
    text stays as typed, with the reason.
    """

    edited = Signal()

    def __init__(self, rule: NumberRule, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rule = rule
        self.setProperty(SHOWS_STORED, True)
        self.setAccelerated(True)
        if rule.optional:
            self.lineEdit().setPlaceholderText(NOT_SET)
        self.lineEdit().textEdited.connect(self.edited)

    def value(self) -> str:
        return self.lineEdit().text()

    def set_value(self, value: Any) -> None:
        text = str(value)
        if self.lineEdit().text() != text:
            self.lineEdit().setText(text)

    def _number(self) -> Decimal | None:
        try:
            value = self.rule.read(self.value())
        except ValueError:
            return None
        return None if value is None else Decimal(value)

    def stepBy(self, steps: int) -> None:
        value = self._number()
        start = self.rule.minimum if self.rule.minimum is not None else Decimal(0)
        new = start if value is None else value + steps * self.rule.step
        if self.rule.minimum is not None:
            new = max(new, self.rule.minimum)
        if self.rule.maximum is not None:
            new = min(new, self.rule.maximum)
        self.set_value(self.rule.show(int(new) if self.rule.decimals == 0 else plain_number(new)))
        self.edited.emit()

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.isReadOnly():
            return QAbstractSpinBox.StepEnabledFlag.StepNone
        value, rule = self._number(), self.rule
        flags = QAbstractSpinBox.StepEnabledFlag.StepNone
        if value is None or rule.maximum is None or value < rule.maximum:
            flags |= QAbstractSpinBox.StepEnabledFlag.StepUpEnabled
        if value is not None and (rule.minimum is None or value > rule.minimum):
            flags |= QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
        return flags


def money_editor(document: AgreementDocument) -> tuple[QLineEdit, Converter]:
    """An amount in the agreement's currency, with the currency's decimals: '25.000,00'."""
    line = QLineEdit()
    line.setProperty(SHOWS_STORED, True)
    line.setPlaceholderText(
        QCoreApplication.translate("Fields", "amount, in the agreement's currency")
    )

    def places() -> int:
        from babel.numbers import get_currency_precision

        return int(get_currency_precision(document.agreement.currency))

    def to_widget(value: Money | None) -> str:
        return "" if value is None else _formats().number(value.amount, places())

    def to_model(text: str) -> Money | None:
        if not text.strip():
            return None
        amount = _formats().parse_number(text)
        check_number(amount, minimum=Decimal(0), decimals=places())
        return Money(amount=plain_number(amount), currency=document.agreement.currency)

    return line, Converter(to_widget, to_model)


def duration_editor(optional: bool) -> tuple[QLineEdit, Converter]:
    """A duration in the interface language's words ('1 h 30 min') or the file's ('1h30m')."""
    line = QLineEdit()
    line.setProperty(SHOWS_STORED, True)
    # The compact forms are read in either language, as are '1 h 30 min' and the language's words.
    example = QCoreApplication.translate("Fields", "e.g. 4 h, 1 h 30 min, 2 d, 45 s")
    if optional:
        example = QCoreApplication.translate("Fields", "e.g. 4 h, 1 h 30 min, 2 d, 45 s (optional)")
    line.setPlaceholderText(example)

    def to_model(text: str) -> Any:
        if optional and not text.strip():
            return None
        return _formats().parse_duration(text)

    return line, Converter(lambda v: "" if v is None else _formats().short_duration(v), to_model)


class WholeNumberBox(QSpinBox):
    """A whole number of a calculator panel (calls, minutes, seconds), written and read in the
    panel's language by the shared reader: '1.000' is a thousand in Portuguese, and refused as
    ambiguous in English, with the reason as the tooltip while it is typed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"

    def set_language(self, language: str) -> None:
        """Write the number in `language` from now on."""
        self.language = language
        self.setValue(self.value())
        self.lineEdit().setText(self.textFromValue(self.value()) + self.suffix())

    def textFromValue(self, value: int) -> str:
        return formatter(self.language).number(value)

    def valueFromText(self, text: str) -> int:
        return int(self._read(text))

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        try:
            self._read(text)
        except ValueError as error:
            self.setToolTip(problem_text(error, self.language))
            self.setStyleSheet(INVALID_STYLE)
            return QValidator.State.Intermediate, text, pos
        self.setToolTip("")
        self.setStyleSheet("")
        return QValidator.State.Acceptable, text, pos

    def _read(self, text: str) -> Decimal:
        body = text.strip()
        suffix = self.suffix().strip()
        if suffix and body.endswith(suffix):
            body = body[: -len(suffix)].strip()
        low, high = Decimal(self.minimum()), Decimal(self.maximum())
        value = formatter(self.language).parse_number(body, minimum=low, maximum=high)
        return check_number(value, minimum=low, maximum=high, decimals=0)
