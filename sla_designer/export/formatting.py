"""Numbers, percentages, money, dates and durations in the contract language's conventions.

Digits and separators come from babel's locale data; the placement of the percent sign, the date
pattern and the unit words come from the clause file, so a legal team can adjust them.
"""

from __future__ import annotations

import datetime as dt
from datetime import timedelta
from decimal import Decimal
from functools import cache

import holidays
from babel import Locale
from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from sla_designer.export.wording import Wording
from sla_designer.model import ClockDuration, Money, TimeOfDay
from sla_designer.model.calendars import WEEKDAYS

_UNITS = (("day", 86400), ("hour", 3600), ("minute", 60), ("second", 1))


class Formats:
    """Formatting for one contract language."""

    def __init__(self, wording: Wording) -> None:
        self.wording = wording
        self.locale = Locale.parse(str(wording("formats.locale")))

    def number(self, value: Decimal | int) -> str:
        """A number with as many decimals as it was written with: 99.0 stays '99.0'."""
        decimals = 0
        if isinstance(value, Decimal):
            exponent = value.as_tuple().exponent
            decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return str(format_decimal(value, format=pattern, locale=self.locale))

    def percent(self, value: Decimal | int) -> str:
        """'99.9 %' / '99,9 %' (the sign's placement is in the clause file)."""
        return self.wording("formats.percent", value=self.number(value))

    def money(self, value: Money) -> str:
        """'£8,400.00' / 'R$ 1.234,56'."""
        return str(format_currency(value.amount, value.currency, locale=self.locale))

    def date(self, value: dt.date) -> str:
        """'1 March 2027' / '1º de março de 2027'."""
        text = str(format_date(value, format=self.wording("formats.date"), locale=self.locale))
        if value.day == 1:
            first: str = self.wording("formats.first_day")
            text = first + text[1:]
        return text

    def short_date(self, value: dt.date) -> str:
        """'01/03/2027' in pt-BR, '1 Mar 2027' in English (tables)."""
        return str(
            format_date(value, format=self.wording("formats.short_date"), locale=self.locale)
        )

    def duration(self, value: timedelta) -> str:
        """'1 hour 30 minutes' / '1 hora e 30 minutos'."""
        seconds = int(value.total_seconds())
        if seconds == 0:
            return self.wording("units.zero")
        parts: list[str] = []
        for unit, size in _UNITS:
            count, seconds = divmod(seconds, size)
            if count:
                form = "one" if count == 1 else "other"
                parts.append(self.wording(f"units.{unit}.{form}", n=self.number(count)))
        if len(parts) == 1:
            return parts[0]
        return self.wording("units.join", head=", ".join(parts[:-1]), last=parts[-1])

    def clock_duration(self, value: ClockDuration) -> str:
        """'4 hours in business hours' / '4 horas em horas corridas' (wording in the file)."""
        return self.wording(f"units.clock.{value.clock}", duration=self.duration(value.length))

    def time(self, value: TimeOfDay) -> str:
        """A wall-clock time; 24:00 is the end of the day."""
        return self.wording("formats.time", time=str(value))

    def weekdays(self, days: list[str]) -> str:
        """'Monday to Friday', 'Saturday and Sunday', 'Monday, Wednesday and Friday'."""
        names = self.locale.days["format"]["wide"]
        indexes = sorted({WEEKDAYS.index(d) for d in days})
        if len(indexes) > 2 and indexes == list(range(indexes[0], indexes[-1] + 1)):
            return self.wording(
                "formats.day_range", first=names[indexes[0]], last=names[indexes[-1]]
            )
        return self.join([str(names[i]) for i in indexes])

    def join(self, items: list[str]) -> str:
        """'a, b and c' / 'a, b e c'."""
        if not items:
            return ""
        if len(items) == 1:
            return items[0]
        return self.wording("units.join", head=", ".join(items[:-1]), last=items[-1])

    def country(self, code: str) -> str:
        """The country's name in the contract language."""
        return str(self.locale.territories.get(code, code))

    def holiday_region(self, country: str, subdivision: str | None) -> tuple[str, str]:
        """(article, name) of a holiday region: ('the ', 'United States (New York)').

        The article is what the language puts before the country's name after 'of' (English
        'the ', Portuguese 'dos '), from the clause file; the subdivision is named by the clause
        file, else by the holidays package, else shown as its code.
        """
        names = self.wording.raw("countries")
        articles: dict[str, str] = names["articles"]
        article = str(articles.get(country, names["article"]))
        name = self.country(country)
        if subdivision:
            translated: dict[str, str] = names.get("subdivisions") or {}
            shown = translated.get(f"{country}-{subdivision}") or _subdivision_names(country).get(
                subdivision.upper(), subdivision
            )
            name = f"{name} ({shown})"
        return article, name


@cache
def _subdivision_names(country: str) -> dict[str, str]:
    """Subdivision code -> name, as the holidays package knows them (the first name of each)."""
    try:
        aliases: dict[str, str] = holidays.country_holidays(country).subdivisions_aliases
    except NotImplementedError:
        return {}
    names: dict[str, str] = {}
    for name, code in aliases.items():
        names.setdefault(code, name)
    return names
