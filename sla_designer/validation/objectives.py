"""Objectives and measurement windows of metrics: attainable, on their scale, fully stated."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

from sla_designer.model import AvailabilityMetric, MeasurementWindow
from sla_designer.model.kinds import describe
from sla_designer.text.values import Term
from sla_designer.validation.codes import make
from sla_designer.validation.context import Context, label
from sla_designer.validation.findings import Finding

# A rough window length is enough to tell whether any outage fits in the budget; the exact
# calendar-month budget is the calculators' business.
_WINDOW_DAYS = {"month": 30, "quarter": 91, "year": 365}
_MINUTES_PER_WEEK = 7 * 24 * 60


def _window_days(window: MeasurementWindow) -> int | None:
    if window.kind == "rolling_days":
        return window.days
    return _WINDOW_DAYS[window.kind]


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
    shortfall = (Decimal(100) - metric.objective) / Decimal(100)
    return timedelta(seconds=int(seconds * shortfall))


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
                objective=metric.objective,
                window=Term.of(
                    f"terms.window_per.{metric.window.kind}", days=metric.window.days or 30
                ),
                budget=budget,
                minimum=metric.minimum_outage,
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


RULES = (downtime_budget, maintenance_notice, measurement_windows, satisfaction_scale)
