"""Service credits: from a measured value to an amount of money, with the reasons why.

The steps, in order: the schedule's rule gives a percentage (tier, linear rule or downtime
band); the schedule's own cap limits that percentage; the percentage of the fee is rounded to
the currency's minor unit; the monthly and yearly caps of the agreement limit the amount given
what was already credited; a month whose total credit stays below the minimum credit gets none.
On a response or resolution time metric the measured value is an attainment, which ticket counts
give (`calc.attainment`); a window with fewer tickets than the schedule's minimum gets no credit.

The caps and the minimum follow the contract's clauses: the monthly cap is a share of "the
monthly fees for that month in total" (all services, not only the one the schedule is on), the
yearly cap a share of "the fees for that year in total", and the minimum is tested against the
month's total credit (credits already granted that month plus this one).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_DOWN, ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING, Literal

from babel.numbers import get_currency_precision

from sla_designer.calc.credit_text import explain
from sla_designer.model.comparisons import Comparison
from sla_designer.model.remedies import CreditBasis, CreditSchedule, Remedies
from sla_designer.model.units import Money
from sla_designer.text.values import Problem

if TYPE_CHECKING:
    from sla_designer.calc.attainment import TicketReading

RuleKind = Literal["tier", "linear", "downtime_band", "none", "not_counted"]
"""'not_counted': no attainment counts (too few tickets in the window), so no rule applies."""
CapKind = Literal["schedule_cap", "monthly_cap", "yearly_cap"]
HUNDRED = Decimal(100)


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    """Which part of a credit schedule applies to a measured value, and its percentage."""

    kind: RuleKind
    percent: Decimal
    index: int | None = None
    """Position of the tier or band in the schedule (0-based), when one matched."""
    lower: Decimal | dt.timedelta | None = None
    upper: Decimal | dt.timedelta | None = None
    lower_inclusive: bool = True
    """Whether a result equal to the lower bound is in the range ('at least', not 'more than')."""
    upper_inclusive: bool = False
    """Whether a result equal to the upper bound is in the range ('at most', not 'below')."""
    steps: int | None = None
    """Whole steps beyond the start of a linear rule, in the direction worse for the metric."""
    higher_is_better: bool = True
    """The metric's direction: a linear rule counts steps below its start, or above it."""
    uncapped: Decimal | None = None
    """A linear rule's percentage before its maximum, when the maximum lowered it."""


def rule_outcome(
    schedule: CreditSchedule, measured: Decimal | dt.timedelta, higher_is_better: bool = True
) -> RuleOutcome:
    """The tier, linear step count or downtime band for `measured`, and the credit percentage.

    Bands are half-open, [over, up_to): a value equal to a boundary belongs to the band that
    starts there. A tier's bounds say on which side their value falls: [at_least, below),
    (more_than, at_most], or a mix of the two. The first matching entry wins. A linear rule
    counts whole steps beyond its start, in the direction that is worse for the metric.
    """
    if schedule.rule == "downtime_bands":
        if not isinstance(measured, dt.timedelta):
            raise Problem("calc.errors.needs_duration", schedule=schedule.id)
        for index, band in enumerate(schedule.downtime_bands):
            if band.over <= measured and (band.up_to is None or measured < band.up_to):
                return RuleOutcome("downtime_band", band.credit, index, band.over, band.up_to)
        return RuleOutcome("none", Decimal(0))
    if isinstance(measured, dt.timedelta):
        raise Problem("calc.errors.needs_number", schedule=schedule.id)
    if schedule.rule == "linear":
        rule = schedule.linear
        if rule is None:
            raise Problem("calc.errors.no_linear_rule", schedule=schedule.id)
        shortfall = rule.start - measured if higher_is_better else measured - rule.start
        steps = int((shortfall / rule.step).to_integral_value(ROUND_FLOOR)) if shortfall > 0 else 0
        raw = steps * rule.credit_per_step
        percent = min(raw, rule.maximum if rule.maximum is not None else HUNDRED, HUNDRED)
        return RuleOutcome(
            "linear",
            percent,
            steps=steps,
            lower=rule.start,
            higher_is_better=higher_is_better,
            uncapped=raw if raw > percent else None,
        )
    for index, tier in enumerate(schedule.tiers):
        if tier.contains(measured):
            low, high = tier.lower, tier.upper
            return RuleOutcome(
                "tier",
                tier.credit,
                index,
                low.value if low is not None else None,
                high.value if high is not None else None,
                lower_inclusive=low is None or low.inclusive,
                upper_inclusive=high is not None and high.inclusive,
            )
    return RuleOutcome("none", Decimal(0))


@dataclass(frozen=True, slots=True)
class AppliedCap:
    """A cap that lowered the credit: its kind and the limit it set (percent or amount)."""

    kind: CapKind
    limit: Decimal


@dataclass(frozen=True, slots=True)
class ObjectiveCheck:
    """Whether a measured value meets the metric's objective, as the objective compares."""

    objective: Decimal
    """The objective in the unit of the measured value (seconds for a speed of answer)."""
    comparison: Comparison
    met: bool


@dataclass(frozen=True, slots=True)
class CreditResult:
    """A computed service credit with a structured explanation of how it came about."""

    measured: Decimal | dt.timedelta | None
    """None when no attainment counts (too few tickets)."""
    outcome: RuleOutcome
    percent: Decimal
    """The rule's percentage after the schedule's own cap."""
    fee: Money
    basis: CreditBasis
    gross: Decimal
    """`percent` of the fee, rounded to the currency's minor unit, before the money caps."""
    caps: tuple[AppliedCap, ...]
    below_minimum: bool
    minimum: Decimal | None
    """The minimum credit, when the agreement sets one."""
    amount: Decimal
    """What is credited, in `fee.currency`."""
    unit: str = "%"
    """Unit of the measured value, for the explanation ('%' or empty)."""
    objective: ObjectiveCheck | None = None
    """Whether the measured value meets the metric's objective, when the metric has one number
    to compare it with (the what-if credit says it)."""
    tickets: TicketReading | None = None
    """On a response or resolution time metric: how the schedule reads attainment, and the
    tickets counted when they were."""

    @property
    def currency(self) -> str:
        return self.fee.currency

    def text(self, language: str = "en") -> str:
        """A one-line explanation in English ('en') or Brazilian Portuguese ('pt-BR')."""
        return explain(self, language)


def minor_unit(currency: str) -> Decimal:
    """The smallest amount of a currency: 0.01 for BRL, 1 for JPY, 0.001 for KWD."""
    return Decimal(1).scaleb(-get_currency_precision(currency))


def round_money(amount: Decimal, currency: str, rounding: str = ROUND_HALF_UP) -> Decimal:
    """Round to the currency's minor unit (half up unless told otherwise)."""
    return amount.quantize(minor_unit(currency), rounding=rounding)


def compute_credit(
    schedule: CreditSchedule,
    measured: Decimal | dt.timedelta | None,
    fee: Money,
    *,
    remedies: Remedies | None = None,
    higher_is_better: bool = True,
    total_monthly_fee: Decimal | None = None,
    annual_fee: Decimal | None = None,
    paid_this_month: Decimal = Decimal(0),
    paid_this_year: Decimal = Decimal(0),
    unit: str = "%",
    tickets: TicketReading | None = None,
) -> CreditResult:
    """The service credit for a measured value, on `fee` (the amount of the schedule's basis).

    The monthly cap is a percentage of `total_monthly_fee`, the monthly fees of all services in
    total; without it, of the monthly amount of `fee` (a twelfth of it on an annual basis). The
    yearly cap is a percentage of `annual_fee`, the fees for the year in total, which defaults
    to twelve total monthly fees. `paid_this_month` and `paid_this_year` are credits already
    granted in the same month and year: the caps count them, and the minimum credit is compared
    with the month's total (`paid_this_month` plus this credit). `unit` only labels the measured
    value in the text. `tickets` says how a time metric's attainment was read; `measured` is None
    when no attainment counts, and the credit is then nothing.
    """
    if paid_this_month < 0 or paid_this_year < 0:
        raise Problem("calc.errors.paid_negative")
    if (total_monthly_fee is not None and total_monthly_fee < 0) or (
        annual_fee is not None and annual_fee < 0
    ):
        raise Problem("calc.errors.fees_negative")
    currency = fee.currency
    if measured is None:
        outcome = RuleOutcome("not_counted", Decimal(0))
    else:
        outcome = rule_outcome(schedule, measured, higher_is_better)
    caps: list[AppliedCap] = []
    percent = outcome.percent
    if schedule.cap is not None and percent > schedule.cap:
        percent = schedule.cap
        caps.append(AppliedCap("schedule_cap", schedule.cap))
    gross = round_money(fee.amount * percent / HUNDRED, currency)
    amount = gross
    rules = remedies or Remedies()
    monthly_fee = total_monthly_fee
    if monthly_fee is None:
        monthly_fee = fee.amount / 12 if schedule.basis == "annual_fee" else fee.amount
    if annual_fee is not None:
        yearly_fee = annual_fee
    elif total_monthly_fee is None and schedule.basis == "annual_fee":
        yearly_fee = fee.amount
    else:
        yearly_fee = monthly_fee * 12
    # A cap is a ceiling: its amount is rounded down so that rounding never lifts a credit over it.
    if rules.monthly_cap is not None:
        room = round_money(monthly_fee * rules.monthly_cap / HUNDRED, currency, ROUND_DOWN)
        room = max(Decimal(0), room - paid_this_month)
        if amount > room:
            amount = room
            caps.append(AppliedCap("monthly_cap", room))
    if rules.yearly_cap is not None:
        room = round_money(yearly_fee * rules.yearly_cap / HUNDRED, currency, ROUND_DOWN)
        room = max(Decimal(0), room - paid_this_year)
        if amount > room:
            amount = room
            caps.append(AppliedCap("yearly_cap", room))
    below_minimum = False
    minimum = rules.minimum_credit
    if minimum is not None:
        if minimum.currency != currency:
            raise Problem("calc.errors.minimum_currency", minimum=minimum.currency, fee=currency)
        # The clause speaks of the month's total credit: earlier credits count towards it.
        if Decimal(0) < amount and paid_this_month + amount < minimum.amount:
            amount, below_minimum = Decimal(0), True
    return CreditResult(
        measured=measured,
        outcome=outcome,
        percent=percent,
        fee=fee,
        basis=schedule.basis,
        gross=gross,
        caps=tuple(caps),
        below_minimum=below_minimum,
        minimum=minimum.amount if minimum is not None else None,
        amount=round_money(amount, currency),
        unit=unit,
        tickets=tickets,
    )
