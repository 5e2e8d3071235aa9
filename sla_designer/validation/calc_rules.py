"""Findings that need the calculators: exact budgets per window, targets against the time a
window counts, and credit schedules evaluated at the objective (`credit_objective`).

The structural checks (tiers that tile, known holiday regions, calendars with hours, a rough
budget) live in the other rule modules; these rules evaluate the agreement with the calculators
over the windows of the first contract year, as Annex A and `sla-designer budget --period` take
them (`windows`), and stay silent where a calculator cannot run, because those rules already
say why.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from sla_designer.calc.budget import nominal_lengths
from sla_designer.calc.calendar_index import BusinessCalendar
from sla_designer.model import (
    Agreement,
    AvailabilityMetric,
    BusinessDays,
    ResolutionTimeMetric,
    ResponseTimeMetric,
)
from sla_designer.model.comparisons import is_strict
from sla_designer.text.values import Joined, Term, Value
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context
from sla_designer.validation.credit_objective import credits_at_objective
from sla_designer.validation.findings import Finding
from sla_designer.validation.objectives import allowance_words, stated_objective
from sla_designer.validation.targets import tickets
from sla_designer.validation.windows import (
    DAY,
    PARTS,
    OpenHours,
    Window,
    contract_windows,
    downtime_allowances,
    first_contract_day,
    lengths_name,
    open_time,
    prepared_calendar,
    priority_name,
    window_word,
)

# --- the rules -------------------------------------------------------------------------------


def budget_in_some_windows(agreement: Agreement) -> Iterator[Finding]:
    """The exact budget is below the minimum outage in some windows (e.g. only in February)."""
    for i, metric in enumerate(agreement.metrics):
        if not isinstance(metric, AvailabilityMetric) or not metric.minimum_outage:
            continue
        allowances = downtime_allowances(agreement, metric)
        short = [(budget, name) for budget, name in allowances if budget < metric.minimum_outage]
        if not 0 < len(short) < len(allowances):
            continue  # never short, or always: the rough budget rule already says so
        if metric.measured_within_calendar:
            windows: Value = Joined(tuple(name for _, name in short))
        else:
            lengths = nominal_lengths(metric.window)
            failing = [d for d, (b, _) in zip(lengths, allowances, strict=True) if b in dict(short)]
            windows = lengths_name(metric.window.kind, failing)
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
    first = first_contract_day(agreement)
    # Many targets share a calendar and a window: find each shortest window once.
    shortest: dict[tuple[int, str, int | None], tuple[dt.timedelta, Window]] = {}
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
                prepared = prepared_calendar(agreement.calendar_for(metric.id, target.priority))
                if prepared is None or first is None:
                    continue  # business time without a usable calendar is reported elsewhere
                key = (id(prepared), metric.window.kind, metric.window.days)
                if key not in shortest:
                    windows = contract_windows(metric.window, first, prepared.zone)
                    shortest[key] = min(
                        ((open_time(prepared, w), w) for w in windows), key=lambda s: s[0]
                    )
                available, window = shortest[key]
                if target.target.length <= available:
                    continue
                when, shown, wanted = window.name, OpenHours(available), target.target
            else:
                days = min(nominal_lengths(metric.window))
                available, when = days * DAY, lengths_name(metric.window.kind, [days])
                shown, wanted = available, target.target
            if target.target.length <= available:
                continue
            yield make(
                "target-longer-than-window",
                ("metrics", i, "targets", j, "target"),
                metric=metric.name,
                tickets=tickets(priority_name(agreement, target.priority)),
                target=wanted,
                window=window_word(metric.window.kind),
                available=shown,
                when=when,
            )


def _business_days(prepared: BusinessCalendar, window: Window) -> int:
    """How many days of a window have open hours."""
    day, last, count = window.start.date(), window.end.date(), 0
    while day < last:
        count += prepared.is_business_day(day)
        day += DAY
    return count


def business_days_within_window(agreement: Agreement) -> Iterator[Finding]:
    """A target in business days fits in the business days of its shortest window."""
    first = first_contract_day(agreement)
    # Many targets share a calendar and a window: count each window's business days once.
    fewest: dict[tuple[int, str, int | None], tuple[int, Window]] = {}
    for i, metric in enumerate(agreement.metrics):
        if not isinstance(metric, ResponseTimeMetric | ResolutionTimeMetric) or first is None:
            continue
        for j, target in enumerate(metric.targets):
            wanted = target.target
            if not isinstance(wanted, BusinessDays):
                continue
            prepared = prepared_calendar(agreement.calendar_for(metric.id, target.priority))
            if prepared is None:
                continue
            key = (id(prepared), metric.window.kind, metric.window.days)
            if key not in fewest:
                windows = contract_windows(metric.window, first, prepared.zone)
                fewest[key] = min(((_business_days(prepared, w), w) for w in windows), key=_first)
            days, window = fewest[key]
            if wanted.days <= days:
                continue
            yield make(
                "target-longer-than-window",
                ("metrics", i, "targets", j, "target"),
                metric=metric.name,
                tickets=tickets(priority_name(agreement, target.priority)),
                target=wanted,
                window=window_word(metric.window.kind),
                available=BusinessDays(days) if days else Term(f"{PARTS}.no_business_day"),
                when=window.name,
            )


def _first(item: tuple[int, Window]) -> int:
    return item[0]


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
