"""Findings that need the calculators: exact budgets per window, targets against the time a
window counts, credit schedules evaluated at the objective and at the downtime allowance.

The structural checks (tiers that tile, known holiday regions, calendars with hours, a rough
budget) live in the other rule modules; these rules evaluate the agreement with the calculators
over the agreement's first year and stay silent where a calculator cannot run, because those
rules already say why. The windows are those of the first contract year, from the month of
the effective date, as Annex A and `sla-designer budget --period` take them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from typing import NamedTuple

from sla_designer.calc.attainment import counts_tickets
from sla_designer.calc.budget import (
    allowed_downtime,
    contract_year_budgets,
    contract_year_periods,
    nominal_lengths,
    window_bounds,
)
from sla_designer.calc.business_time import business_calendar
from sla_designer.calc.calendar_index import FIRST_YEAR, LAST_YEAR, BusinessCalendar, to_instant
from sla_designer.calc.credits import rule_outcome
from sla_designer.model import (
    Agreement,
    AvailabilityMetric,
    BusinessDays,
    Calendar,
    CreditSchedule,
    MeasurementWindow,
    Metric,
    ResolutionTimeMetric,
    ResponseTimeMetric,
    higher_is_better,
)
from sla_designer.model.comparisons import Comparison, is_strict, nearest_met
from sla_designer.model.kinds import describe
from sla_designer.text import texts
from sla_designer.text.formats import Formatter, formatter
from sla_designer.text.values import Joined, Percent, Term, Value
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.findings import FieldPath, Finding
from sla_designer.validation.objectives import allowance_words, stated_objective
from sla_designer.validation.targets import tickets

_DAY = dt.timedelta(days=1)
_MICROSECOND = dt.timedelta(microseconds=1)
_SECOND = dt.timedelta(seconds=1)
_PARTS = "findings._parts"
"""The phrases these messages are made of, in findings.yaml beside the messages."""


# --- windows and their names ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Month:
    """A calendar month as a message names it: 'January 2027' / 'janeiro de 2027'."""

    first_day: dt.date

    def text(self, language: str) -> str:
        month = formatter(language).month(self.first_day)
        return texts(language).render(f"{_PARTS}.month", {"month": month})

    def __str__(self) -> str:
        return self.first_day.isoformat()[:7]  # as JSON holds it: '2027-03'


@dataclass(frozen=True, slots=True)
class OpenHours:
    """Business time as people count it, in any language: '180h', '267h30m'."""

    length: dt.timedelta

    def text(self, language: str) -> str:
        return str(self)

    def __str__(self) -> str:
        return Formatter.open_hours(self.length)


def _window_word(kind: str) -> Term:
    """'month', 'rolling period': the window's kind as these messages name it."""
    return Term(f"{_PARTS}.windows.{kind}")


class _Window(NamedTuple):
    start: dt.datetime
    end: dt.datetime
    kind: str

    @property
    def name(self) -> Value:
        """The window's name: 'January 2027', 'the quarter starting 2027-04-01'."""
        if self.kind == "month":
            return Month(self.start.date())
        return Term.of(
            f"{_PARTS}.window_starting", window=_window_word(self.kind), start=self.start.date()
        )


def _lengths_name(kind: str, days: Sequence[int]) -> Term:
    """'months of 28 and 29 days' / 'meses de 28 e 29 dias'."""
    several = len(days) != 1 or days[0] != 1
    return Term.of(f"{_PARTS}.lengths.{kind}", count=2 if several else 1, days=Joined(tuple(days)))


def _first_day(agreement: Agreement) -> dt.date | None:
    """The first day of the contract year the checks look at: the effective date, else the first
    of January of the current year.

    None when the calculators do not cover that year and the one on each side of it (the
    contract year runs into the next, a rolling window reaches back into the year before): the
    checks of exact windows are then skipped.
    """
    first = agreement.effective_date or dt.date(dt.datetime.now(dt.UTC).year, 1, 1)
    return first if FIRST_YEAR < first.year < LAST_YEAR else None


def _windows(window: MeasurementWindow, first_day: dt.date, zone: dt.tzinfo) -> list[_Window]:
    """The windows of the first contract year: months, quarters, the year, or rolling periods
    ending each month, as Annex A shows them (`contract_year_periods`)."""
    periods = contract_year_periods(window, first_day)
    return [_Window(*window_bounds(window, period, zone), window.kind) for period in periods]


def _prepared(calendar: Calendar | None) -> BusinessCalendar | None:
    if calendar is None:
        return None
    try:
        prepared = business_calendar(calendar)
    except ValueError:
        return None  # an unknown holiday region: the calendar rules report it
    return prepared if prepared.minutes_per_week else None


def _open_time(prepared: BusinessCalendar, window: _Window) -> dt.timedelta:
    micros = prepared.open_between(to_instant(window.start), to_instant(window.end))
    return dt.timedelta(microseconds=micros)


def _allowances(
    agreement: Agreement, metric: AvailabilityMetric
) -> list[tuple[dt.timedelta, Value]]:
    """The downtime allowed in each window the metric can have, with the window's name.

    Measured within a calendar: each window of the first contract year, from its open hours,
    exactly as Annex A and `sla-designer budget` give it. Otherwise: one entry per possible
    window length (months of 28 to 31 days, ...). None for an objective no window can meet
    (another rule says so).
    """
    try:
        if metric.measured_within_calendar:
            calendar = agreement.calendar_for(metric.id)
            first = _first_day(agreement)
            if calendar is None or _prepared(calendar) is None or first is None:
                return []
            budgets = contract_year_budgets(metric, first, calendar)
            kind = metric.window.kind
            return [(b.allowed, _Window(b.start, b.end, kind).name) for b in budgets]
        return [
            (
                allowed_downtime(metric.objective, days * _DAY, metric.comparison),
                _lengths_name(metric.window.kind, [days]),
            )
            for days in nominal_lengths(metric.window)
        ]
    except ValueError:
        return []


# --- the rules -------------------------------------------------------------------------------


def budget_in_some_windows(agreement: Agreement) -> Iterator[Finding]:
    """The exact budget is below the minimum outage in some windows (e.g. only in February)."""
    for i, metric in enumerate(agreement.metrics):
        if not isinstance(metric, AvailabilityMetric) or not metric.minimum_outage:
            continue
        allowances = _allowances(agreement, metric)
        short = [(budget, name) for budget, name in allowances if budget < metric.minimum_outage]
        if not 0 < len(short) < len(allowances):
            continue  # never short, or always: the rough budget rule already says so
        if metric.measured_within_calendar:
            windows: Value = Joined(tuple(name for _, name in short))
        else:
            lengths = nominal_lengths(metric.window)
            failing = [d for d, (b, _) in zip(lengths, allowances, strict=True) if b in dict(short)]
            windows = _lengths_name(metric.window.kind, failing)
        yield make(
            "budget-below-minimum-outage-some-windows",
            ("metrics", i, "objective"),
            metric=metric.name,
            objective=stated_objective(metric),
            budget=allowance_words(
                max(budget for budget, _ in short), is_strict(metric.comparison)
            ),
            windows=windows,
            minimum=metric.minimum_outage,
        )


def targets_within_window(agreement: Agreement) -> Iterator[Finding]:
    """A time target fits in the time the measurement window counts on its clock."""
    first = _first_day(agreement)
    # Many targets share a calendar and a window: find each shortest window once.
    shortest: dict[tuple[int, str, int | None], tuple[dt.timedelta, _Window]] = {}
    when: Value
    shown: Value
    wanted: Value
    for i, metric in enumerate(agreement.metrics):
        if not isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric):
            continue
        for j, target in enumerate(metric.targets):
            if isinstance(target.target, BusinessDays):
                continue  # counted in days the window has: business_days_within_window
            if target.target.clock == "business":
                prepared = _prepared(agreement.calendar_for(metric.id, target.priority))
                if prepared is None or first is None:
                    continue  # business time without a usable calendar is reported elsewhere
                key = (id(prepared), metric.window.kind, metric.window.days)
                if key not in shortest:
                    windows = _windows(metric.window, first, prepared.zone)
                    shortest[key] = min(
                        ((_open_time(prepared, w), w) for w in windows), key=lambda s: s[0]
                    )
                available, window = shortest[key]
                if target.target.length <= available:
                    continue
                when, shown, wanted = window.name, OpenHours(available), target.target
            else:
                days = min(nominal_lengths(metric.window))
                available, when = days * _DAY, _lengths_name(metric.window.kind, [days])
                shown, wanted = available, target.target
            if target.target.length <= available:
                continue
            yield make(
                "target-longer-than-window",
                ("metrics", i, "targets", j, "target"),
                metric=metric.name,
                tickets=tickets(_priority_name(agreement, target.priority)),
                target=wanted,
                window=_window_word(metric.window.kind),
                available=shown,
                when=when,
            )


def _business_days(prepared: BusinessCalendar, window: _Window) -> int:
    """How many days of a window have open hours."""
    day, last, count = window.start.date(), window.end.date(), 0
    while day < last:
        count += prepared.day_hours(day) is not None
        day += _DAY
    return count


def business_days_within_window(agreement: Agreement) -> Iterator[Finding]:
    """A target in business days fits in the business days of its shortest window."""
    first = _first_day(agreement)
    for i, metric in enumerate(agreement.metrics):
        if not isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric) or first is None:
            continue
        for j, target in enumerate(metric.targets):
            wanted = target.target
            if not isinstance(wanted, BusinessDays):
                continue
            prepared = _prepared(agreement.calendar_for(metric.id, target.priority))
            if prepared is None:
                continue
            windows = _windows(metric.window, first, prepared.zone)
            days, window = min(((_business_days(prepared, w), w) for w in windows), key=_first)
            if wanted.days <= days:
                continue
            yield make(
                "target-longer-than-window",
                ("metrics", i, "targets", j, "target"),
                metric=metric.name,
                tickets=tickets(_priority_name(agreement, target.priority)),
                target=wanted,
                window=_window_word(metric.window.kind),
                available=BusinessDays(days) if days else Term(f"{_PARTS}.no_business_day"),
                when=window.name,
            )


def _first(item: tuple[int, _Window]) -> int:
    return item[0]


def _priority_name(agreement: Agreement, priority_id: str | None) -> str | None:
    """A target's priority as a message names it (None: the target is for all tickets)."""
    if priority_id is None:
        return None
    priority = agreement.priority(priority_id)
    return priority.name if priority is not None and priority.name else priority_id


def _objective(metric: Metric) -> tuple[Decimal, Comparison, Value] | None:
    """The single objective a tier or linear rule is read against, its comparison, and how a
    message shows it."""
    objective = getattr(metric, "objective", None)
    kind = describe(metric)
    comparison = kind.comparison_of(metric)
    if (
        not isinstance(objective, Decimal)
        or comparison is None
        or kind.objective not in ("percent", "score", "custom")
    ):
        return None
    return objective, comparison, Percent(objective) if kind.objective == "percent" else objective


def _bands_against_allowance(
    agreement: Agreement, schedule: CreditSchedule, metric: AvailabilityMetric, path: FieldPath
) -> Iterator[Finding]:
    allowances = sorted(_allowances(agreement, metric), key=lambda item: item[0])
    if not allowances or not schedule.downtime_bands:
        return
    for allowance, name in allowances:
        outcome = rule_outcome(schedule, allowance)
        if outcome.percent > 0:
            result = Term.of(f"{_PARTS}.downtime_in", downtime=allowance, when=name)
            yield make(
                "credit-while-objective-met",
                (*path, "downtime_bands", outcome.index or 0, "over"),
                metric=metric.name,
                result=result,
                credit=outcome.percent,
            )
            return
    # Bands are whole seconds and allowances vary by window, so the first band can only start
    # at the first whole second above the largest allowance (downtime equal to an allowance
    # meets the objective); a later start leaves missed objectives without credit.
    allowance, name = allowances[-1]
    whole = allowance // _SECOND * _SECOND + _SECOND
    first_index, first = min(enumerate(schedule.downtime_bands), key=lambda b: b[1].over)
    if rule_outcome(schedule, allowance + _MICROSECOND).percent == 0 and first.over > whole:
        yield make(
            "downtime-band-gap-above-allowance",
            (*path, "downtime_bands", first_index, "over"),
            metric=metric.name,
            allowance=allowance,
            when=name,
            first=first.over,
        )


def _shown(shown: Value, comparison: Comparison) -> Value:
    """The objective as a message shows it: 'more than 99.9 %' when the comparison is strict."""
    return (
        Term.of(f"terms.comparisons.{comparison}", value=shown) if is_strict(comparison) else shown
    )


def _objectives_met(
    agreement: Agreement, schedule: CreditSchedule, metric: Metric
) -> list[tuple[Decimal, Comparison, Term]]:
    """The objectives a schedule must pay nothing at, each with its comparison and how a
    message names the result that just meets it.

    A time metric's credit reads attainment, at least the share of tickets its target asks:
    each priority's own, or all tickets together against the attainment every priority asks.
    """
    if not counts_tickets(metric):
        found = _objective(metric)
        if found is None:
            return []
        objective, comparison, shown = found
        return [
            (objective, comparison, Term.of(f"{_PARTS}.result", value=_shown(shown, comparison)))
        ]
    targets = getattr(metric, "targets", [])
    attainments = list(dict.fromkeys(target.attainment for target in targets))
    if schedule.attainment == "pooled":
        # Different attainments pooled have no one objective: the attainment rules say so.
        if len(attainments) != 1:
            return []
        value = Percent(attainments[0])
        return [(attainments[0], "at_least", Term.of(f"{_PARTS}.attainment_all", value=value))]
    found_met: list[tuple[Decimal, Comparison, Term]] = []
    for attainment in attainments:
        first = next(target for target in targets if target.attainment == attainment)
        name = _priority_name(agreement, first.priority)
        value = Percent(attainment)
        result = (
            Term.of(f"{_PARTS}.attainment_all", value=value)
            if name is None
            else Term.of(f"{_PARTS}.attainment_of", value=value, priority=name)
        )
        found_met.append((attainment, "at_least", result))
    return found_met


def credits_at_objective(agreement: Agreement) -> Iterator[Finding]:
    """No credit is due while the objective is met; bands start where the allowance ends."""
    for i, schedule in enumerate(agreement.remedies.credit_schedules):
        metric = agreement.metric(schedule.metric)
        if metric is None:
            continue
        path: FieldPath = ("remedies", "credit_schedules", i)
        if schedule.rule == "downtime_bands":
            if isinstance(metric, AvailabilityMetric):
                yield from _bands_against_allowance(agreement, schedule, metric, path)
            continue
        if schedule.rule == "linear" and schedule.linear is None:
            continue
        for objective, comparison, result in _objectives_met(agreement, schedule, metric):
            # The met result nearest the objective earns the most credit any met result can.
            probe = nearest_met(objective, comparison, schedule.numbers())
            with localcontext(prec=60):
                outcome = rule_outcome(schedule, probe, higher_is_better(metric))
            if outcome.percent > 0:
                where = (
                    (*path, "tiers", outcome.index or 0)
                    if outcome.kind == "tier"
                    else (*path, "linear", "start")
                )
                yield make(
                    "credit-while-objective-met",
                    where,
                    metric=metric.name,
                    result=result,
                    credit=outcome.percent,
                )
                break


def calculated(ctx: Context) -> list[Finding]:
    """The calculator-based rules, as one rule of the registry."""
    return calc_findings(ctx.agreement)


def calc_findings(agreement: Agreement) -> list[Finding]:
    """Every finding that needs the calculators, in the order of the agreement's sections."""
    return [
        *budget_in_some_windows(agreement),
        *targets_within_window(agreement),
        *business_days_within_window(agreement),
        *credits_at_objective(agreement),
    ]
