"""Service hours and calendars, priorities, and one clause per service level.

What a service level's clause says that depends on its kind is written by `metric_clauses`.
"""

from __future__ import annotations

from sla_designer.export import metric_clauses
from sla_designer.export.builder import Cell, Inline
from sla_designer.export.context import ExportContext
from sla_designer.export.remedies import schedule_keys
from sla_designer.export.remedy_rules import joined_refs
from sla_designer.model import Calendar, HolidayRule
from sla_designer.model.metrics import Metric
from sla_designer.model.paths import FieldPath
from sla_designer.text.zones import zone_name


def calendars(ctx: ExportContext) -> None:
    """One subclause per coverage calendar: zone, weekly hours, holidays, closed dates."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    if not a.calendars:
        return
    b.heading(1, t("calendars.heading"), key="clause:calendars", section="calendars")
    b.body([t("calendars.intro")])
    for index, calendar in enumerate(a.calendars):
        with b.control(f"calendars[{index}]", calendar.name):
            b.heading(2, calendar.name, key=f"calendar:{calendar.id}")
            _calendar_body(ctx, index, calendar)


def _calendar_body(ctx: ExportContext, index: int, calendar: Calendar) -> None:
    b, t, f = ctx.builder, ctx.t, ctx.f
    path = ("calendars", index)
    before, after = t.split("calendars.timezone", "zone")
    b.body([before, ctx.value((*path, "timezone"), _zone_words(ctx, calendar.timezone)), after])
    if calendar.preset:
        b.body([ctx.value((*path, "preset"), t(f"calendars.preset.{calendar.preset}"))])
    elif calendar.hours:
        rows: list[list[Cell]] = [
            [
                [ctx.value((*path, "hours", i, "days"), f.weekdays(list(h.days)))],
                [ctx.value((*path, "hours", i, "start"), f.time(h.start))],
                [ctx.value((*path, "hours", i, "end"), f.time(h.end))],
            ]
            for i, h in enumerate(calendar.hours)
        ]
        b.body([t("calendars.hours_intro")], keep_next=True)
        ctx.table(
            [t("calendars.col_days"), t("calendars.col_from"), t("calendars.col_to")],
            rows,
            [4, 2, 2],
        )
    else:
        b.body([t("calendars.no_hours")])
    for i, rule in enumerate(calendar.holidays):
        b.body(_holiday_rule(ctx, (*path, "holidays", i), rule))
    if calendar.closed_dates:
        b.body([t("calendars.closed_intro")], keep_next=True)
        b.bullets(
            [
                ctx.value(
                    (*path, "closed_dates", i),
                    f.date(c.date) + (f" \u2013 {c.name}" if c.name else ""),
                )
            ]
            for i, c in enumerate(calendar.closed_dates)
        )


def _holiday_rule(ctx: ExportContext, path: FieldPath, rule: HolidayRule) -> list[Inline]:
    """The holidays as a rule that holds for the whole term: 'nos feriados nacionais e nos do
    Estado de Minas Gerais e do Município de Belo Horizonte', never one year's dates."""
    t, f = ctx.t, ctx.f
    places: list[Inline] = []
    state = ""
    if rule.subdivision:
        name = f.subdivision_name(rule.country, rule.subdivision)
        # A Brazilian state has a two-letter code; the package's other places are cities.
        brazilian_state = rule.country == "BR" and len(rule.subdivision) == 2
        state = "state" if brazilian_state else "regional"
        if rule.country == "BR" and not brazilian_state:
            state = "city"
        before, after = t.split(f"calendars.holiday_rule.{state}", "name")
        places += [before, ctx.value((*path, "subdivision"), name), after]
    if rule.city.strip():
        key = "city_after_state" if state == "state" else "city"
        before, after = t.split(f"calendars.holiday_rule.{key}", "name")
        places += [before, ctx.value((*path, "city"), rule.city.strip()), after]
        if rule.city_holidays:
            places += _city_dates(ctx, path, rule)
    if rule.country == t.raw("calendars.holiday_rule.home"):
        before, after = t.split("calendars.holiday_rule.national", "places")
        return [before, *places, after]
    article, _ = f.holiday_region(rule.country, None)
    country = f.country(rule.country)
    before, after = t.split(
        "calendars.holiday_rule.national_of", "places", article=article, country=country
    )
    head, tail = before.split(country, 1) if country in before else (before, "")
    return [head, ctx.value((*path, "country"), country), tail, *places, after]


def _city_dates(ctx: ExportContext, path: FieldPath, rule: HolidayRule) -> list[Inline]:
    """' (15 de agosto e 8 de dezembro de cada ano)': the municipality's own holidays, in
    calendar order and without a year, each tagged with its place in the model."""
    order = sorted(range(len(rule.city_holidays)), key=lambda i: _month_day(rule, i))
    dates = [
        ctx.value(
            (*path, "city_holidays", i),
            ctx.f.annual_date(rule.city_holidays[i].month, rule.city_holidays[i].day),
        )
        for i in order
    ]
    # The language's list words around markers: 'X, X and X' / 'X, X e X'.
    joints = ctx.f.join(["\0"] * len(dates)).split("\0")
    listed: list[Inline] = [joints[0]]
    for date, joint in zip(dates, joints[1:], strict=True):
        listed += [date, joint]
    before, after = ctx.t.split("calendars.holiday_rule.city_dates", "dates")
    return [before, *listed, after]


def _month_day(rule: HolidayRule, index: int) -> tuple[int, int]:
    holiday = rule.city_holidays[index]
    return holiday.month, holiday.day


def _zone_words(ctx: ExportContext, zone: str) -> str:
    """'horário de Brasília'; 'Eastern Time (America/New_York)'; 'the time zone UTC'."""
    t = ctx.t
    known: dict[str, str] = t.raw("calendars.zones.known") or {}
    if zone in known:
        return known[zone]
    name = zone_name(zone, t.language)
    if not name or zone == "UTC":
        return t("calendars.zones.bare", zone=zone)
    if t.language == "pt-BR":
        name = name[:1].lower() + name[1:]  # 'horário do Leste': a common noun in Portuguese
    return t("calendars.zones.named", name=name, zone=zone)


def priorities(ctx: ExportContext) -> None:
    """The priority levels, most urgent first, with definitions and examples."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    if not a.priorities:
        return
    b.heading(1, t("priorities.heading"), key="clause:priorities", section="priorities")
    with b.control("priorities", t("priorities.heading")):
        b.body([t("priorities.intro")], keep_next=True)
        rows: list[list[Cell]] = []
        for i, p in enumerate(a.priorities):
            path = ("priorities", i)
            calendar = a.calendar(p.calendar) if p.calendar else None
            # One paragraph and one control per example: a reviewer edits each on its own.
            examples = [
                ["\u2022 ", ctx.value((*path, "examples", n), example)]
                for n, example in enumerate(p.examples)
            ]
            rows.append(
                [
                    [ctx.value((*path, "name"), p.name, bold=True)],
                    [ctx.value((*path, "definition"), p.definition)],
                    examples if examples else "",
                    [ctx.value((*path, "calendar"), calendar.name)] if calendar else "",
                ]
            )
        header = [
            t("priorities.col_priority"),
            t("priorities.col_definition"),
            t("priorities.col_examples"),
            t("priorities.col_calendar"),
        ]
        ctx.table(header, rows, [2.2, 4, 4, 2])


def service_levels(ctx: ExportContext) -> None:
    """One subclause per metric: what is measured, how, and the target."""
    a, b, t = ctx.agreement, ctx.builder, ctx.t
    if not a.metrics:
        return
    b.heading(1, t("metrics.heading"), key="clause:metrics", section="metrics")
    # One provider owes every service level, or each clause says who owes it to whom.
    b.body([t("metrics.intro" if ctx.shared else "metrics.intro_each")])
    for index, metric in enumerate(a.metrics):
        with b.control(f"metrics[{index}]", metric.name):
            b.heading(2, metric.name, key=f"metric:{metric.id}")
            _metric_body(ctx, index, metric)


def _metric_body(ctx: ExportContext, index: int, metric: Metric) -> None:
    a, b, t, f = ctx.agreement, ctx.builder, ctx.t, ctx.f
    path = ("metrics", index)
    if ctx.shared is None:
        b.body([t.render("metrics.owed", ctx.metric_words(metric))])
    if metric.description:
        b.body([ctx.value((*path, "description"), metric.description)])
    b.body(metric_clauses.objective(ctx, index, metric))
    window = metric.window
    days = f.number(window.days or 0)
    b.body(
        [
            ctx.lead_in(t("metrics.window")),
            ctx.value(
                (*path, "window"), t(f"windows.{window.kind}", count=window.days or 0, days=days)
            ),
            ".",
        ]
    )
    calendar = a.calendar(metric.calendar) if metric.calendar else None
    if calendar:
        b.body(
            [
                ctx.lead_in(t("metrics.calendar")),
                ctx.value((*path, "calendar"), calendar.name),
                t("metrics.see_clause"),
                *b.cite(f"calendar:{calendar.id}"),
                ").",
            ]
        )
    if metric.data_source:
        b.body(
            [
                ctx.lead_in(t("metrics.data_source")),
                ctx.value((*path, "data_source"), metric.data_source),
            ]
        )
    metric_clauses.details(ctx, index, metric)
    if metric.exclusions:
        b.body([t("metrics.exclusions")], keep_next=True)
        b.lettered(
            [[ctx.value((*path, "exclusions", i), e)] for i, e in enumerate(metric.exclusions)]
        )
    keys = schedule_keys(a, metric.id)
    if len(keys) == 1:
        b.body([t("metrics.credits_in"), *b.ref(keys[0]), "."])
    elif keys:
        before, after = t.split("metrics.credits_in_several", "clauses")
        b.body([before, *joined_refs(ctx, keys), after])
