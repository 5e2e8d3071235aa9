"""Numbers, percentages, money, dates and durations in a language's conventions: one formatter.

Digits, separators, month and weekday names come from babel's locale data; the placement of the
percent sign, the date patterns and the unit words come from the text files, so the contract
(`clauses.formats`, `clauses.units`) and the rest of the product (`terms.formats`,
`terms.units`) can each be adjusted without code. The calculators' explanations, validation,
the command line, the editor and the export all write through this class.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, localcontext
from functools import cache
from typing import Protocol

from babel import Locale
from babel.dates import format_date, format_time
from babel.numbers import format_currency, format_decimal

from sla_designer.text import Texts, texts


class Priced(Protocol):
    """An amount with its currency (the model's Money)."""

    @property
    def amount(self) -> Decimal: ...

    @property
    def currency(self) -> str: ...


_UNITS = (("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1))
_UNIT_LETTERS = "dhms"


class TargetTimeLike(Protocol):
    """A time target of the model: a ClockDuration (length, clock) or BusinessDays (days, ends)."""

    def __str__(self) -> str: ...


_YEAR_AT_END = re.compile(r"[\s,]*(?:'[^']*'\s*)?y+$")
"""The year closing a date pattern, with the words before it: ' y', " 'de' y", ', y'."""


def _count(value: dt.timedelta, unit: str) -> int:
    """How many of `unit` a duration holds (it holds only that unit)."""
    size = dict(_UNITS)[unit]
    return int(value.total_seconds()) // size


_COMPACT = (("d", 86400), ("h", 3600), ("m", 60))
_DIGITS = 400
"""Digits a number is written with at most: every float (up to 1.8e308) fits."""


class Formatter:
    """Formatting for one language, with the patterns of one text namespace."""

    def __init__(self, words: Texts, *, as_written: bool = False) -> None:
        self.words = words
        self.language = words.language
        self.locale = Locale.parse(str(words("formats.locale")))
        self.as_written = as_written
        """Whether a number keeps the decimals it was written with (the contract: '99.0')."""
        self._numbers: dict[tuple[str, str, int | None], str] = {}
        """Numbers already written, by their exact text: a contract writes the same few
        hundred numbers thousands of times, and babel's formatting is the slow part."""

    # --- numbers ----------------------------------------------------------------------------

    def number(self, value: Decimal | int | float, decimals: int | None = None) -> str:
        """'1,234.5' / '1.234,5'.

        Exact for decimals: trailing zeros are dropped ('99.90' -> '99.9') unless this formatter
        writes numbers as written; a float is written with `decimals` places when given.
        """
        key = (type(value).__name__, str(value), decimals)
        written = self._numbers.get(key)
        if written is None:
            if len(self._numbers) > 4096:
                self._numbers.clear()
            written = self._numbers[key] = self._number(value, decimals)
        return written

    def _number(self, value: Decimal | int | float, decimals: int | None) -> str:
        if decimals is None and isinstance(value, Decimal) and self.as_written:
            exponent = value.as_tuple().exponent
            decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        # babel rounds in the current decimal context, 28 digits: a larger number (an amount or
        # a load typed far out of range, echoed in an error) needs more to be written at all.
        with localcontext(prec=_DIGITS):
            if decimals is not None:
                pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
                return str(format_decimal(value, format=pattern, locale=self.locale))
            return str(format_decimal(value, locale=self.locale, decimal_quantization=False))

    def percent(self, value: Decimal | int | float, decimals: int | None = None) -> str:
        """'99.9 %' / '99,9 %' (the sign's placement is in the text file)."""
        return self.words("formats.percent", value=self.number(value, decimals))

    def percentile(self, rank: int) -> str:
        """'90th percentile' / 'percentil 90': the ordinal form of the language's rules."""
        form = self.locale.ordinal_form(rank)
        return self.words(f"formats.percentile.{form}", n=self.number(rank))

    def money(self, amount: Decimal | int | Priced, currency: str | None = None) -> str:
        """'£8,400.00' / 'R$ 1.234,56': an amount and its currency, or a Money value."""
        if isinstance(amount, Decimal | int):
            value = Decimal(amount)
        else:
            value, currency = amount.amount, amount.currency
        if currency is None:
            raise ValueError("an amount of money needs its currency")
        return str(format_currency(value, currency, locale=self.locale))

    def parse_number(
        self,
        text: str,
        *,
        percent: bool = False,
        minimum: Decimal | None = None,
        maximum: Decimal | None = None,
    ) -> Decimal:
        """A number typed in the language's way ('25.000,00' or '99,5' in pt-BR, '25,000.00' in
        English) or as plain digits, exactly; a Problem saying why for anything else, and for a
        text whose meaning would be a guess ('25.000' in English). The rule is in
        `sla_designer.text.typed`; `percent` allows a trailing '%'; a field's limits settle a
        text that only one reading fits ('99.125' in an English percentage)."""
        from sla_designer.text.typed import read_number

        return read_number(self, text, percent=percent, minimum=minimum, maximum=maximum)

    # --- dates and times --------------------------------------------------------------------

    def date(self, value: dt.date) -> str:
        """The long date: '1 March 2027' / '1º de março de 2027'."""
        text = str(format_date(value, format=self.words("formats.date"), locale=self.locale))
        if value.day == 1 and self.words.has("formats.first_day"):
            text = self.words("formats.first_day") + text[1:]
        return text

    def annual_date(self, month: int, day: int) -> str:
        """A day of every year, the long date without its year: '15 August' / '15 de agosto'
        ('August 15' where the long date is written 'August 15, 2027')."""
        pattern = _YEAR_AT_END.sub("", self.words("formats.date"))
        value = dt.date(2001, month, day)
        text = str(format_date(value, format=pattern, locale=self.locale))
        if day == 1 and pattern.startswith("d") and self.words.has("formats.first_day"):
            text = self.words("formats.first_day") + text[1:]
        return text

    def short_date(self, value: dt.date) -> str:
        """A date in a table: '1 Mar 2027' / '01/03/2027'."""
        return str(format_date(value, format=self.words("formats.short_date"), locale=self.locale))

    def numeric_date(self, value: dt.date) -> str:
        """A date as the editor's fields write it: '2027-03-01' / '01/03/2027'."""
        return str(
            format_date(value, format=self.words("formats.numeric_date"), locale=self.locale)
        )

    def day(self, value: dt.date) -> str:
        """'Mar 8, 2027' / '8 de mar. de 2027'."""
        return str(format_date(value, format="medium", locale=self.locale))

    def moment(self, value: dt.datetime) -> str:
        """'Monday, March 8, 2027 11:00 AM' / 'segunda-feira, 8 de março de 2027 11:00'."""
        day = format_date(value, format="full", locale=self.locale)
        return f"{day} {format_time(value, format='short', locale=self.locale)}"

    def month(self, value: dt.date) -> str:
        """'January 2027' / 'janeiro de 2027'."""
        return str(format_date(value, format=self.words("formats.month"), locale=self.locale))

    # --- durations --------------------------------------------------------------------------

    def duration(self, value: dt.timedelta, largest: str | None = None) -> str:
        """In words: '1 hour and 30 minutes' / '1 hora e 30 minutos'; a fraction of a second is
        kept ('40 minutes and 19.2 seconds'), as an exact downtime budget has one.

        The largest unit is the one the duration was written in ('48h' is '48 hours'), else
        `largest` ('d', 'h', 'm' or 's'), else days.
        """
        parts = self._duration_parts(value, largest)
        if not parts:
            return self.words("units.zero")
        return self.join([text for _, text in parts])

    def _duration_parts(self, value: dt.timedelta, largest: str | None) -> list[tuple[str, str]]:
        """(unit, words) of each non-zero unit of a duration, largest first."""
        micro = value // dt.timedelta(microseconds=1)
        seconds, fraction = divmod(micro, 1_000_000)
        top = getattr(value, "unit", None) or largest or "d"
        parts: list[tuple[str, str]] = []
        for unit, size in _UNITS[_UNIT_LETTERS.index(top) :]:
            count, seconds = divmod(seconds, size)
            if unit == "second" and fraction:
                exact = (Decimal(count * 1_000_000 + fraction) / 1_000_000).normalize()
                parts.append((unit, self.words("units.second", count=2, n=self.number(exact))))
            elif count:
                parts.append((unit, self.words(f"units.{unit}", count=count, n=self.number(count))))
        return parts

    def target_time(self, value: TargetTimeLike) -> str:
        """A time target in words: '45 business hours', '30 minutes of business hours',
        '4 hours, counted around the clock', '2 business days' (the unit as written)."""
        days = getattr(value, "days", None)
        if isinstance(days, int):
            ends = getattr(value, "ends", "same_time")
            return self.words(f"units.target.days.{ends}", count=days, n=self.number(days))
        length: dt.timedelta = getattr(value, "length")  # noqa: B009 (duck-typed model value)
        parts = self._duration_parts(length, "h")
        if not parts:
            return self.words("units.zero")
        if getattr(value, "clock") == "business":  # noqa: B009
            if len(parts) == 1 and parts[0][0] == "hour":
                hours = int(length.total_seconds()) // 3600
                return self.words("units.target.hours", count=hours, n=self.number(hours))
            return self.words("units.target.business", duration=self.join([t for _, t in parts]))
        said = self.join([text for _, text in parts])
        if len(parts) > 1:
            return self.words("units.target.calendar.mixed", duration=said)
        unit = parts[0][0]
        count = _count(length, unit)
        return self.words(f"units.target.calendar.{unit}", count=count, duration=said)

    def compact_duration(self, value: dt.timedelta) -> str:
        """'40m19.2s' ('40m19,2s' in pt-BR): the file's duration text with any fraction of a
        second, as the calculators give an exact downtime budget; a duration read from the file
        starts with the unit it was written in ('48h')."""
        negative = value < dt.timedelta(0)
        micro = abs(value) // dt.timedelta(microseconds=1)
        whole, fraction = divmod(micro, 1_000_000)
        text = ""
        top = getattr(value, "unit", None) or "d"
        for unit, size in _COMPACT[_UNIT_LETTERS.index(top) :]:
            count, whole = divmod(whole, size)
            if count:
                text += f"{count}{unit}"
        if whole or fraction or not text:
            # Below a minute, so no group separator can appear.
            seconds = self.number(Decimal(whole) + Decimal(fraction) / 1_000_000)
            text += f"{seconds}s"
        return ("-" if negative else "") + text

    def short_duration(self, value: dt.timedelta, largest: str = "d") -> str:
        """A duration as the editor's fields show it: '1 h 30 min', '2 d', '45 s'; from the unit
        it was written in, else from `largest` ('h': '43 h 12 min', no days of 24 hours)."""
        from sla_designer.text.typed import short_duration

        return short_duration(self, value, largest)

    def parse_duration(self, text: str) -> dt.timedelta:
        """A duration typed in the language's words ('1 h 30 min', '2 dias') or the file's
        form ('1h30m'), with the unit it was written in; a Problem saying how to write one."""
        from sla_designer.text.typed import read_duration

        return read_duration(self, text)

    @staticmethod
    def open_hours(value: dt.timedelta) -> str:
        """Open time as people count it: '267h', '180h30m' (whole minutes)."""
        hours, rest = divmod(int(value.total_seconds()) // 60, 60)
        return f"{hours}h{rest}m" if rest else f"{hours}h"

    # --- lists ------------------------------------------------------------------------------

    def join(self, items: list[str]) -> str:
        """'a, b and c' / 'a, b e c'."""
        if not items:
            return ""
        if len(items) == 1:
            return items[0]
        return self.words("units.join", head=", ".join(items[:-1]), last=items[-1])


@cache
def formatter(language: str) -> Formatter:
    """The formatter of the product's messages (findings, calculators, command line, editor)."""
    return Formatter(texts(language).section("terms"))
