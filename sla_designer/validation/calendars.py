"""Coverage calendars: open hours, public holiday regions, and business time that needs them."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from sla_designer.model import AvailabilityMetric
from sla_designer.validation.context import Context, label
from sla_designer.validation.findings import FieldPath, Finding
from sla_designer.validation.messages import make
from sla_designer.validation.wording import Phrase


@cache
def _holiday_regions() -> dict[str, frozenset[str]]:
    # The holidays package costs ~100 ms to import: only agreements with holiday rules pay it,
    # and only once per process.
    import holidays

    supported = holidays.list_supported_countries(include_aliases=False)
    return {country: frozenset(subdivisions) for country, subdivisions in supported.items()}


@cache
def _subdivision_aliases(country: str) -> frozenset[str]:
    # Names such as "California" or "São Paulo" are accepted by holidays besides the codes.
    import holidays

    country_class = getattr(holidays, country, None)
    return frozenset(getattr(country_class, "subdivisions_aliases", {}) or {})


def holiday_country_known(country: str) -> bool:
    """Whether the holidays package knows the public holidays of `country` (ISO 3166 alpha-2)."""
    return country in _holiday_regions()


def holiday_subdivision_known(country: str, subdivision: str) -> bool:
    """Whether `subdivision` (a code or a name) is a subdivision of a known `country`."""
    codes = _holiday_regions().get(country, frozenset())
    return subdivision in codes or subdivision in _subdivision_aliases(country)


def _examples(country: str) -> str | Phrase:
    known = sorted(_holiday_regions()[country])
    if not known:
        return Phrase("none, so remove the subdivision", "nenhuma, então remova a subdivisão")
    return ", ".join(known[:8])


def open_hours(ctx: Context) -> Iterator[Finding]:
    """Every calendar has open hours; a preset and listed hours are not both given."""
    for i, calendar in enumerate(ctx.agreement.calendars):
        name = calendar.name or calendar.id
        if calendar.open_minutes_per_week() == 0:
            yield make("calendar-without-hours", ("calendars", i, "hours"), calendar=name)
        if calendar.preset is not None and calendar.hours:
            yield make(
                "calendar-hours-ignored",
                ("calendars", i, "hours"),
                calendar=name,
                preset=calendar.preset,
            )


def holiday_regions(ctx: Context) -> Iterator[Finding]:
    """Holiday rules name a country, and a subdivision, that the holidays package knows."""
    for i, calendar in enumerate(ctx.agreement.calendars):
        for j, rule in enumerate(calendar.holidays):
            path: FieldPath = ("calendars", i, "holidays", j)
            if not holiday_country_known(rule.country):
                yield make("unknown-holiday-country", (*path, "country"), country=rule.country)
            elif rule.subdivision is not None and not holiday_subdivision_known(
                rule.country, rule.subdivision
            ):
                yield make(
                    "unknown-holiday-subdivision",
                    (*path, "subdivision"),
                    subdivision=rule.subdivision,
                    country=rule.country,
                    known=_examples(rule.country),
                )


def business_time_has_calendar(ctx: Context) -> Iterator[Finding]:
    """A metric counting business hours has a calendar to count them on."""
    if ctx.agreement.calendars:
        return
    for i, metric in ctx.ticket_metrics():
        for j, target in enumerate(metric.targets):
            if target.target.clock == "business":
                path: FieldPath = ("metrics", i, "targets", j, "target")
                yield make("business-time-without-calendar", path, metric=label(metric))
                break
    for i, measured in enumerate(ctx.agreement.metrics):
        if isinstance(measured, AvailabilityMetric) and measured.measured_within_calendar:
            path = ("metrics", i, "measured_within_calendar")
            yield make("business-time-without-calendar", path, metric=label(measured))


RULES = (open_hours, holiday_regions, business_time_has_calendar)
