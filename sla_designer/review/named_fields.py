"""Fields the contract shows by a name: a party by its label ('the Provider', 'CONTRATADA'), a
calendar or a priority by its name, a country, a region, a time zone or weekdays in words, and
free text it shows shortened ('the courts of' left out of the forum). Each is read back through
the names the export writes, so a name the reviewer left as it was reads the current value.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from itertools import combinations
from typing import cast

import holidays

from sla_designer.export.standard_clauses import master_name
from sla_designer.model.calendars import WEEKDAYS
from sla_designer.model.law import comarca, is_brazilian_law
from sla_designer.model.tax_ids import read_tax_id
from sla_designer.review.value_kinds import (
    choose,
    match_phrase,
    read_date,
    read_day_of_year,
    read_money,
    same,
    spaced,
)
from sla_designer.review.value_reading import Reader, Reading


def _weekdays(r: Reading) -> object:
    days: list[list[str]] = [list(c) for n in range(1, 8) for c in combinations(WEEKDAYS, n)]
    found = cast(tuple[str, ...], choose(r.text, [(tuple(d), r.f.weekdays(d)) for d in days]))
    return r.current if set(found) == set(r.current) else list(found)


def _zone(r: Reading) -> object:
    known: dict[str, str] = r.t.raw("calendars.zones.known") or {}
    for zone, words in known.items():
        if same(r.text, words):
            return zone
    for key in ("calendars.zones.named", "calendars.zones.bare"):
        said = match_phrase(r.t, key, r.text)
        if said is not None:
            return said["zone"]
    return spaced(r.text)


def _country(r: Reading) -> object:
    codes = [str(code) for code in r.f.locale.territories if str(code).isalpha()]
    names = [(code, str(r.f.locale.territories[code])) for code in codes]
    return choose(r.text, [*names, *((code, code) for code in codes)], r.current)


def _subdivision(r: Reading) -> object:
    country = r.up().country
    try:
        codes = list(holidays.country_holidays(country).subdivisions)
    except NotImplementedError:
        codes = []
    shown = [(code, r.f.subdivision_name(country, code)) for code in codes]
    if r.current is not None:
        shown.insert(0, (r.current, r.f.subdivision_name(country, r.current)))
    return choose(r.text, [*shown, *((code, code) for code in codes)], r.current)


def _day_of_year(r: Reading) -> object:
    month, day = read_day_of_year(r.f, r.text)
    return r.current.model_copy(update={"month": month, "day": day})


def _closed_date(r: Reading) -> object:
    date_text, _, name = spaced(r.text).partition(" \u2013 ")
    return r.current.model_copy(update={"date": read_date(r.f, date_text), "name": name.strip()})


def _named(items: str) -> Reader:
    """A reference to an item of the list `items` (a calendar, a priority), shown by its name;
    its id is read too."""

    def read(r: Reading) -> object:
        listed = getattr(r.agreement, items)
        shown = [(item.id, item.name) for item in listed] + [(i.id, i.id) for i in listed]
        return choose(r.text, shown, r.current)

    return read


def _provider(r: Reading) -> object:
    service = r.up()
    labels = [(party.id, r.ctx.label(party.id)) for party in r.agreement.parties]
    found = choose(r.text, labels)
    return r.current if r.agreement.owing_of(service).provider == found else found


def _recipients(r: Reading) -> object:
    service = r.up()
    ids = [party.id for party in r.agreement.parties]
    groups = [list(c) for n in range(1, len(ids) + 1) for c in combinations(ids, n)]
    owed = list(r.agreement.owing_of(service).recipients)
    shown = [(tuple(g), r.f.join([r.ctx.label(i) for i in g])) for g in [owed, *groups]]
    found = cast(tuple[str, ...], choose(r.text, shown))
    return r.current if set(found) == set(owed) else list(found)


def _money_or_none(r: Reading) -> object:
    if spaced(r.text) in ("", "\u2013", "-"):
        return None
    return read_money(r.f, r.text, r.current)


def _blank(key: str, reader: Callable[[Reading], object]) -> Reader:
    """A field the contract shows as a blank to fill in when it has no value."""

    def read(r: Reading) -> object:
        if same(r.text, r.t(key)) or not spaced(r.text):
            return None if r.current is None or isinstance(r.current, dt.date) else ""
        return reader(r)

    return read


def _shown_as(shown: Callable[[Reading], str]) -> Reader:
    """Free text that the contract shows shortened ('the courts of' dropped): the shortened
    text reads the current value; any other text is the new value as typed."""

    def read(r: Reading) -> object:
        if isinstance(r.current, str) and same(r.text, shown(r)):
            return r.current
        return spaced(r.text)

    return read


def _without_prefix(text: str, prefixes: list[str]) -> str:
    for prefix in prefixes:
        if text.lower().startswith(str(prefix).lower()):
            return text[len(prefix) :].strip()
    return text


def _law_shown(r: Reading) -> str:
    if is_brazilian_law(r.current):
        return str(r.t("jurisdiction.brazil"))
    return _without_prefix(r.current.strip(), r.t.raw("jurisdiction.law_strip_prefixes"))


def _forum_shown(r: Reading) -> str:
    forum = r.current.strip()
    if r.t.raw("jurisdiction.comarca") is not None and comarca(forum) is not None:
        return str(comarca(forum))
    place = _without_prefix(forum, r.t.raw("jurisdiction.strip_prefixes"))
    return _without_prefix(place, ["the "])


def _tax_id_shown(r: Reading) -> str:
    tax_id = read_tax_id(r.current)
    return tax_id.number if tax_id.known_label else r.current.strip()


READERS: dict[str, Reader] = {
    "calendars[].timezone": _zone,
    "calendars[].hours[].days": _weekdays,
    "calendars[].holidays[].country": _country,
    "calendars[].holidays[].subdivision": _subdivision,
    "calendars[].holidays[].city_holidays[]": _day_of_year,
    "calendars[].closed_dates[]": _closed_date,
    "metrics[].calendar": _named("calendars"),
    "priorities[].calendar": _named("calendars"),
    "metrics[].targets[].priority": _named("priorities"),
    "service.services[].provider": _provider,
    "service.services[].recipients": _recipients,
    "service.services[].monthly_fee": _money_or_none,
    "signing.place": _blank("signatures.blank_place", lambda r: spaced(r.text)),
    "signing.date": _blank("signatures.blank_date", lambda r: read_date(r.f, r.text)),
    "master_agreement": _shown_as(lambda r: master_name(r.ctx)),
    "governing_law": _shown_as(_law_shown),
    "forum": _shown_as(_forum_shown),
    "parties[].tax_id": _shown_as(_tax_id_shown),
}
