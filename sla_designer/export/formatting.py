"""Numbers, dates and durations in the contract language's conventions.

The product's one formatter (`sla_designer.text.formats`) with the clause file's patterns and
unit words, plus what only a contract writes: clocks, weekday ranges, holiday regions.
"""

from __future__ import annotations

from functools import cache

import holidays

from sla_designer.export.wording import Wording
from sla_designer.model import BusinessDays, ClockDuration, TimeOfDay
from sla_designer.model.calendars import WEEKDAYS
from sla_designer.text.formats import Formatter


class Formats(Formatter):
    """Formatting for one contract language: numbers keep the decimals they were written with."""

    def __init__(self, wording: Wording) -> None:
        super().__init__(wording, as_written=True)
        self.wording = wording

    def clock_duration(self, value: ClockDuration | BusinessDays) -> str:
        """A time target in the contract's defined terms: '45 Business Hours', '4 hours,
        counted around the clock' / '4 horas corridas', '2 Business Days' (wording in the file)."""
        return self.target_time(value)

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

    def country(self, code: str) -> str:
        """The country's name in the contract language."""
        return str(self.locale.territories.get(code, code))

    def subdivision_name(self, country: str, subdivision: str) -> str:
        """A subdivision named by the clause file, else by the holidays package, else its code."""
        translated: dict[str, str] = self.wording.raw("countries").get("subdivisions") or {}
        return translated.get(f"{country}-{subdivision}") or _subdivision_names(country).get(
            subdivision.upper(), subdivision
        )

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
