"""Zendesk's own time-zone names for IANA zones (resources/data/zendesk_time_zones.yaml).

A schedule's `time_zone` is one of Zendesk's names ("Eastern Time (US & Canada)", "Brasilia").
A zone Zendesk lists stands for itself; another IANA zone is written as a listed zone that keeps
the same clock (the same UTC offset at every moment) over the window checked, by default the next
two years: America/Toronto keeps New York's clock, so it is "Eastern Time (US & Canada)".
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from zoneinfo import ZoneInfo

import yaml

from sla_designer.resources import resource

_STEP = dt.timedelta(hours=1)
"""How often two zones' offsets are compared: every zone changes its clock on the hour."""


@cache
def zendesk_zones() -> tuple[tuple[str, str], ...]:
    """(Zendesk name, IANA zone) in the data file's order."""
    data = yaml.safe_load(resource("data", "zendesk_time_zones.yaml").read_text(encoding="utf-8"))
    return tuple((str(z["name"]), str(z["iana"])) for z in data["zones"])


@cache
def _by_iana() -> dict[str, str]:
    """Each listed IANA zone's Zendesk name: the one named after the zone's city, else the first."""
    found: dict[str, str] = {}
    for name, iana in zendesk_zones():
        city = iana.rsplit("/", 1)[-1].replace("_", " ")
        if iana not in found or name == city:
            found[iana] = name
    return found


def zendesk_zone(iana: str, since: dt.date | None = None, years: int = 2) -> str | None:
    """Zendesk's name for an IANA zone, or None when no zone Zendesk lists keeps its clock from
    `since` (today) for `years`."""
    if iana in ("UTC", "Etc/UTC", "Etc/GMT", "GMT"):
        return "UTC"
    listed = _by_iana().get(iana)
    if listed is not None:
        return listed
    start = dt.datetime.combine(since or dt.date.today(), dt.time(), dt.UTC)
    return _same_clock(iana, start, years)


@cache
def _same_clock(iana: str, start: dt.datetime, years: int) -> str | None:
    try:
        zone = ZoneInfo(iana)
    except (KeyError, ValueError):
        return None
    moments = []
    moment, end = start, start.replace(year=start.year + years)
    while moment < end:
        moments.append(moment)
        moment += _STEP
    offsets = [zone.utcoffset(m) for m in moments]
    for other_iana, name in _by_iana().items():
        other = ZoneInfo(other_iana)
        # Two quick checks first (winter and summer), the whole window only for candidates.
        if other.utcoffset(moments[0]) != offsets[0]:
            continue
        if all(other.utcoffset(m) == o for m, o in zip(moments, offsets, strict=True)):
            return name
    return None
