"""The service credit for one metric, schedule and measured value, as people ask it ("what if").

The command line's `credit`, the editor's credit panel and the Word annex of worked examples all
answer through this module, so that they read the measured value, the metric's direction, the
unit of the explanation and the fees the caps are on the same way and can never disagree.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Mapping, Sequence
from decimal import Decimal, InvalidOperation

from sla_designer.calc.attainment import (
    TicketCount,
    counts_tickets,
    read_tickets,
    schedule_reading,
)
from sla_designer.calc.credit_curve import metric_objective
from sla_designer.calc.credits import CreditResult, ObjectiveCheck, compute_credit
from sla_designer.model.agreement import Agreement
from sla_designer.model.comparisons import is_met
from sla_designer.model.kinds import describe, higher_is_better
from sla_designer.model.metrics import MetricBase
from sla_designer.model.remedies import CreditSchedule, Remedies
from sla_designer.model.units import Money, parse_duration
from sla_designer.text.values import Problem

Measured = Decimal | dt.timedelta

MAX_AMOUNT = Decimal(10) ** 15
"""The largest fee or credit taken: far above any real contract, and small enough that amounts
keep every digit of the currency's minor unit in Decimal's 28-digit arithmetic."""
_MAX_SCORE = Decimal(10) ** 12
"""The largest size of a measured score or count that has no stated scale."""
_SYMBOLS = {"percent": "%", "seconds": "s", "score": ""}
"""The unit written after a measured value, by what the value is (see `model.kinds`)."""


def measured_is_percent(metric: MetricBase) -> bool:
    """Whether the metric's measured values are percentages (0-100)."""
    return describe(metric).measured == "percent"


def credit_unit(metric: MetricBase) -> str:
    """The unit the explanation writes after a measured value: '%', 's' for a speed of answer
    (measured in seconds), the custom metric's own unit, or none for scores."""
    kind = describe(metric)
    return kind.unit_of(metric) if kind.measured == "custom" else _SYMBOLS[kind.measured]


def check_measured(metric: MetricBase | None, value: Decimal) -> Decimal:
    """`value` when the metric can measure it; else a Problem saying what the range is.

    Percentages lie from 0 to 100 and a satisfaction score within its scale; other values (a
    speed of answer in seconds, a custom metric's figure) only need a sensible size.
    """
    if not value.is_finite():
        raise Problem("calc.errors.not_finite", value=str(value))
    measured = None if metric is None else describe(metric).measured
    scale = None if metric is None else describe(metric).scale_of(metric)
    if measured == "percent":
        if not Decimal(0) <= value <= Decimal(100):
            raise Problem("calc.errors.not_a_percentage", value=str(value))
    elif scale is not None:
        if not scale[0] <= value <= scale[1]:
            raise Problem(
                "calc.errors.outside_scale",
                value=str(value),
                low=scale[0],
                high=scale[1],
            )
    elif abs(value) > _MAX_SCORE:
        raise Problem("calc.errors.too_large", value=str(value))
    elif measured not in (None, "custom") and value < 0:
        raise Problem("calc.errors.negative", value=str(value))
    return value


def parse_measured(
    schedule: CreditSchedule, text: str, metric: MetricBase | None = None
) -> Measured:
    """The measured value typed for `schedule`: a duration for downtime bands, else a number.

    A number may carry a trailing '%'; with `metric` it must also be a value the metric can
    measure (see `check_measured`). Raises a Problem (a ValueError) naming what is wrong.
    """
    if schedule.rule == "downtime_bands":
        return parse_duration(text)
    try:
        value = Decimal(text.strip().rstrip("%").strip())
    except InvalidOperation:
        raise Problem("calc.errors.not_a_number", text=text) from None
    if not value.is_finite():
        raise Problem("calc.errors.not_a_number", text=text)
    return check_measured(metric, value)


def check_amount(value: Decimal) -> Decimal:
    """`value` when it is a sensible amount of money (0 up to `MAX_AMOUNT`), else a Problem."""
    if not value.is_finite():
        raise Problem("calc.errors.not_finite", value=str(value))
    if value < 0:
        raise Problem("calc.errors.negative", value=str(value))
    if value > MAX_AMOUNT:
        raise Problem("calc.errors.amount_too_large", value=str(value), most=MAX_AMOUNT)
    return value


def total_monthly_fee(agreement: Agreement) -> Money | None:
    """The monthly fees of all the agreement's services in total, when they state them.

    None when no service states a fee or the fees are in more than one currency. The monthly
    cap of the credit clause is a share of this total.
    """
    fees = [s.monthly_fee for s in agreement.service.services if s.monthly_fee is not None]
    if not fees or len({fee.currency for fee in fees}) != 1:
        return None
    return Money(amount=sum((fee.amount for fee in fees), Decimal(0)), currency=fees[0].currency)


def schedule_fee(agreement: Agreement, schedule: CreditSchedule) -> Money | None:
    """The fee a schedule's credits are a share of, when the agreement states it: the monthly
    fee of its service (the one it names, else its metric's, else the agreement's only one),
    or of all services; None for an annual fee, which the agreement does not state."""
    if schedule.basis == "monthly_fee_total":
        return total_monthly_fee(agreement)
    if schedule.basis != "monthly_fee_of_service":
        return None
    services = agreement.service.services
    service = (
        agreement.service_by_id(schedule.service)
        if schedule.service is not None
        else agreement.service_of(schedule.metric) or (services[0] if len(services) == 1 else None)
    )
    return service.monthly_fee if service is not None else None


def objective_check(metric: MetricBase, measured: Measured | None) -> ObjectiveCheck | None:
    """Whether `measured` meets the metric's objective, as the objective compares it.

    A speed of answer is compared in seconds; a response or resolution time by the attainment
    its targets share. None when the metric has no one number to compare with (targets with
    different attainments or other measures), the measured value is a downtime, or no
    attainment counts (too few tickets).
    """
    if measured is None or isinstance(measured, dt.timedelta):
        return None
    kind = describe(metric)
    comparison = kind.comparison_of(metric)
    objective = getattr(metric, "objective", None)
    if isinstance(objective, dt.timedelta):
        objective = Decimal(objective // dt.timedelta(microseconds=1)) / Decimal(1_000_000)
    if comparison is None:
        # Targets: the share of tickets within their time must be at least the attainment.
        objective, comparison = metric_objective(metric), "at_least"
    if not isinstance(objective, Decimal):
        return None
    return ObjectiveCheck(objective, comparison, is_met(measured, objective, comparison))


def what_if_credit(
    schedule: CreditSchedule,
    metric: MetricBase,
    measured: Measured | None,
    fee: Money,
    remedies: Remedies,
    *,
    total_fee: Decimal | None = None,
    paid_this_month: Decimal = Decimal(0),
    paid_this_year: Decimal = Decimal(0),
    tickets: Sequence[TicketCount] | None = None,
    names: Mapping[str, str] | None = None,
) -> CreditResult:
    """The credit `schedule` gives for `measured` on `fee`, with the agreement's caps and minimum.

    `total_fee` is the monthly fees of all services in total, which the monthly and yearly caps
    are shares of; without it, the fee's own monthly amount. The metric says which direction is
    better, the unit of the explanation, and whether the measured value meets its objective.

    On a response or resolution time metric, `tickets` are the window's ticket counts (per
    priority, or of all tickets): the schedule's attainment mode and minimum number of tickets
    turn them into the attainment that decides, and `measured` is not used. Without counts,
    `measured` is the attainment itself. `names` names the priorities in the explanation.
    """
    better = higher_is_better(metric)
    reading = None
    if tickets is not None:
        reading = read_tickets(schedule, metric, tickets, names, better)
        measured = reading.deciding.attainment if reading.deciding is not None else None
    elif counts_tickets(metric):
        reading = schedule_reading(schedule, metric)
    if measured is None and reading is None:
        raise Problem("calc.errors.nothing_measured")
    result = compute_credit(
        schedule,
        measured,
        fee,
        remedies=remedies,
        higher_is_better=better,
        total_monthly_fee=total_fee,
        paid_this_month=paid_this_month,
        paid_this_year=paid_this_year,
        unit=credit_unit(metric),
        tickets=reading,
    )
    return dataclasses.replace(result, objective=objective_check(metric, measured))
