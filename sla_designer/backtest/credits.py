"""The service credits the back-tested windows would have earned, through the credit calculator.

Each credit schedule on a back-tested response or resolution time metric reads each window's
ticket counts as the calculator does for `sla-designer credit --tickets` (`what_if_credit`: per
priority or pooled, the minimum of tickets, the schedule's own cap), on the fee the agreement
states for it, in its currency. Windows are taken in order, the schedules of a window in the
agreement's order, so the monthly cap (a share of all services' monthly fees) and the yearly
cap see the credits earlier windows earned: a window's credit counts in the month and calendar
year its window starts.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from sla_designer.backtest.outcome import target_for
from sla_designer.backtest.report import MetricResult
from sla_designer.calc.attainment import TicketCount, counts_tickets
from sla_designer.calc.credits import CreditResult
from sla_designer.calc.what_if import schedule_fee, total_monthly_fee, what_if_credit
from sla_designer.model import Agreement
from sla_designer.model.remedies import CreditSchedule


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


def window_credits(agreement: Agreement, results: list[MetricResult]) -> Credits:
    """The credits every schedule would have given in every window with tickets."""
    by_metric = {r.metric.id: r for r in results}
    ready: list[tuple[CreditSchedule, MetricResult]] = []
    notes = []
    for schedule in agreement.remedies.credit_schedules:
        result = by_metric.get(schedule.metric)
        if result is None:
            continue
        why = _not_computed(agreement, schedule, result)
        if why is not None:
            notes.append(ScheduleNote(schedule.id, schedule.metric, why))
        else:
            ready.append((schedule, result))
    days = sorted({row.window for _, result in ready for row in result.rows})
    stated = total_monthly_fee(agreement)
    names = {p.id: p.name for p in agreement.priorities}
    month: dict[tuple[int, int], Decimal] = {}
    year: dict[int, Decimal] = {}
    found = []
    for day in days:
        for schedule, result in ready:
            counts = _counts(result, day)
            if not counts:
                continue
            fee = schedule_fee(agreement, schedule)
            assert fee is not None
            total = stated.amount if stated and stated.currency == fee.currency else None
            credit = what_if_credit(
                schedule,
                result.metric,
                None,
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


def _not_computed(
    agreement: Agreement, schedule: CreditSchedule, result: MetricResult
) -> str | None:
    if result.skipped is not None:
        return "not_backtested"
    if not counts_tickets(result.metric):
        return "statistic"
    if schedule.rule == "downtime_bands":
        return "not_backtested"
    if schedule_fee(agreement, schedule) is None:
        return "no_fee"
    return None


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
