"""The service credits the back-tested windows would have earned, through the credit calculator.

Each credit schedule on a back-tested metric reads each window as the calculator does for
`sla-designer credit` (`what_if_credit`), on the fee the agreement states for it, in its
currency: a response or resolution time metric its window's ticket counts (per priority or
pooled, the minimum of tickets, the schedule's own cap); an availability metric the window's
uptime, or its counted downtime for downtime bands; a contact-centre metric the window's service
level, abandonment rate or average speed of answer (a window without contacts earns nothing).
Every window goes through the schedule's rule, as the contract's clause reads it; a window that
meets its objective earns nothing unless the schedule itself pays there (validation's
credit-while-objective-met). Windows are taken in order, the schedules of a window in the
agreement's order, so the monthly cap (a share of all services' monthly fees) and the yearly cap
see the credits earlier windows earned, whatever their metric: a window's credit counts in the
month and calendar year its window starts.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction

from sla_designer.backtest.availability import AvailabilityResult
from sla_designer.backtest.contact_centre import ContactResult
from sla_designer.backtest.outcome import target_for
from sla_designer.backtest.report import MetricResult
from sla_designer.calc.attainment import TicketCount, counts_tickets
from sla_designer.calc.credits import CreditResult
from sla_designer.calc.what_if import Measured, schedule_fee, total_monthly_fee, what_if_credit
from sla_designer.model import Agreement
from sla_designer.model.metrics import MetricBase
from sla_designer.model.remedies import CreditSchedule

Result = MetricResult | AvailabilityResult | ContactResult
Reading = tuple[Measured | None, list[TicketCount] | None]
"""What a window gives the calculator: a measured value, or a time metric's ticket counts."""


@dataclass(frozen=True)
class WindowCredit:
    """The credit a schedule would have given for one window."""

    schedule: str
    metric: str
    window: dt.date
    result: CreditResult


@dataclass(frozen=True)
class ScheduleNote:
    """A schedule whose credits were not computed, and why (a key of backtest.credit_skipped)."""

    schedule: str
    metric: str
    why: str


@dataclass(frozen=True)
class Credits:
    windows: list[WindowCredit]
    notes: list[ScheduleNote]

    def totals(self) -> dict[str, Decimal]:
        """The credits in total per currency."""
        found: dict[str, Decimal] = {}
        for credit in self.windows:
            currency = credit.result.currency
            found[currency] = found.get(currency, Decimal(0)) + credit.result.amount
        return found


def window_credits(
    agreement: Agreement,
    results: Sequence[MetricResult],
    availability: Sequence[AvailabilityResult] = (),
    contact: Sequence[ContactResult] = (),
) -> Credits:
    """The credits every schedule would have given in every window measured: with tickets, of
    the outage list's windows, with contacts."""
    read: list[Result] = [*results, *availability, *contact]
    by_metric = {r.metric.id: r for r in read}
    ready: list[tuple[CreditSchedule, MetricBase, dict[dt.date, Reading]]] = []
    notes = []
    for schedule in agreement.remedies.credit_schedules:
        result = by_metric.get(schedule.metric)
        if result is None:
            continue
        why = _not_computed(agreement, schedule, result)
        if why is not None:
            notes.append(ScheduleNote(schedule.id, schedule.metric, why))
        else:
            ready.append((schedule, result.metric, _readings(schedule, result)))
    days = sorted({day for _, _, readings in ready for day in readings})
    stated = total_monthly_fee(agreement)
    names = {p.id: p.name for p in agreement.priorities}
    month: dict[tuple[int, int], Decimal] = {}
    year: dict[int, Decimal] = {}
    found = []
    for day in days:
        for schedule, metric, readings in ready:
            if day not in readings:
                continue
            measured, counts = readings[day]
            fee = schedule_fee(agreement, schedule)
            assert fee is not None
            total = stated.amount if stated and stated.currency == fee.currency else None
            credit = what_if_credit(
                schedule,
                metric,
                measured,
                fee,
                agreement.remedies,
                total_fee=total,
                paid_this_month=month.get((day.year, day.month), Decimal(0)),
                paid_this_year=year.get(day.year, Decimal(0)),
                tickets=counts,
                names=names,
            )
            key = (day.year, day.month)
            month[key] = month.get(key, Decimal(0)) + credit.amount
            year[day.year] = year.get(day.year, Decimal(0)) + credit.amount
            found.append(WindowCredit(schedule.id, schedule.metric, day, credit))
    return Credits(found, notes)


def _not_computed(agreement: Agreement, schedule: CreditSchedule, result: Result) -> str | None:
    if isinstance(result, MetricResult | ContactResult) and result.skipped is not None:
        return "not_backtested"
    if isinstance(result, MetricResult) and not counts_tickets(result.metric):
        return "statistic"
    if schedule.rule == "downtime_bands" and not isinstance(result, AvailabilityResult):
        return "not_backtested"
    if schedule_fee(agreement, schedule) is None:
        return "no_fee"
    return None


def _readings(schedule: CreditSchedule, result: Result) -> dict[dt.date, Reading]:
    """What each window of the result gives the schedule's calculation."""
    if isinstance(result, MetricResult):
        days = dict.fromkeys(row.window for row in result.rows)
        return {day: (None, counts) for day in days if (counts := _counts(result, day))}
    places = _places(schedule, result.metric)
    if isinstance(result, AvailabilityResult):
        if schedule.rule == "downtime_bands":
            return {row.window: (row.uptime.downtime, None) for row in result.rows}
        return {row.window: (deciding(row.uptime.exact, places), None) for row in result.rows}
    return {
        row.window: (deciding(row.measured, places), None)
        for row in result.rows
        if row.measured is not None
    }


def _places(schedule: CreditSchedule, metric: MetricBase) -> int:
    """Decimals the measured value must keep: those the back-test shows (six for availability,
    two for contact centres), or more when a bound of the schedule or the objective has more."""
    bounds: list[Decimal] = []
    for tier in schedule.tiers:
        bounds += [bound.value for bound in (tier.lower, tier.upper) if bound is not None]
    if schedule.linear is not None:
        bounds += [schedule.linear.start, schedule.linear.step]
    objective = getattr(metric, "objective", None)
    if isinstance(objective, Decimal):
        bounds.append(objective)
    elif isinstance(objective, dt.timedelta):
        bounds.append(Decimal(objective // dt.timedelta(microseconds=1)).scaleb(-6))
    shown = 6 if metric.kind == "availability" else 2
    return max([shown, *(_decimals(bound) for bound in bounds)])


def _decimals(value: Decimal) -> int:
    """Decimals a bound needs (99.50 needs one)."""
    exponent = value.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0


def deciding(value: Fraction, places: int) -> Decimal:
    """`value` as the decimal the calculator reads: itself when it has at most `places` decimals;
    else cut after its first non-zero digit beyond them. That decimal lies strictly between the
    value cut at `places` and the next step of that size, as the value does, so it falls on the
    same side of every tier bound, objective and linear step with at most `places` decimals, and
    it shows only digits the value has (99.4987654 % for 99.49876543…)."""
    digits = places
    scaled = value * 10**digits
    cut = math.floor(scaled)
    if cut == scaled:
        return Decimal(f"{cut}E-{digits}")
    while cut % 10 == 0 or digits == places:
        digits += 1
        cut = math.floor(value * 10**digits)
    return Decimal(f"{cut}E-{digits}")


def _counts(result: MetricResult, day: dt.date) -> list[TicketCount]:
    """The window's ticket counts as the calculator reads them: per priority, the priorities
    under the target for all tickets together; pooled, one count."""
    rows = [row for row in result.rows if row.window == day]
    if result.mode == "pooled":
        return [TicketCount(r.met, r.tickets) for r in rows]
    merged: dict[str | None, tuple[int, int]] = {}
    for row in rows:
        target = target_for(result.metric, row.priority or "")
        key = target.priority if target is not None else row.priority
        met, total = merged.get(key, (0, 0))
        merged[key] = (met + row.met, total + row.tickets)
    return [TicketCount(met, total, key) for key, (met, total) in merged.items()]
