"""Credit tiers and downtime bands as exact ranges of measured values, and how messages say one.

A tier's bound may hold its value ("at least 99", "at most 99.9") or not ("more than 99", "below
99.9"), so ranges are compared on cuts: (v, 0) lies just below v and (v, 1) just above it. A tier
"at least a, below b" runs from (a, 0) to (b, 0), one "more than a, at most b" from (a, 1) to
(b, 1); every range is half-open on cuts, and a gap or an overlap of the single value v runs
from (v, 0) to (v, 1).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from sla_designer.model import CreditTier, DowntimeBand
from sla_designer.text.values import Term, Value

Cut = tuple[Decimal, int]
BOTTOM: Cut = (Decimal("-Infinity"), 0)
TOP: Cut = (Decimal("Infinity"), 0)

Show = Callable[[Decimal], Value]
"""How a message shows a bound's value: as a number, or a number of seconds as a duration."""

_PARTS = "findings._parts.values"


@dataclass(frozen=True, slots=True)
class Band:
    """A tier or a downtime band as the range [low, high) of cuts; None ends are open."""

    index: int
    low: Cut | None
    high: Cut | None
    credit: Decimal
    low_field: str = "at_least"
    """The field holding the lower bound ('at_least', 'more_than', 'over')."""
    high_field: str = "below"
    """The field holding the upper bound ('below', 'at_most', 'up_to')."""

    @property
    def low_key(self) -> Cut:
        """The lower cut, minus infinity when open."""
        return self.low if self.low is not None else BOTTOM

    @property
    def high_key(self) -> Cut:
        """The upper cut, plus infinity when open."""
        return self.high if self.high is not None else TOP


def tier_band(index: int, tier: CreditTier) -> Band:
    """A tier as a range of cuts, with the fields its bounds are in."""
    low, high = tier.lower, tier.upper
    return Band(
        index,
        None if low is None else (low.value, 0 if low.inclusive else 1),
        None if high is None else (high.value, 1 if high.inclusive else 0),
        tier.credit,
        "more_than" if tier.more_than is not None else "at_least",
        "at_most" if tier.at_most is not None else "below",
    )


def downtime_band(index: int, band: DowntimeBand) -> Band:
    """A downtime band, [over, up_to), in whole seconds."""
    up_to = band.up_to
    return Band(
        index,
        (Decimal(int(band.over.total_seconds())), 0),
        (Decimal(int(up_to.total_seconds())), 0) if up_to is not None else None,
        band.credit,
        "over",
        "up_to",
    )


def values_between(start: Cut, end: Cut, show: Show) -> Term:
    """The measured values from one cut to the next, as a message says them: 'values from 98.5
    to below 99', 'values above 99 up to 99.9', 'the value 99.9', 'values below 95'."""
    low, high = start[0].is_finite(), end[0].is_finite()
    if low and high and start == (end[0], 0) and end[1] == 1:
        return Term.of(f"{_PARTS}.exactly", start=show(start[0]))
    if not low and not high:
        return Term(f"{_PARTS}.all")
    if not low:
        return Term.of(f"{_PARTS}.{'to' if end[1] else 'below'}", end=show(end[0]))
    opening = "above" if start[1] else "from"
    if not high:
        return Term.of(f"{_PARTS}.{opening}", start=show(start[0]))
    key = f"{opening}_{'to' if end[1] else 'below'}"
    return Term.of(f"{_PARTS}.{key}", start=show(start[0]), end=show(end[0]))
