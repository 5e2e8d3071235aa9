"""The service credit for one metric, schedule and measured value, as people ask it ("what if").

The command line's `credit` and the editor's credit panel both answer through `what_if_credit`,
so that they read the measured value, the metric's direction and the unit of the explanation
the same way and can never disagree.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from sla_designer.calc.credits import CreditResult, compute_credit
from sla_designer.model.metrics import (
    CustomMetric,
    MetricBase,
    SatisfactionMetric,
    higher_is_better,
)
from sla_designer.model.remedies import CreditSchedule, Remedies
from sla_designer.model.units import Money, parse_duration

Measured = Decimal | dt.timedelta


def credit_unit(metric: MetricBase) -> str:
    """The unit the explanation writes after a measured value: '%', or none for scores."""
    return "" if isinstance(metric, SatisfactionMetric | CustomMetric) else "%"


def parse_measured(schedule: CreditSchedule, text: str) -> Measured:
    """The measured value typed for `schedule`: a duration for downtime bands, else a number.

    A number may carry a trailing '%'. Raises ValueError with a message naming what is wrong.
    """
    if schedule.rule == "downtime_bands":
        return parse_duration(text)
    try:
        value = Decimal(text.strip().rstrip("%").strip())
    except InvalidOperation:
        raise ValueError(f"{text!r} is not a number") from None
    if not value.is_finite():
        raise ValueError(f"{text!r} is not a number")
    return value


def what_if_credit(
    schedule: CreditSchedule,
    metric: MetricBase,
    measured: Measured,
    fee: Money,
    remedies: Remedies,
    *,
    paid_this_month: Decimal = Decimal(0),
    paid_this_year: Decimal = Decimal(0),
) -> CreditResult:
    """The credit `schedule` gives for `measured` on `fee`, with the agreement's caps and minimum.

    The metric says which direction is better and the unit of the explanation.
    """
    return compute_credit(
        schedule,
        measured,
        fee,
        remedies=remedies,
        higher_is_better=higher_is_better(metric),
        paid_this_month=paid_this_month,
        paid_this_year=paid_this_year,
        unit=credit_unit(metric),
    )
