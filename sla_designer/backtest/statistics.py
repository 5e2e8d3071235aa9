"""The average, the median and percentiles of the times of a window's tickets, exactly.

Times are integer microseconds. The average is their sum divided by their count (a Decimal of
28 digits: a sum of a billion times of a century each still compares exactly with a target in
microseconds); the median is the middle time, or the mean of the two middle times of an even
count; a percentile is the nearest rank, the smallest time at or below which at least that
share of the times lie (the 90th percentile of 20 times is the 18th shortest), so that "the
90th percentile within 8 hours" is met exactly when at least 90 % of the tickets are within 8
hours.
"""

from __future__ import annotations

import math
from decimal import Decimal

import numpy as np
from numpy.typing import NDArray

from sla_designer.model.metrics import TimeMeasure

Column = NDArray[np.int64]


def nearest_rank(sorted_times: Column, percentile: int | Decimal) -> int:
    """The nearest-rank percentile of times sorted ascending (at least one)."""
    rank = max(1, math.ceil(Decimal(percentile) * len(sorted_times) / 100))
    return int(sorted_times[rank - 1])


def statistic(measure: TimeMeasure, times: Column, percentile: int | None = None) -> Decimal | None:
    """The measure's statistic of `times` (microseconds); None without times."""
    if not len(times):
        return None
    if measure == "average":
        return Decimal(int(times.sum())) / Decimal(len(times))
    ordered = np.sort(times)
    if measure == "median":
        middle, odd = divmod(len(ordered), 2)
        if odd:
            return Decimal(int(ordered[middle]))
        return (Decimal(int(ordered[middle - 1])) + Decimal(int(ordered[middle]))) / 2
    if measure == "percentile":
        return Decimal(nearest_rank(ordered, percentile or 50))
    raise ValueError(f"not a statistic: {measure}")
