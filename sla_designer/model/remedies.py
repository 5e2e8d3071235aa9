"""Service credits and other remedies."""

from decimal import Decimal
from typing import Annotated, Literal, NamedTuple

from pydantic import Field, model_validator

from sla_designer.model.units import Duration, Id, Money, Percent, StrictModel, Text, empty_list
from sla_designer.text.values import Problem

Measured = Annotated[Decimal, Field(allow_inf_nan=False)]


def _last_digit(value: Decimal) -> Decimal:
    """One unit of a number's last written digit: 0.1 for 98.0, 1 for 99."""
    exponent = value.as_tuple().exponent
    return Decimal(1).scaleb(exponent if isinstance(exponent, int) else 0)


class Bound(NamedTuple):
    """One end of a credit tier: its value, and whether a result equal to it is in the tier."""

    value: Decimal
    inclusive: bool


class CreditTier(StrictModel):
    """Credit for a measured value between two bounds; a missing bound is open.

    The lower bound is `at_least` (a result equal to it is in the tier) or `more_than` (it is
    not), the upper one `below` (it is not) or `at_most` (it is), so each boundary falls on the
    side the objective puts it: "at least 99.9 %" is missed below 99.9, so its first tier ends
    `below: 99.9`; "more than 99.9 %" is missed at 99.9 too, so its first tier ends
    `at_most: 99.9`. "Below 99.0 %" has no lower bound, "at least 99.9 %" no upper one.
    """

    at_least: Measured | None = None
    more_than: Measured | None = None
    below: Measured | None = None
    at_most: Measured | None = None
    credit: Percent

    @model_validator(mode="after")
    def _one_bound_each_end(self) -> "CreditTier":
        if self.at_least is not None and self.more_than is not None:
            raise Problem("values.tier_two_lower_bounds")
        if self.below is not None and self.at_most is not None:
            raise Problem("values.tier_two_upper_bounds")
        return self

    @property
    def lower(self) -> Bound | None:
        """The lower bound (None: open)."""
        if self.at_least is not None:
            return Bound(self.at_least, True)
        return None if self.more_than is None else Bound(self.more_than, False)

    @property
    def upper(self) -> Bound | None:
        """The upper bound (None: open)."""
        if self.at_most is not None:
            return Bound(self.at_most, True)
        return None if self.below is None else Bound(self.below, False)

    def example(self) -> Decimal | None:
        """A measured value inside the tier: the bound it holds, or one last digit inside a bound
        it does not ('below 98.0' gives 97.9, 'more than 99' gives 100); None without bounds.

        Never zero or less, which no worked example should show: a tier from zero takes its
        other end ('at least 0 but below 90' gives 89.9, 'below 1' gives 0.5, 'at least 0'
        gives 1); None when the tier holds no result above zero ('at most 0') or none at all.
        """
        example = self._example()
        return example if example is not None and self.contains(example) else None

    def _example(self) -> Decimal | None:
        low, high = self.lower, self.upper
        for bound in (low, high):
            if bound is not None and bound.inclusive and bound.value > 0:
                return bound.value
        if high is not None:
            if high.value <= 0:
                return None
            inside = high.value - _last_digit(high.value)
            floor = low.value if low is not None and low.value > 0 else Decimal(0)
            # A step of the last digit that reaches the floor: halfway between the two instead.
            return inside if inside > floor else (floor + high.value) / 2
        if low is not None:
            return max(low.value, Decimal(0)) + _last_digit(low.value)
        return None

    def contains(self, value: Decimal) -> bool:
        """Whether a measured value is in the tier, exactly at either bound."""
        low, high = self.lower, self.upper
        if low is not None and (value < low.value or (value == low.value and not low.inclusive)):
            return False
        return high is None or value < high.value or (value == high.value and high.inclusive)


class LinearCreditRule(StrictModel):
    """A credit of `credit_per_step` % of the fee per `step` the measured value misses `start`."""

    start: Measured
    step: Annotated[Decimal, Field(gt=0, allow_inf_nan=False)]
    credit_per_step: Percent
    maximum: Percent | None = None


class DowntimeBand(StrictModel):
    """Credit for total downtime in the half-open range [over, up_to)."""

    over: Duration
    up_to: Duration | None = None
    credit: Percent


CreditBasis = Literal["monthly_fee_of_service", "monthly_fee_total", "annual_fee"]
TicketAttainment = Literal["per_priority", "pooled"]
"""What a credit on a response or resolution time metric reads: the attainment of each priority
on its own (the share of that priority's tickets meeting its target), or of all the metric's
tickets together."""


class CreditSchedule(StrictModel):
    """How a shortfall on one metric turns into a service credit."""

    id: Id
    metric: Id
    basis: CreditBasis = "monthly_fee_of_service"
    service: Id | None = None
    rule: Literal["tiers", "linear", "downtime_bands"] = "tiers"
    tiers: list[CreditTier] = Field(default_factory=empty_list)
    linear: LinearCreditRule | None = None
    downtime_bands: list[DowntimeBand] = Field(default_factory=empty_list)
    cap: Percent | None = None
    attainment: TicketAttainment = "per_priority"
    """For a response or resolution time metric: each priority's attainment is read on its own
    (the highest credit of the priorities applies) or all its tickets together. A file without
    the field reads each priority on its own, as its targets table (an attainment per priority)
    and its calculators did."""
    minimum_tickets: int = Field(default=0, ge=0, le=1_000_000)
    """For a response or resolution time metric: a window with fewer tickets (of a priority, or of
    the metric when pooled) does not count towards credits; 0 counts from the first ticket."""

    def numbers(self) -> list[Decimal]:
        """The measured values the schedule's tiers or linear rule compare results with."""
        found = [
            bound.value
            for tier in self.tiers
            for bound in (tier.lower, tier.upper)
            if bound is not None
        ]
        if self.linear is not None:
            found += [self.linear.start, self.linear.step]
        return found


ClaimStart = Literal["window_end", "report_delivered"]
"""What a claim's deadline runs from: the end of the measurement window concerned, or the
delivery of the service report for it."""
ClaimEvidence = Literal["monitoring", "monitoring_and_tickets", "service_report"]
"""What the provider's answer to a claim rests on."""


class ClaimProcedure(StrictModel):
    """How a credit is claimed when credits apply on claim: the deadline and what it runs from,
    how the provider verifies the claim, and where a disputed claim is settled.

    `method` holds additional terms (an address to write to), printed after the generated
    clause; it does not restate the deadline or the verification.
    """

    deadline_days: int = Field(default=30, ge=0, le=3650)
    runs_from: ClaimStart = "window_end"
    answer_business_days: int | None = Field(default=None, ge=1, le=365)
    """Business Days the provider has to confirm or dispute a claim; None: no such step."""
    evidence: ClaimEvidence = "monitoring"
    method: Text = ""


Terminable = Literal["affected_service", "agreement", "master_agreement"]
"""What a chronic failure lets the customer terminate: the service whose level was missed,
this agreement, or the master agreement it forms part of."""


class ChronicFailure(StrictModel):
    """A termination right after repeated breaches.

    The trigger is `breaches` missed measurement windows within `within_months` consecutive
    months, of any service level or of the `metrics` named; with one metric named, `threshold`
    sets a result worse than the objective that counts as a breach ('below 99.0 %'). An internal
    agreement has no termination: a chronic failure leads to a corrective action plan.
    `description` holds additional terms, printed after the generated clause.
    """

    breaches: int = Field(ge=1)
    within_months: int = Field(ge=1)
    metrics: list[Id] = Field(default_factory=empty_list)
    threshold: Measured | None = None
    terminates: Terminable = "agreement"
    notice_days: int | None = Field(default=None, ge=0, le=3650)
    """Days of written notice; None: termination by written notice, no period stated."""
    refund_prepaid: bool = False
    """Fees paid in advance for the period after termination are refunded."""
    waive_early_termination: bool = False
    """No early-termination fee or charge is payable on such a termination."""
    description: Text = ""


class EarnBack(StrictModel):
    """A credit is returned when the target is met for the following months.

    `metrics` limits it to the credits of the metrics named (none: every credit);
    `description` holds additional terms, printed after the generated clause.
    """

    months_met: int = Field(ge=1)
    metrics: list[Id] = Field(default_factory=empty_list)
    description: Text = ""


CreditsApplied = Literal["on_claim", "automatically"]
"""Whether a service credit is due only when the customer claims it, or is applied by the
provider from its own report."""


class Remedies(StrictModel):
    credit_schedules: list[CreditSchedule] = Field(default_factory=empty_list)
    monthly_cap: Percent | None = None
    yearly_cap: Percent | None = None
    minimum_credit: Money | None = None
    credits_applied: CreditsApplied = "on_claim"
    claim: ClaimProcedure = Field(default_factory=ClaimProcedure)
    payment: Literal["credit_on_next_invoice", "refund"] = "credit_on_next_invoice"
    exclusive_remedy: bool = True
    chronic_failure: ChronicFailure | None = None
    earn_back: EarnBack | None = None
