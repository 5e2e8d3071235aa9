"""Contact-centre measures from counted contacts: service level (each formula of the model),
average speed of answer and abandonment rate, exactly.

The counts are those of a period (an interval of an ACD report, or a whole measurement window:
counts add up, so a window's measure is computed from its intervals' sums, never by averaging
their percentages). "Within" counts are taken at a threshold: answered within 20 s, abandoned
within 20 s (or within the abandonment rate's short-abandon threshold).

Service level, by formula (`ServiceLevelFormula`):

- `all_offered`: answered within / offered;
- `answered_only`: answered within / answered;
- `exclude_short_abandons`: answered within / (offered - abandoned within): contacts abandoned
  before the threshold are left out of the count;
- `short_abandons_as_met`: (answered within + abandoned within) / offered.

Abandonment rate: abandoned / offered; with a short-abandon threshold, contacts abandoned within
it (`short_abandoned`) are left out of both: (abandoned - short) / (offered - short). Average
speed of answer: the answered contacts' total wait / answered.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from sla_designer.model.metrics import ServiceLevelFormula

HUNDRED = Fraction(100)


@dataclass(frozen=True, slots=True)
class ContactCounts:
    """The contacts of a period; `wait` and `handled` are total seconds (None: not given)."""

    offered: int
    answered: int
    answered_within: int
    abandoned: int = 0
    abandoned_within: int = 0
    short_abandoned: int = 0
    """Abandoned within the abandonment rate's short-abandon threshold."""
    wait: Fraction | None = None
    """Seconds the answered contacts waited, in total."""
    handled: Fraction | None = None
    """Seconds of handle time, in total."""

    def __add__(self, other: ContactCounts) -> ContactCounts:
        return ContactCounts(
            self.offered + other.offered,
            self.answered + other.answered,
            self.answered_within + other.answered_within,
            self.abandoned + other.abandoned,
            self.abandoned_within + other.abandoned_within,
            self.short_abandoned + other.short_abandoned,
            _add(self.wait, other.wait),
            _add(self.handled, other.handled),
        )


def _add(a: Fraction | None, b: Fraction | None) -> Fraction | None:
    return None if a is None or b is None else a + b


def _share(part: int, whole: int) -> Fraction | None:
    return None if whole <= 0 else HUNDRED * part / whole


def service_level_parts(counts: ContactCounts, formula: ServiceLevelFormula) -> tuple[int, int]:
    """The numerator and the denominator of the service level under `formula`."""
    c = counts
    if formula == "all_offered":
        return c.answered_within, c.offered
    if formula == "answered_only":
        return c.answered_within, c.answered
    if formula == "exclude_short_abandons":
        return c.answered_within, c.offered - c.abandoned_within
    return c.answered_within + c.abandoned_within, c.offered


def service_level(counts: ContactCounts, formula: ServiceLevelFormula) -> Fraction | None:
    """Service level in % under `formula`, exactly; None when no contact counts."""
    return _share(*service_level_parts(counts, formula))


def abandonment_rate(counts: ContactCounts, short_excluded: bool = False) -> Fraction | None:
    """Abandoned contacts in % of those offered, exactly; with `short_excluded`, the contacts
    abandoned within the short-abandon threshold leave both counts. None without contacts."""
    short = counts.short_abandoned if short_excluded else 0
    return _share(counts.abandoned - short, counts.offered - short)


def average_speed_of_answer(counts: ContactCounts) -> Fraction | None:
    """Seconds an answered contact waited on average, exactly; None without an answered contact
    or without the wait."""
    if counts.wait is None or counts.answered <= 0:
        return None
    return counts.wait / counts.answered


def average_handle_time(counts: ContactCounts) -> Fraction | None:
    """Seconds of handle time per answered contact; None without them."""
    if counts.handled is None or counts.answered <= 0:
        return None
    return counts.handled / counts.answered
