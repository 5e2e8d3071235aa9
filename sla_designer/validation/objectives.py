"""Objectives and measurement windows of metrics: attainable, compared the way the metric runs,
on their scale, fully stated."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

from sla_designer.calc.budget import downtime_allowance
from sla_designer.model import AvailabilityMetric, MeasurementWindow, Metric
from sla_designer.model.comparisons import comparisons_for, fits, is_strict
from sla_designer.model.kinds import describe, higher_is_better
from sla_designer.text.values import Percent, Term, Value
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context, label
from sla_designer.validation.findings import Finding

# A rough window length is enough to tell whether any outage fits in the budget; the exact
# calendar-month budget is the calculators' business.
_WINDOW_DAYS = {"month": 30, "quarter": 91, "year": 365}
_MINUTES_PER_WEEK = 7 * 24 * 60
_MICROSECOND = timedelta(microseconds=1)


def _window_days(window: MeasurementWindow) -> int | None:
    if window.kind == "rolling_days":
        return window.days
    return _WINDOW_DAYS[window.kind]


def stated_objective(metric: Metric) -> Value:
    """The objective with its comparison, as a message says it: 'more than 99.9 %'."""
    objective = getattr(metric, "objective", None)
    shown: Value = objective
    if describe(metric).objective == "percent" and isinstance(objective, Decimal):
        shown = Percent(objective)
    comparison = describe(metric).comparison_of(metric) or "at_least"
    return Term.of(f"terms.comparisons.{comparison}", value=shown)


def allowance_words(allowed: timedelta, strict: bool) -> Term:
    """'only 43m12s' of downtime, or 'less than 43m12s' for a strict objective."""
    if strict:
        return Term.of("findings._parts.allowance.strict", value=allowed + _MICROSECOND)
    return Term.of("findings._parts.allowance.inclusive", value=allowed)


def _allowed_downtime(ctx: Context, metric: AvailabilityMetric) -> timedelta | None:
    """Objective shortfall times the window length (its open hours only, when so measured)."""
    days = _window_days(metric.window)
    if days is None:
        return None
    seconds = Decimal(days * 86400)
    if metric.measured_within_calendar:
        position = ctx.calendars.get(metric.calendar) if metric.calendar else 0
        if position is None or not ctx.agreement.calendars:
            return None
        open_minutes = ctx.agreement.calendars[position].open_minutes_per_week()
        if open_minutes == 0:
            return None  # the calendar rules report a calendar that is never open
        seconds = seconds * open_minutes / _MINUTES_PER_WEEK
    try:
        allowance = downtime_allowance(
            metric.objective, timedelta(seconds=int(seconds)), metric.comparison
        )
    except ValueError:
        return None  # an objective no window can meet: `objective_attainable` says so
    return allowance.allowed


def downtime_budget(ctx: Context) -> Iterator[Finding]:
    """The downtime an availability objective allows is not shorter than the minimum outage."""
    for i, metric in enumerate(ctx.agreement.metrics):
        if not isinstance(metric, AvailabilityMetric) or not metric.minimum_outage:
            continue
        budget = _allowed_downtime(ctx, metric)
        if budget is not None and budget < metric.minimum_outage:
            yield make(
                "budget-below-minimum-outage",
                ("metrics", i, "objective"),
                metric=label(metric),
                objective=stated_objective(metric),
                window=Term.of(
                    f"terms.window_per.{metric.window.kind}",
                    metric.window.days or 30,
                    days=metric.window.days or 30,
                ),
                budget=allowance_words(budget, is_strict(metric.comparison)),
                minimum=metric.minimum_outage,
            )


def comparison_direction(ctx: Context) -> Iterator[Finding]:
    """An objective compares the way its metric runs: availability 'at least', not 'at most'."""
    for i, metric in enumerate(ctx.agreement.metrics):
        comparison = describe(metric).comparison_of(metric)
        if comparison is None:
            continue  # time targets: no one objective
        higher = higher_is_better(metric)
        if fits(comparison, higher):
            continue
        first, second = (Term(f"metrics.comparisons.{c}") for c in comparisons_for(higher))
        yield make(
            "comparison-against-direction",
            ("metrics", i, "comparison"),
            metric=label(metric),
            better=Term(f"findings._parts.better.{'higher' if higher else 'lower'}"),
            comparison=Term(f"metrics.comparisons.{comparison}"),
            choices=Term.of("findings._parts.either", first=first, second=second),
        )


def _bounds(metric: Metric) -> tuple[Decimal | None, Decimal | None]:
    """The lowest and highest result the metric can have (None: no bound)."""
    kind = describe(metric)
    scale = kind.scale_of(metric)
    if scale is not None:
        return Decimal(scale[0]), Decimal(scale[1])
    if kind.objective == "percent":
        return Decimal(0), Decimal(100)
    if kind.objective == "duration":
        return Decimal(0), None
    return None, None


def objective_attainable(ctx: Context) -> Iterator[Finding]:
    """A strict objective leaves some result that meets it: nothing is more than 100 %, more
    than the top of its scale, or less than no time at all. (An objective beyond the scale is
    reported by `satisfaction_scale`.)"""
    for i, metric in enumerate(ctx.agreement.metrics):
        comparison = describe(metric).comparison_of(metric)
        if comparison not in ("more_than", "less_than"):
            continue
        objective = getattr(metric, "objective", None)
        if isinstance(objective, timedelta):
            objective = Decimal(objective // _MICROSECOND)
        if not isinstance(objective, Decimal):
            continue
        low, high = _bounds(metric)
        if (comparison == "more_than" and objective == high) or (
            comparison == "less_than" and objective == low
        ):
            yield make(
                "objective-unattainable",
                ("metrics", i, "objective"),
                metric=label(metric),
                objective=stated_objective(metric),
            )


def maintenance_notice(ctx: Context) -> Iterator[Finding]:
    """Scheduled maintenance excluded from downtime states how far ahead it is announced."""
    for i, metric in enumerate(ctx.agreement.metrics):
        if (
            isinstance(metric, AvailabilityMetric)
            and metric.maintenance
            and metric.maintenance_notice is None
        ):
            yield make(
                "maintenance-without-notice",
                ("metrics", i, "maintenance_notice"),
                metric=label(metric),
            )


def measurement_windows(ctx: Context) -> Iterator[Finding]:
    """A rolling window states its days; a calendar window does not carry stray days."""
    for i, metric in enumerate(ctx.agreement.metrics):
        window = metric.window
        if window.kind == "rolling_days" and window.days is None:
            yield make(
                "rolling-window-without-days",
                ("metrics", i, "window", "days"),
                metric=label(metric),
            )
        elif window.kind != "rolling_days" and window.days is not None:
            yield make(
                "window-days-ignored",
                ("metrics", i, "window", "days"),
                metric=label(metric),
                window=Term(f"terms.windows.{window.kind}"),
                count=window.days,
                days=window.days,
            )


def satisfaction_scale(ctx: Context) -> Iterator[Finding]:
    """A satisfaction scale runs upwards and its objective lies on it."""
    for i, metric in enumerate(ctx.agreement.metrics):
        scale = describe(metric).scale_of(metric)
        if scale is None:
            continue
        low, high = scale
        objective = getattr(metric, "objective", None)
        if low >= high:
            yield make(
                "satisfaction-scale-inverted",
                ("metrics", i, "scale_max"),
                metric=label(metric),
                low=low,
                high=high,
            )
        elif isinstance(objective, Decimal) and not low <= objective <= high:
            yield make(
                "satisfaction-objective-outside-scale",
                ("metrics", i, "objective"),
                metric=label(metric),
                objective=objective,
                low=low,
                high=high,
            )


RULES = (
    comparison_direction,
    objective_attainable,
    downtime_budget,
    maintenance_notice,
    measurement_windows,
    satisfaction_scale,
)
