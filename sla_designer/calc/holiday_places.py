"""Public holidays by place, as the `holidays` package knows them: its countries, their
subdivisions by name ("Bahia (BA)", "Bayern (BY)"), and the holidays a place gives in a year,
named in the interface language where the package has that language.

"City" here is what the package has: for a few countries it lists cities among the subdivisions
(Brazil: the capital city of the state SP; Germany: Augsburg; Spain: Barcelona); the municipal
holidays of other cities are not in it, and a holiday rule lists them as annual dates
(`city_holidays`).
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from typing import Any, NamedTuple


class Subdivision(NamedTuple):
    """One subdivision of a country: its code, its name, and whether it is a city or other
    place inside a state rather than a state (a code that is a name: 'Augsburg', 'Barcelona')."""

    code: str
    name: str
    place: bool

    @property
    def label(self) -> str:
        return self.name if self.name == self.code else f"{self.name} ({self.code})"


@cache
def holiday_countries() -> frozenset[str]:
    """The ISO codes of the countries whose holidays the package knows."""
    from holidays import registry

    return frozenset(names[1] for names in registry.COUNTRIES.values())


def _country_class(country: str) -> Any:
    import holidays

    return getattr(holidays, country.upper(), None) if country in holiday_countries() else None


@cache
def subdivisions(country: str) -> tuple[Subdivision, ...]:
    """The subdivisions of a country, states first by name, then the places (cities)."""
    known = _country_class(country)
    if known is None:
        return ()
    codes: tuple[str, ...] = tuple(getattr(known, "subdivisions", ()) or ())
    aliases: dict[str, str] = dict(getattr(known, "subdivisions_aliases", {}) or {})
    names: dict[str, str] = {}
    for name, code in aliases.items():
        names.setdefault(code, name)
    found = [Subdivision(code, names.get(code, code), code not in names) for code in codes]
    places = [s for s in found if s.place and not s.code.isupper()]
    states = [s for s in found if s not in places]
    return (*sorted(states, key=lambda s: s.name), *sorted(places, key=lambda s: s.name))


def _package_language(country: str, language: str) -> str | None:
    """The package's language code closest to `language` for `country`, or None (its own)."""
    known = _country_class(country)
    offered: tuple[str, ...] = tuple(getattr(known, "supported_languages", ()) or ())
    wanted = ("pt_BR", "pt") if language == "pt-BR" else ("en_US", "en_GB", "en")
    for code in wanted:
        if code in offered:
            return code
    return None


@cache
def holidays_of(
    country: str, subdivision: str | None, year: int, language: str
) -> tuple[tuple[dt.date, str], ...]:
    """The public holidays of a place in `year`, in date order, named in `language` where the
    package can; a place it does not know gives a ValueError."""
    import holidays

    try:
        table = holidays.country_holidays(
            country,
            subdiv=subdivision,
            years=year,
            language=_package_language(country, language),
        )
    except NotImplementedError as error:
        raise ValueError(str(error)) from None
    return tuple(sorted(table.items()))
