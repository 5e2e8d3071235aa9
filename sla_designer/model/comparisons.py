"""How an objective compares a measured value with its number: at least, more than, at most,
less than.

"Satisfaction above 9" is not "at least 9": a result of exactly 9 meets the second and misses
the first. Every part of the product that decides whether an objective is met (the calculators,
validation, the document and the editor's panels) asks this module, so all of them put the
boundary on the same side.

A comparison runs with the metric's direction: a metric where higher is better compares with
"at least" or "more than", one where lower is better with "at most" or "less than". A metric
that does not state its comparison takes the inclusive one of its direction, which is what the
product meant before comparisons were stated, so older files keep their meaning.
"""

from collections.abc import Iterable
from decimal import Decimal, localcontext
from fractions import Fraction
from typing import Literal

Comparison = Literal["at_least", "more_than", "at_most", "less_than"]
"""How a measured value is compared with an objective."""

COMPARISONS: tuple[Comparison, ...] = ("at_least", "more_than", "at_most", "less_than")
HIGHER: tuple[Comparison, ...] = ("at_least", "more_than")
"""The comparisons of a metric where a higher value is better."""
LOWER: tuple[Comparison, ...] = ("at_most", "less_than")
"""The comparisons of a metric where a lower value is better."""


def default_comparison(higher_is_better: bool) -> Comparison:
    """The comparison a metric has unless it states one: the inclusive one of its direction."""
    return "at_least" if higher_is_better else "at_most"


def comparisons_for(higher_is_better: bool) -> tuple[Comparison, ...]:
    """The comparisons that run with a direction."""
    return HIGHER if higher_is_better else LOWER


def fits(comparison: Comparison, higher_is_better: bool) -> bool:
    """Whether `comparison` runs with the direction (availability 'at most' does not)."""
    return comparison in comparisons_for(higher_is_better)


def is_strict(comparison: Comparison) -> bool:
    """Whether a value equal to the objective misses it ('more than', 'less than')."""
    return comparison in ("more_than", "less_than")


_FLIPPED: dict[Comparison, Comparison] = {
    "at_least": "at_most",
    "at_most": "at_least",
    "more_than": "less_than",
    "less_than": "more_than",
}


def flipped(comparison: Comparison) -> Comparison:
    """The same kind of bound for the other direction: 'at least' <-> 'at most', 'more than'
    <-> 'less than' (when a custom metric's direction changes)."""
    return _FLIPPED[comparison]


def is_met(value: Decimal | Fraction, objective: Decimal, comparison: Comparison) -> bool:
    """Whether a measured value meets an objective, exactly (no rounding: a Fraction is
    compared as it is)."""
    if comparison == "at_least":
        return value >= objective
    if comparison == "more_than":
        return value > objective
    if comparison == "at_most":
        return value <= objective
    return value < objective


def _exponent(value: Decimal) -> int:
    exponent = value.as_tuple().exponent
    return exponent if isinstance(exponent, int) else 0


def nearest_met(objective: Decimal, comparison: Comparison, numbers: Iterable[Decimal]) -> Decimal:
    """The result that meets the objective and lies nearest to it, as far as `numbers` (the
    bounds a credit schedule compares with) can tell results apart: the objective itself, or for
    "more than" ("less than") a value just above (below) it, closer than any of those numbers.

    Whatever a schedule pays there, it pays for a result that meets the objective.
    """
    if not is_strict(comparison):
        return objective
    # Wide enough that the step never rounds away next to a number of any size.
    with localcontext(prec=60):
        step = Decimal(1).scaleb(min(_exponent(n) for n in (objective, *numbers)) - 3)
        return objective + step if comparison == "more_than" else objective - step
