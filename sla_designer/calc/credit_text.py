"""One-line explanations of a service credit, in any language of the text layer.

The words are in resources/text/<language>/calc.yaml (`calc.credit`); numbers, percentages,
money and durations are written by the one formatter of `sla_designer.text.formats`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import ROUND_DOWN, Decimal
from typing import TYPE_CHECKING, Any

from sla_designer.text import texts
from sla_designer.text.formats import formatter

if TYPE_CHECKING:
    from sla_designer.calc.attainment import TicketReading
    from sla_designer.calc.credits import CreditResult

Words = Callable[..., str]


def shown_attainment(value: Decimal) -> Decimal:
    """An attainment as an explanation writes it: two decimals at most, cut rather than rounded,
    so that 89.996 % never shows as 90 %, the bound of a tier it has not reached."""
    cut = value.quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    return value if cut == value else cut


def _ticket_parts(
    reading: TicketReading, words: Words, percent: Callable[[Decimal], str]
) -> list[str]:
    """How the attainment was read: per priority or pooled, the counts, and which one decides."""
    parts = [words(f"tickets.{reading.mode}")]
    pooled = reading.mode == "pooled"
    if reading.counts is None:
        # The attainment was given, not counted: say from how many tickets it would count.
        if reading.minimum > 1:
            parts.append(words(f"tickets.minimum.{reading.mode}", minimum=reading.minimum))
        return parts
    for count in reading.counts:
        values: dict[str, Any] = {"name": count.label, "met": count.met, "total": count.total}
        # All tickets together, or those of a target for all tickets: no priority to name.
        suffix = "_pooled" if pooled or count.priority is None else ""
        if count.total == 0:
            parts.append(words(f"tickets.no_tickets{suffix}", **values))
        elif not reading.counts_towards_credit(count):
            key = f"tickets.too_few{suffix}"
            parts.append(words(key, count=count.total, minimum=reading.minimum, **values))
        else:
            assert count.attainment is not None
            shown = percent(shown_attainment(count.attainment))
            key = f"tickets.count{suffix}"
            parts.append(words(key, count=count.total, attainment=shown, **values))
    if reading.deciding is None:
        parts.append(words("tickets.not_counted"))
    elif not pooled and sum(map(reading.counts_towards_credit, reading.counts)) > 1:
        parts.append(words("tickets.deciding", name=reading.deciding.label))
    return parts


def explain(result: CreditResult, language: str = "en") -> str:
    """The explanation of a credit as one line in `language` ('en' or 'pt-BR')."""
    words = texts(language).section("calc.credit")
    formats = formatter(language)
    outcome = result.outcome

    def money(amount: Decimal) -> str:
        return formats.money(amount, result.currency)

    def show(value: Decimal | dt.timedelta | None) -> str:
        if value is None:
            return ""
        if isinstance(value, dt.timedelta):
            return formats.compact_duration(value)
        if result.unit == "%":
            # An attainment counted from tickets has as many decimals as the division gives.
            counted = result.tickets is not None and result.tickets.counts is not None
            return formats.percent(shown_attainment(value) if counted else value)
        number = formats.number(value)
        return words("with_unit", value=number, unit=result.unit) if result.unit else number

    measured = show(result.measured)
    parts: list[str] = []
    if result.tickets is not None:
        parts += _ticket_parts(result.tickets, words, formats.percent)
    check = result.objective
    if check is not None:
        compared = f"terms.comparisons.{check.comparison}"
        objective = texts(language)(compared, value=show(check.objective))
        key = "objective.met" if check.met else "objective.missed"
        parts.append(words(key, measured=measured, objective=objective))
    if outcome.kind == "not_counted":
        pass  # the ticket parts said why
    elif outcome.kind in ("tier", "downtime_band"):
        if outcome.kind == "tier":
            low = "at_least" if outcome.lower_inclusive else "more_than"
            high = "at_most" if outcome.upper_inclusive else "below"
        else:
            low, high = "over", "up_to"
        bounds = []
        if outcome.lower is not None:
            bounds.append(words(low, value=show(outcome.lower)))
        if outcome.upper is not None:
            bounds.append(words(high, value=show(outcome.upper)))
        key = "tier" if outcome.kind == "tier" else "band"
        number = (outcome.index or 0) + 1
        parts.append(words(key, measured=measured, number=number, range=", ".join(bounds)))
    elif outcome.kind == "linear":
        # Steps are counted in the direction that is worse for the metric: below the start when
        # higher is better, above it for a lower-is-better metric such as abandonment.
        key = "linear_below" if outcome.higher_is_better else "linear_above"
        steps = outcome.steps or 0
        parts.append(
            words(key, count=steps, measured=measured, steps=steps, start=show(outcome.lower))
        )
        if outcome.uncapped is not None:
            raw, top = formats.percent(outcome.uncapped), formats.percent(outcome.percent)
            parts.append(words("rule_max", raw=raw, max=top))
    else:
        parts.append(words("none", measured=measured))
    for cap in result.caps:
        if cap.kind == "schedule_cap":
            parts.append(words("schedule_cap", value=formats.percent(cap.limit)))
    if outcome.kind == "not_counted":
        return "; ".join(parts) + "."
    parts.append(
        words(
            "share",
            percent=formats.percent(result.percent),
            basis=words(f"basis.{result.basis}"),
            fee=money(result.fee.amount),
            gross=money(result.gross),
        )
    )
    for cap in result.caps:
        if cap.kind != "schedule_cap":
            parts.append(words(cap.kind, value=money(cap.limit)))
    if result.below_minimum and result.minimum is not None:
        parts.append(words("minimum", value=money(result.minimum)))
    parts.append(words("credit", value=money(result.amount)))
    return "; ".join(parts) + "."
