"""What the editor's back-test charts draw, worked out from a metric's result: its attainment
window by window against the objective, and how its tickets' elapsed times spread against the
target."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

import numpy as np

from sla_designer.backtest.outcome import MET, MISSED
from sla_designer.backtest.reading import TicketHistory
from sla_designer.backtest.report import MetricResult

BINS = 20
SECOND = 1_000_000


@dataclass(frozen=True)
class WindowPoint:
    """One window's attainment (None without tickets) and what it was held to."""

    window: dt.date
    attainment: Decimal | None
    objective: Decimal
    objective_met: bool | None
    """None: the window has fewer tickets than count."""


@dataclass(frozen=True)
class Histogram:
    """How many tickets took each span of elapsed time (seconds); `over` took longer than the
    last edge. `target` is the target's length in seconds (None: priorities differ)."""

    edges: tuple[int, ...]
    counts: tuple[int, ...]
    over: int
    target: int | None

    @property
    def total(self) -> int:
        return sum(self.counts) + self.over


def scopes(result: MetricResult) -> list[str | None]:
    """The priorities (None: all, pooled) the result has windows for, in the result's order."""
    seen: list[str | None] = []
    for row in result.rows:
        if row.priority not in seen:
            seen.append(row.priority)
    return seen


def attainment_points(result: MetricResult, priority: str | None) -> list[WindowPoint]:
    return [
        WindowPoint(row.window, row.attainment, row.objective, row.objective_met)
        for row in result.rows
        if row.priority == priority
    ]


def elapsed_histogram(
    result: MetricResult, history: TicketHistory, priority: str | None, bins: int = BINS
) -> Histogram:
    """The elapsed times of the tickets counted (met or missed) of a priority (None: all),
    in `bins` equal spans up to about twice the target or the 95th percentile, whichever is
    more; rounded to whole minutes or hours."""
    times = result.times
    if times is None:
        return Histogram((0, 1), (0,), 0, None)
    chosen = (times.counted_at >= 0) & ((times.status == MET) | (times.status == MISSED))
    if priority is not None and priority in history.priorities:
        chosen &= times.priority == history.priorities.index(priority)
    elapsed = times.elapsed[chosen] // SECOND
    targets = np.unique(times.target[chosen & (times.target >= 0)])
    target = int(targets[0]) // SECOND if len(targets) == 1 else None
    high = float(np.percentile(elapsed, 95)) if len(elapsed) else 0.0
    top = max(high, 2 * (target or 0), 60.0)
    unit = 3600 if top > 2 * 3600 else 60
    wanted = max(1, int(np.ceil(top / bins / unit)))
    # A step that divides the target, so that the target is an edge between two bars.
    whole = next((k for k in range(wanted, 0, -1) if target and target % (k * unit) == 0), 0)
    step = (whole if whole and whole * 2 > wanted else wanted) * unit
    edges = np.arange(bins + 1, dtype=np.int64) * step
    counts, _ = np.histogram(elapsed[elapsed < edges[-1]], bins=edges)
    over = int((elapsed >= edges[-1]).sum())
    return Histogram(tuple(int(e) for e in edges), tuple(int(c) for c in counts), over, target)
