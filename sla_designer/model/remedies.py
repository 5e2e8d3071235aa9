"""Service credits and other remedies."""

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field

from sla_designer.model.units import Duration, Id, Money, Percent, StrictModel, Text, empty_list

Measured = Annotated[Decimal, Field(allow_inf_nan=False)]


class CreditTier(StrictModel):
    """Credit for a measured value in the half-open range [at_least, below).

    A missing bound is open: "below 99.0 %" has no lower bound, "at least 99.9 %" no upper one.
    """

    at_least: Measured | None = None
    below: Measured | None = None
    credit: Percent

    def contains(self, value: Decimal) -> bool:
        return (self.at_least is None or value >= self.at_least) and (
            self.below is None or value < self.below
        )


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


class ClaimProcedure(StrictModel):
    deadline_days: int = Field(default=30, ge=0, le=3650)
    method: Text = ""


class ChronicFailure(StrictModel):
    """A termination right after repeated breaches."""

    breaches: int = Field(ge=1)
    within_months: int = Field(ge=1)
    description: Text = ""


class EarnBack(StrictModel):
    """A credit is returned when the target is met for the following months."""

    months_met: int = Field(ge=1)
    description: Text = ""


class Remedies(StrictModel):
    credit_schedules: list[CreditSchedule] = Field(default_factory=empty_list)
    monthly_cap: Percent | None = None
    yearly_cap: Percent | None = None
    minimum_credit: Money | None = None
    claim: ClaimProcedure = Field(default_factory=ClaimProcedure)
    payment: Literal["credit_on_next_invoice", "refund"] = "credit_on_next_invoice"
    exclusive_remedy: bool = True
    chronic_failure: ChronicFailure | None = None
    earn_back: EarnBack | None = None
