"""Contact-centre metrics back-tested on interval data: per service level, average speed of
answer and abandonment rate metric and window, the measure (`calc.contact_measures`, from the
window's summed counts, exactly) against the objective, with its comparison.

An interval counts in the window its start falls in (the metric's windows, in its calendar's
zone). In a file of several queues, a metric of a service reads the intervals of that service's
queue, and a metric of no service those of every queue together (counts add up). The file's
"within" counts are taken at the threshold the mapping states (`threshold`; short abandons at
`short_abandon_threshold`); a metric whose threshold differs is not back-tested, and without it
each metric's own threshold is assumed, and the output says so.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

import numpy as np

from sla_designer.backtest.mapping import Mapping
from sla_designer.backtest.measure_files import IntervalRows
from sla_designer.backtest.windows import local_midnight, place, window_starts
from sla_designer.calc.calendar_index import from_instant
from sla_designer.calc.contact_measures import (
    ContactCounts,
    abandonment_rate,
    average_speed_of_answer,
    service_level,
)
from sla_designer.model import Agreement
from sla_designer.model.comparisons import is_met
from sla_designer.model.metrics import (
    AbandonmentRateMetric,
    AverageSpeedOfAnswerMetric,
    ServiceLevelMetric,
)

ContactMetric = ServiceLevelMetric | AverageSpeedOfAnswerMetric | AbandonmentRateMetric


@dataclass(frozen=True)
class ContactRow:
    """One window of a contact-centre metric."""

    window: dt.date
    counts: ContactCounts
    measured: Fraction | None
    """Service level or abandonment in %, or the average speed of answer in seconds; None
    without contacts to measure."""
    objective: Decimal
    """In % or, for the average speed of answer, in seconds."""
    objective_met: bool | None


@dataclass(frozen=True)
class ContactResult:
    metric: ContactMetric
    rows: list[ContactRow]
    unit: str
    """percent or seconds."""
    threshold: dt.timedelta | None = None
    """The threshold the file's within counts are assumed to be at (None: none needed, or the
    mapping states it)."""
    skipped: str | None = None
    """Why the metric was not back-tested (a key of backtest.skipped)."""


def rounded(value: Fraction, places: int = 2) -> Decimal:
    """A fraction as a decimal to `places`, rounded half to even, exactly."""
    scaled = round(value * 10**places)
    return Decimal(scaled).scaleb(-places)


def _needs(metric: ContactMetric) -> tuple[str | None, dt.timedelta | None]:
    """The optional column the metric reads, and the threshold its within counts are at."""
    if isinstance(metric, ServiceLevelMetric):
        short = metric.formula in ("exclude_short_abandons", "short_abandons_as_met")
        return ("abandoned_within" if short else None), metric.threshold
    if isinstance(metric, AbandonmentRateMetric):
        if metric.short_abandon_threshold is None:
            return None, None
        return "short_abandoned", metric.short_abandon_threshold
    return "wait", None


def _skipped(metric: ContactMetric, data: IntervalRows, mapping: Mapping) -> str | None:
    column, threshold = _needs(metric)
    if column in ("abandoned_within", "short_abandoned") and data.counts[column] is None:
        return f"no_{column}"
    if column == "wait" and data.seconds["wait"] is None:
        return "no_wait"
    given = _given(metric, mapping)
    if threshold is not None and given is not None and threshold != given:
        return "threshold"
    return None


def _given(metric: ContactMetric, mapping: Mapping) -> dt.timedelta | None:
    """The threshold the mapping says the counts the metric reads were taken at."""
    if isinstance(metric, AbandonmentRateMetric):
        return mapping.short_abandon_threshold
    return mapping.threshold


def backtest_contact_centre(
    agreement: Agreement,
    data: IntervalRows,
    mapping: Mapping,
    start: dt.date | None = None,
    end: dt.date | None = None,
) -> list[ContactResult]:
    """Every contact-centre metric of the agreement over the interval file; `given` is the
    thresholds the mapping says the within counts were taken at."""
    results = []
    for metric in agreement.metrics:
        if not isinstance(metric, ContactMetric):
            continue
        unit = "seconds" if isinstance(metric, AverageSpeedOfAnswerMetric) else "percent"
        reason = _skipped(metric, data, mapping)
        if reason is not None:
            results.append(ContactResult(metric, [], unit, skipped=reason))
            continue
        threshold = _needs(metric)[1] if _given(metric, mapping) is None else None
        calendar = agreement.calendar_for(metric.id)
        zone = ZoneInfo(calendar.timezone if calendar is not None else "UTC")
        read = data if metric.service is None else data.of_queue(metric.service)
        rows = _rows(metric, read, zone, start, end) if len(read.start) else []
        results.append(ContactResult(metric, rows, unit, threshold))
    return results


def _rows(
    metric: ContactMetric,
    data: IntervalRows,
    zone: ZoneInfo,
    start: dt.date | None,
    end: dt.date | None,
) -> list[ContactRow]:
    first = start or from_instant(int(data.start[0]), zone).date()
    last = (
        end - dt.timedelta(days=1)
        if end is not None
        else from_instant(int(data.start[-1]), zone).date()
    )
    starts = window_starts(metric.window, zone, first, last)
    window = place(data.start, starts, zone)
    if end is not None:
        window[data.start >= local_midnight(end, zone)] = -1
    if metric.window.kind == "rolling_days":
        after = starts[-1] + dt.timedelta(days=metric.window.days or 30)
        window[data.start >= local_midnight(after, zone)] = -1
    rows = []
    for index, day in enumerate(starts):
        members = np.nonzero(window == index)[0]
        if not len(members):
            continue
        counts = _sum(data, members)
        measured, objective = _measure(metric, counts)
        met = None if measured is None else is_met(measured, objective, metric.comparison)
        rows.append(ContactRow(day, counts, measured, objective, met))
    return rows


def _sum(data: IntervalRows, members: np.ndarray) -> ContactCounts:
    def total(role: str) -> int:
        column = data.counts[role]
        return 0 if column is None else int(column[members].sum())

    def seconds(role: str) -> Fraction | None:
        values = data.seconds[role]
        return None if values is None else sum((values[i] for i in members), Fraction(0))

    return ContactCounts(
        total("offered"),
        total("answered"),
        total("answered_within"),
        total("abandoned"),
        total("abandoned_within"),
        total("short_abandoned"),
        seconds("wait"),
        seconds("handle_time"),
    )


def _measure(metric: ContactMetric, counts: ContactCounts) -> tuple[Fraction | None, Decimal]:
    if isinstance(metric, ServiceLevelMetric):
        return service_level(counts, metric.formula), metric.objective
    if isinstance(metric, AbandonmentRateMetric):
        short = metric.short_abandon_threshold is not None
        return abandonment_rate(counts, short), metric.objective
    objective = Decimal(metric.objective // dt.timedelta(microseconds=1)).scaleb(-6)
    return average_speed_of_answer(counts), objective
