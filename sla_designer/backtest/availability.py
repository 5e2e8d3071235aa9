"""Availability back-tested on an outage list: per availability metric and window, the uptime
the existing calculator (`calc.uptime.measure_uptime`) measures, with the metric's maintenance
windows, its minimum outage, its calendar when measured within it, the outages an agreed
exclusion applies to and, when the metric excludes it, emergency maintenance announced on
notice (up to its limit) left out; and the objective the history supports.

A metric reads the outages of its service and those that name no service (every service); a
metric without a service reads them all. Windows are the metric's, in its calendar's zone, from
the window of `--from` (else of the first outage) to the one holding the end of the data
(`--to`, else the last outage's end); a window with no outage is at 100 %.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from zoneinfo import ZoneInfo

from sla_designer.backtest.outage_list import OutageRows
from sla_designer.backtest.windows import window_starts
from sla_designer.calc.calendar_index import from_instant, to_instant
from sla_designer.calc.uptime import Outage, Uptime, measure_uptime
from sla_designer.model import Agreement
from sla_designer.model.comparisons import is_met
from sla_designer.model.metrics import AvailabilityMetric
from sla_designer.model.paths import FieldPath, format_path

SHARE = Fraction(10, 12)
"""The share of windows a suggested objective is met in, by default: 10 months of 12."""
LEVELS = tuple(
    Decimal(level)
    for level in (
        "90",
        "95",
        "97",
        "98",
        "99",
        "99.5",
        "99.8",
        "99.9",
        "99.95",
        "99.99",
        "99.995",
        "99.999",
    )
)
"""The round availability objectives a suggestion picks from."""
_MINUTE = Decimal(60_000_000)


@dataclass(frozen=True)
class AvailabilityRow:
    """One window of an availability metric."""

    window: dt.date
    uptime: Uptime
    outage_time: int
    """Microseconds of the metric's outages within the window, excluded ones included."""

    @property
    def attainment(self) -> Decimal:
        """Uptime %, rounded down to six decimals (the objective is compared exactly)."""
        return self.uptime.percent

    @property
    def objective_met(self) -> bool:
        return self.uptime.met

    @property
    def downtime_minutes(self) -> Decimal:
        return minutes(self.uptime.downtime // dt.timedelta(microseconds=1))

    @property
    def excluded_minutes(self) -> Decimal:
        """Outage time that did not count: maintenance, agreed exclusions, closed hours, outages
        shorter than the minimum."""
        counted = self.uptime.downtime // dt.timedelta(microseconds=1)
        return minutes(self.outage_time - counted)


@dataclass(frozen=True)
class Suggestion:
    """The objective the history supports: the highest round level met in at least `needed` of
    the `windows` (the shape of the time targets' suggestions, `backtest.suggest`)."""

    metric: str
    path: FieldPath
    """Where the objective stands: ('metrics', i, 'objective'), as the editor edits it."""
    current: Decimal
    suggested: Decimal
    windows: int
    needed: int
    """Windows that must meet the objective: the share asked of `windows`, rounded up."""
    met_now: int
    """Windows that meet the current objective."""
    met_suggested: int
    share: Fraction = SHARE
    priority: None = None

    @property
    def path_text(self) -> str:
        return format_path(self.path)

    @property
    def changes(self) -> bool:
        return self.suggested != self.current


@dataclass(frozen=True)
class AvailabilityResult:
    metric: AvailabilityMetric
    rows: list[AvailabilityRow]
    outages: int
    """Outage records the metric reads."""
    suggestion: Suggestion | None


def minutes(micros: int) -> Decimal:
    """Microseconds as minutes, to the microsecond (six decimals of a minute are below it)."""
    return (Decimal(micros) / _MINUTE).quantize(Decimal("0.000001"))


def _zone(agreement: Agreement, metric: AvailabilityMetric) -> ZoneInfo:
    calendar = agreement.calendar_for(metric.id)
    return ZoneInfo(calendar.timezone if calendar is not None else "UTC")


def _reads(metric: AvailabilityMetric, service: str | None) -> bool:
    return metric.service is None or service is None or service == metric.service


def unread_outages(agreement: Agreement, outages: OutageRows) -> int:
    """Outages of a service no availability metric measures."""
    metrics = [m for m in agreement.metrics if isinstance(m, AvailabilityMetric)]
    return sum(1 for s in outages.service if not any(_reads(m, s) for m in metrics))


def backtest_availability(
    agreement: Agreement,
    outages: OutageRows,
    start: dt.date | None = None,
    end: dt.date | None = None,
    share: Fraction = SHARE,
) -> list[AvailabilityResult]:
    """Every availability metric of the agreement over the outage list."""
    results = []
    for place, metric in enumerate(agreement.metrics):
        if not isinstance(metric, AvailabilityMetric):
            continue
        chosen = [i for i, s in enumerate(outages.service) if _reads(metric, s)]
        zone = _zone(agreement, metric)
        if start is None and not chosen:
            results.append(AvailabilityResult(metric, [], 0, None))
            continue
        first = start or min(from_instant(int(outages.start[i]), zone).date() for i in chosen)
        if end is not None:
            last = end - dt.timedelta(days=1)
        elif chosen:
            last = max(from_instant(int(outages.end[i]) - 1, zone).date() for i in chosen)
        else:
            last = first
        listed = [_outage(outages, i, zone) for i in chosen]
        rows = [
            _row(agreement, metric, day, listed)
            for day in window_starts(metric.window, zone, first, last)
        ]
        suggestion = suggest(metric, rows, share, place)
        results.append(AvailabilityResult(metric, rows, len(chosen), suggestion))
    return results


def _outage(outages: OutageRows, index: int, zone: ZoneInfo) -> Outage:
    """The list's outage at `index`, as the uptime calculator reads it."""
    announced = outages.announced[index] if outages.announced else None
    return Outage(
        from_instant(int(outages.start[index]), zone),
        from_instant(int(outages.end[index]), zone),
        excluded=outages.excluded[index],
        emergency=bool(outages.emergency) and outages.emergency[index],
        announced=None if announced is None else from_instant(announced, zone),
    )


def _row(
    agreement: Agreement,
    metric: AvailabilityMetric,
    day: dt.date,
    outages: list[Outage],
) -> AvailabilityRow:
    period = day
    if metric.window.kind == "rolling_days":
        period = day + dt.timedelta(days=(metric.window.days or 30) - 1)
    calendar = agreement.calendar_for(metric.id)
    uptime = measure_uptime(metric, period, outages, calendar, agreement.calendars)
    low, high = to_instant(uptime.start), to_instant(uptime.end)
    inside = sum(
        max(0, min(high, to_instant(o.end)) - max(low, to_instant(o.start))) for o in outages
    )
    return AvailabilityRow(day, uptime, inside)


def suggest(
    metric: AvailabilityMetric,
    rows: list[AvailabilityRow],
    share: Fraction = SHARE,
    index: int = 0,
) -> Suggestion | None:
    """The highest round objective (`LEVELS`; below them, a whole percentage) the measured
    availability met, with the metric's comparison, in at least `share` of the windows."""
    if not rows:
        return None
    needed = math.ceil(share * len(rows))
    measured = sorted((row.uptime.exact for row in rows), reverse=True)
    kept = measured[needed - 1]
    met = [level for level in LEVELS if is_met(kept, level, metric.comparison)]
    if met:
        suggested = met[-1]
    else:
        whole = Decimal(math.floor(kept))
        suggested = whole if is_met(kept, whole, metric.comparison) else whole - 1
    current = sum(1 for value in measured if is_met(value, metric.objective, metric.comparison))
    suggested = max(suggested, Decimal(0))
    return Suggestion(
        metric.id,
        ("metrics", index, "objective"),
        metric.objective,
        suggested,
        windows=len(rows),
        needed=needed,
        met_now=current,
        met_suggested=sum(1 for value in measured if is_met(value, suggested, metric.comparison)),
        share=share,
    )
