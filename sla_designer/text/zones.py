"""Time zones by place: "Central European Time — Berlin (Europe/Berlin)", found by a city,
a country or the zone's own name, in the interface language or in English."""

from __future__ import annotations

import zoneinfo
from functools import cache

from sla_designer.text import texts
from sla_designer.text.currencies import babel_locale, fold

COMMON = (
    "America/Sao_Paulo",
    "America/Manaus",
    "America/Fortaleza",
    "America/Recife",
    "America/Bahia",
    "America/Cuiaba",
    "America/Belem",
    "America/Rio_Branco",
    "America/Noronha",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
    "Europe/London",
    "Europe/Lisbon",
    "Europe/Berlin",
    "UTC",
)
"""Zones ranked first among those a search finds: Brazil's, then the usual business hubs."""


@cache
def time_zones() -> tuple[str, ...]:
    """IANA time zone names, sorted, without the legacy aliases and the Etc/ offsets."""
    return tuple(
        sorted(
            z
            for z in zoneinfo.available_timezones()
            if ("/" in z and not z.startswith(("Etc/", "SystemV/"))) or z == "UTC"
        )
    )


def _territory(zone: str) -> str | None:
    from babel import core

    territory: str | None = core.get_global("zone_territories").get(zone)
    return None if territory in (None, "ZZ", "001") else territory


@cache
def _place(zone: str, language: str) -> tuple[str, str, str]:
    """(time name, city, country) of a zone in `language`; '' where babel has none."""
    if zone == "UTC":
        return texts(language)("values.zone_utc"), "", ""
    from babel import Locale, dates

    locale = babel_locale(language)
    territory = _territory(zone)
    if territory is None:
        return "", "", ""
    name = dates.get_timezone_name(zone, width="long", locale=locale, zone_variant="generic")
    city = dates.get_timezone_location(zone, locale=locale, return_city=True)
    country = Locale.parse(locale).territories.get(territory, "")
    return name, city, country


def zone_name(zone: str, language: str) -> str:
    """The time's name a reader of `language` knows the zone by ('Central European Time',
    'Eastern Time'); '' where babel has none."""
    return _place(zone, language)[0]


def zone_label(zone: str, language: str) -> str:
    """'Central European Time — Berlin (Europe/Berlin)'; the bare name where babel has
    no words for the zone."""
    name, city, _ = _place(zone, language)
    words = " — ".join(part for part in (name, city) if part)
    return f"{words} ({zone})" if words else zone


@cache
def zone_labels(language: str) -> tuple[tuple[str, str], ...]:
    """(zone, label) of every zone, sorted by zone name."""
    return tuple((zone, zone_label(zone, language)) for zone in time_zones())


@cache
def _words(zone: str, language: str) -> tuple[str, ...]:
    """What a search compares with: the city, the country, the time's name, in `language` and
    in English, and the zone's own name ('america/sao paulo')."""
    places = {*_place(zone, language), *_place(zone, "en")}
    return tuple(fold(w) for w in (*places, zone.replace("_", " "), zone) if w)


def find_zones(text: str, language: str) -> list[str]:
    """The zones `text` may stand for: the zone or label typed in full, else every zone whose
    city, country or time name holds it; the common zones first."""
    typed = text.strip()
    if not typed:
        return []
    for zone, shown in zone_labels(language):
        if typed in (zone, shown):
            return [zone]
    folded = fold(typed)
    found = [z for z in time_zones() if any(folded in word for word in _words(z, language))]
    exact = [z for z in found if folded in _words(z, language)]
    rank = {zone: index for index, zone in enumerate(COMMON)}
    return sorted(found, key=lambda z: (z not in exact, rank.get(z, len(COMMON)), z))


def territory_zone(territory: str, fallback: str = "UTC") -> str:
    """The time zone a new calendar of a country takes: its business hub's ('BR' ->
    'America/Sao_Paulo', 'US' -> 'America/New_York'), else its only or first zone."""
    from babel import core

    known = core.get_global("territory_zones").get(territory.upper(), ())
    zones = [zone for zone in known if zone in time_zones()]
    for zone in COMMON:
        if zone in zones:
            return zone
    return zones[0] if zones else fallback
