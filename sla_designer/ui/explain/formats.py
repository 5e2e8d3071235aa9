"""Numbers, money, durations and moments as the panels show them, per interface language.

Digits, separators, month and weekday names come from babel's locale data, the same the
calculators' explanations use, so a panel and the sentence under it write numbers alike.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import NumberFormatError, format_currency, format_decimal, parse_decimal
from PySide6.QtCore import QLocale

from sla_designer.calc.budget import duration_text

_LOCALES = {"en": "en_US", "pt-BR": "pt_BR"}


def language_of(language: str) -> str:
    """'pt-BR' for Portuguese, else 'en': the two languages the calculators explain in."""
    return "pt-BR" if language == "pt-BR" else "en"


def babel_locale(language: str) -> Locale:
    """The babel locale of an interface language."""
    return Locale.parse(_LOCALES[language_of(language)])


def qt_locale(language: str) -> QLocale:
    """The Qt locale of an interface language, for number and date fields."""
    return QLocale(_LOCALES[language_of(language)])


def number(value: Decimal | float | int, language: str, decimals: int | None = None) -> str:
    """'1,234.5' / '1.234,5'; exact for decimals, `decimals` places for floats when given."""
    locale = babel_locale(language)
    if decimals is not None:
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return str(format_decimal(value, format=pattern, locale=locale))
    return str(format_decimal(value, locale=locale, decimal_quantization=False))


def percent(value: Decimal | float | int, language: str, decimals: int | None = None) -> str:
    """'99.9 %' / '99,9 %' (a space before the sign, as the contract writes it)."""
    return f"{number(value, language, decimals)} %"


def money(amount: Decimal, currency: str, language: str) -> str:
    """'£840.00' / 'R$ 1.234,56'."""
    return str(format_currency(amount, currency, locale=babel_locale(language)))


def duration(value: dt.timedelta, language: str) -> str:
    """'43m12s', '44m38.4s' ('44m38,4s' in pt-BR): the calculators' duration text."""
    return duration_text(value, language_of(language))


def open_hours(value: dt.timedelta) -> str:
    """Open time as people count it: '267h', '180h30m'."""
    hours, rest = divmod(int(value.total_seconds()) // 60, 60)
    return f"{hours}h{rest}m" if rest else f"{hours}h"


def moment(value: dt.datetime, language: str) -> str:
    """'Monday, March 8, 2027 11:00 AM' / 'segunda-feira, 8 de março de 2027 11:00'."""
    locale = babel_locale(language)
    day = format_date(value, format="full", locale=locale)
    return f"{day} {format_time(value, format='short', locale=locale)}"


def day(value: dt.date, language: str) -> str:
    """'Mar 8, 2027' / '8 de mar. de 2027'."""
    return str(format_date(value, format="medium", locale=babel_locale(language)))


def parse_number(text: str, language: str) -> Decimal:
    """A number typed in the language's way ('99,5' in pt-BR), or plainly ('99.5').

    Raises ValueError when the text is no number at all.
    """
    cleaned = text.strip().rstrip("%").strip()
    try:
        return Decimal(str(parse_decimal(cleaned, locale=babel_locale(language), strict=True)))
    except NumberFormatError:
        pass
    # A point typed in Portuguese is still read as the decimal point it was meant to be.
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a number") from None
    if not value.is_finite():
        raise ValueError(f"{text!r} is not a number")
    return value
