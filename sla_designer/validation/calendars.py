"""Coverage calendars: open hours, public holiday regions, and business time that needs them."""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from sla_designer.model import AvailabilityMetric, HolidayRule
from sla_designer.text import LANGUAGES, texts
from sla_designer.text.values import Term
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context, label
from sla_designer.validation.findings import FieldPath, Finding


@cache
def _country_codes() -> frozenset[str]:
    # The holidays package costs ~80 ms to import: only agreements with holiday rules pay it, once
    # per process. Its registry lists the countries without loading them (listing the supported
    # subdivisions of every country would cost another ~150 ms).
    from holidays import registry

    return frozenset(names[1] for names in registry.COUNTRIES.values())


@cache
def _subdivisions(country: str) -> tuple[frozenset[str], frozenset[str]]:
    """The subdivision codes of a known country, and the names accepted besides them."""
    import holidays

    country_class = getattr(holidays, country, None)
    codes = frozenset(getattr(country_class, "subdivisions", ()) or ())
    aliases = frozenset(getattr(country_class, "subdivisions_aliases", {}) or {})
    return codes, aliases


def holiday_country_known(country: str) -> bool:
    """Whether the holidays package knows the public holidays of `country` (ISO 3166 alpha-2)."""
    return country in _country_codes()


def holiday_subdivision_known(country: str, subdivision: str) -> bool:
    """Whether `subdivision` (a code or a name) is a subdivision of a known `country`."""
    if not holiday_country_known(country):
        return False
    codes, aliases = _subdivisions(country)
    return subdivision in codes or subdivision in aliases


def _examples(country: str) -> str | Term:
    known = sorted(_subdivisions(country)[0])
    if not known:
        return Term("findings._parts.no_subdivisions")
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
            yield from _city_holidays(calendar.name, path, rule)


def _city_holidays(calendar: str, path: FieldPath, rule: HolidayRule) -> Iterator[Finding]:
    """A municipality's holidays count only when listed, and print only with its name."""
    city = rule.city.strip()
    if city and not rule.city_holidays:
        yield make("city-holidays-missing", (*path, "city"), calendar=calendar, city=city)
    elif rule.city_holidays and not city:
        yield make("city-holidays-without-city", (*path, "city"), calendar=calendar)


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


def definitions_from_calendars(ctx: Context) -> Iterator[Finding]:
    """An own definition of Business Hours or Business Day, which the document writes from the
    calendars when it uses them and targets count business time, is left out of the document:
    say so."""
    from sla_designer.export.builder import ExportError
    from sla_designer.export.defined_terms import scan

    names = _generated_names()
    own = [
        (i, d)
        for i, d in enumerate(ctx.agreement.definitions)
        if d.term.strip().casefold() in names
    ]
    if not own or not ctx.agreement.business_time_calendars():
        return
    try:
        generated = scan(ctx.agreement).generated
    except ExportError:
        return
    t = texts(ctx.agreement.language)
    written = {t(f"clauses.definitions.{key}.term").casefold() for key in generated}
    for i, definition in own:
        if definition.term.strip().casefold() not in written:
            continue
        path: FieldPath = ("definitions", i, "term")
        yield make("definition-from-calendars", path, term=definition.term)


@cache
def _generated_names() -> frozenset[str]:
    """The names of Business Hours and Business Day in every language, folded."""
    keys = ("definitions.business_hours.term", "definitions.business_day.term")
    return frozenset(texts(lang)(f"clauses.{key}").casefold() for key in keys for lang in LANGUAGES)


RULES = (open_hours, holiday_regions, business_time_has_calendar, definitions_from_calendars)
