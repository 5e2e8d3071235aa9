"""The credit curve of a schedule: credit % as steps over a range of measured values.

The steps are exact: the range is cut at every boundary of the schedule (tier bounds, linear
steps, band limits) and each piece takes the credit the calculator gives inside it, after the
schedule's own cap. A drawing then needs no sampling and shows a boundary where it really is.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal
from itertools import pairwise

from sla_designer.calc.credits import rule_outcome
from sla_designer.model.kinds import describe
from sla_designer.model.metrics import MetricBase
from sla_designer.model.remedies import CreditSchedule

_MARGIN = Decimal("0.25")
_MOST_STEPS = 400
"""Linear rules with finer steps than this over the range are cut at this many boundaries."""


@dataclass(frozen=True, slots=True)
class CurveStep:
    """Measured values from `start` to `end` earn `percent` credit."""

    start: Decimal
    end: Decimal
    percent: Decimal


@dataclass(frozen=True, slots=True)
class CreditCurve:
    """The steps of a schedule over [low, high]; durations (downtime bands) are in seconds."""

    low: Decimal
    high: Decimal
    steps: tuple[CurveStep, ...]
    objective: Decimal | None
    in_seconds: bool

    @property
    def top(self) -> Decimal:
        """The highest credit on the curve (0 when the schedule gives none)."""
        return max((step.percent for step in self.steps), default=Decimal(0))


def metric_objective(metric: MetricBase) -> Decimal | None:
    """The value a tier or linear rule is read against: the objective, or the common attainment.

    A response or resolution metric is measured as the share of tickets meeting their target, so
    its objective is the attainment, when every target measures each ticket and asks the same
    one (an average, median or percentile has no attainment).
    """
    if describe(metric).objective == "targets":
        targets = getattr(metric, "targets", [])
        if any(target.measure != "each" for target in targets):
            return None
        attainments = {target.attainment for target in targets}
        return attainments.pop() if len(attainments) == 1 else None
    objective = getattr(metric, "objective", None)
    return objective if isinstance(objective, Decimal) else None


def _seconds(value: dt.timedelta) -> Decimal:
    return Decimal(value // dt.timedelta(microseconds=1)) / Decimal(1_000_000)


def _bounds(schedule: CreditSchedule) -> list[Decimal]:
    if schedule.rule == "downtime_bands":
        found = [_seconds(b.over) for b in schedule.downtime_bands]
        found += [_seconds(b.up_to) for b in schedule.downtime_bands if b.up_to is not None]
        return found
    if schedule.rule == "linear":
        return [schedule.linear.start] if schedule.linear is not None else []
    return [
        bound.value
        for tier in schedule.tiers
        for bound in (tier.lower, tier.upper)
        if bound is not None
    ]


def _linear_cuts(
    schedule: CreditSchedule, higher_is_better: bool, low: Decimal, high: Decimal
) -> tuple[list[Decimal], Decimal, Decimal]:
    rule = schedule.linear
    if rule is None or rule.credit_per_step == 0:
        return [], low, high
    ceiling = min(rule.maximum or Decimal(100), schedule.cap or Decimal(100), Decimal(100))
    # One step past the one that reaches the ceiling shows the curve flat at its top.
    count = int((ceiling / rule.credit_per_step).to_integral_value(ROUND_CEILING)) + 1
    count = min(count, _MOST_STEPS)
    sign = -1 if higher_is_better else 1
    cuts = [rule.start + sign * k * rule.step for k in range(count + 1)]
    return cuts, min(low, *cuts), max(high, *cuts)


def credit_curve(
    schedule: CreditSchedule,
    higher_is_better: bool,
    objective: Decimal | None,
    *,
    percent_scale: bool = True,
) -> CreditCurve:
    """The curve of `schedule` over a range that shows all its boundaries and the objective.

    `percent_scale` keeps the range within 0-100 (availability, attainment); durations start at 0.
    """
    in_seconds = schedule.rule == "downtime_bands"
    points = _bounds(schedule)
    if objective is not None and not in_seconds:
        points.append(objective)
    if not points:
        points = [Decimal(0), Decimal(100)] if percent_scale else [Decimal(0), Decimal(1)]
    low, high = min(points), max(points)
    cuts = list(points)
    if schedule.rule == "linear":
        extra, low, high = _linear_cuts(schedule, higher_is_better, low, high)
        cuts += extra
    span = high - low or abs(high) or Decimal(1)
    low, high = low - span * _MARGIN, high + span * _MARGIN
    if in_seconds or percent_scale:
        low = max(low, Decimal(0))
    if percent_scale and not in_seconds:
        high = min(high, Decimal(100))
    edges = sorted({low, high, *(c for c in cuts if low < c < high)})
    steps: list[CurveStep] = []
    for start, end in pairwise(edges):
        middle = (start + end) / 2
        measured: Decimal | dt.timedelta = (
            dt.timedelta(seconds=float(middle)) if in_seconds else middle
        )
        percent = rule_outcome(schedule, measured, higher_is_better).percent
        if schedule.cap is not None:
            percent = min(percent, schedule.cap)
        if steps and steps[-1].percent == percent:
            steps[-1] = CurveStep(steps[-1].start, end, percent)
        else:
            steps.append(CurveStep(start, end, percent))
    return CreditCurve(low, high, tuple(steps), None if in_seconds else objective, in_seconds)
