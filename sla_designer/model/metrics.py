"""Metrics and their targets, each kind with exact semantics.

What the product does with each kind (its label, units, direction, editor fields and clause) is
described once, in `sla_designer.model.kinds`. The limits of a kind's numbers are declared here,
on its fields, so that a file is held to the same ranges as the editor's spin boxes.
"""

from datetime import timedelta
from decimal import Decimal
from typing import Annotated, Any, Literal, get_args

from pydantic import Field, model_validator

from sla_designer.model.calendars import Weekday
from sla_designer.model.comparisons import Comparison
from sla_designer.model.target_times import TargetTime
from sla_designer.model.units import (
    Duration,
    Id,
    Name,
    Percent,
    StrictModel,
    Text,
    TimeOfDay,
    empty_list,
)


class MeasurementWindow(StrictModel):
    """The period over which a metric is measured: a calendar month or quarter, or rolling days."""

    kind: Literal["month", "quarter", "year", "rolling_days"] = "month"
    days: int | None = Field(default=None, ge=1, le=366)


class MetricBase(StrictModel):
    kind: str
    id: Id
    name: Name
    description: Text = ""
    service: Id | None = None
    window: MeasurementWindow = Field(default_factory=MeasurementWindow)
    calendar: Id | None = None
    data_source: Text = ""
    exclusions: list[Text] = Field(default_factory=empty_list)


class MaintenanceWindow(StrictModel):
    """Scheduled maintenance: excluded from downtime when announced with the stated notice."""

    name: Name
    days: list[Weekday] = Field(min_length=1)
    start: TimeOfDay
    duration: Duration
    calendar: Id | None = None


EmergencyTreatment = Literal["downtime", "excluded"]
"""How emergency maintenance counts: as downtime, or excluded from it (on its own notice)."""


class AvailabilityMetric(MetricBase):
    """Uptime percentage over the window."""

    kind: Literal["availability"] = "availability"
    comparison: Comparison = "at_least"
    objective: Percent
    downtime_definition: Text = ""
    minimum_outage: Duration = timedelta(0)
    maintenance: list[MaintenanceWindow] = Field(default_factory=empty_list)
    maintenance_notice: Duration | None = None
    emergency_maintenance: EmergencyTreatment = "downtime"
    """Urgent work that cannot wait for the scheduled notice (a security fix): downtime, or
    excluded from downtime when announced `emergency_notice` ahead, up to `emergency_limit`
    in a measurement window."""
    emergency_notice: Duration | None = None
    """None: announced as soon as it is planned."""
    emergency_limit: Duration | None = None
    """Emergency maintenance excluded in one measurement window; beyond it, downtime. None: no
    limit."""
    measured_within_calendar: bool = False


class ClockRules(StrictModel):
    """What starts, pauses and stops the clock of a ticket."""

    starts: Text = ""
    pauses: list[Text] = Field(default_factory=empty_list)
    stops: Text = ""


TimeMeasure = Literal["each", "average", "median", "percentile"]
"""What a time target measures: each ticket's time (at an attainment percentage), or the
average, the median or a percentile of the times of the tickets in the window."""


class TimeTarget(StrictModel):
    """A time target for one priority, or for all tickets of the metric when it names none.

    "95 % of P1 tickets resolved within 4 business hours" measures each ticket (`each`) at an
    attainment of 95 %; "the average resolution time of all tickets shall not exceed 5 minutes"
    measures the average. A percentile names its rank (`percentile: 90`); the attainment is the
    share of tickets that must each be within the time, so it applies to `each` only.
    """

    priority: Id | None = Field(
        default=None, description="The priority it applies to; none: all tickets of the metric"
    )
    target: TargetTime
    measure: TimeMeasure = "each"
    percentile: int | None = Field(
        default=None,
        ge=1,
        le=99,
        description="The percentile, when the measure is a percentile (validation asks for it)",
    )
    attainment: Percent = Decimal(100)
    calendar: Id | None = None


TicketEvent = Literal["first_response", "next_reply", "periodic_update"]


class ResponseTimeMetric(MetricBase):
    kind: Literal["response_time"] = "response_time"
    event: TicketEvent = "first_response"
    clock: ClockRules = Field(default_factory=ClockRules)
    targets: list[TimeTarget] = Field(default_factory=empty_list)


class ResolutionTimeMetric(MetricBase):
    kind: Literal["resolution_time"] = "resolution_time"
    clock: ClockRules = Field(default_factory=ClockRules)
    targets: list[TimeTarget] = Field(default_factory=empty_list)


ServiceLevelFormula = Literal[
    "all_offered", "answered_only", "exclude_short_abandons", "short_abandons_as_met"
]


class ServiceLevelMetric(MetricBase):
    """Contact-centre service level: X % of contacts answered within Y seconds."""

    kind: Literal["service_level"] = "service_level"
    comparison: Comparison = "at_least"
    objective: Percent
    threshold: Duration
    formula: ServiceLevelFormula = "all_offered"
    channel: Name = "phone"


class AverageSpeedOfAnswerMetric(MetricBase):
    kind: Literal["average_speed_of_answer"] = "average_speed_of_answer"
    comparison: Comparison = "at_most"
    objective: Duration
    channel: Name = "phone"


class AbandonmentRateMetric(MetricBase):
    kind: Literal["abandonment_rate"] = "abandonment_rate"
    comparison: Comparison = "at_most"
    objective: Percent
    short_abandon_threshold: Duration | None = None
    channel: Name = "phone"


class SatisfactionMetric(MetricBase):
    """Customer satisfaction on a stated scale."""

    kind: Literal["satisfaction"] = "satisfaction"
    scale_min: int = Field(default=1, ge=-100, le=100)
    scale_max: int = Field(default=5, ge=-100, le=1000)
    comparison: Comparison = "at_least"
    objective: Annotated[Decimal, Field(ge=-100, le=1000, allow_inf_nan=False)]
    method: Text = ""
    minimum_responses: int = Field(default=0, ge=0, le=1_000_000)


Direction = Literal["higher_is_better", "lower_is_better"]


class CustomMetric(MetricBase):
    kind: Literal["custom"] = "custom"
    unit: Name
    direction: Direction = "higher_is_better"
    comparison: Comparison = Field(
        default="at_least",
        description="Unless stated: 'at_least' when higher is better, 'at_most' when lower is",
    )
    objective: Annotated[Decimal, Field(ge=-(10**9), le=10**9, allow_inf_nan=False)]

    @model_validator(mode="before")
    @classmethod
    def _comparison_follows_direction(cls, data: Any) -> Any:
        """A file that states no comparison means the inclusive one of the metric's direction."""
        if isinstance(data, dict) and "comparison" not in data:
            lower = data.get("direction") == "lower_is_better"
            return {**data, "comparison": "at_most" if lower else "at_least"}
        return data


Metric = Annotated[
    AvailabilityMetric
    | ResponseTimeMetric
    | ResolutionTimeMetric
    | ServiceLevelMetric
    | AverageSpeedOfAnswerMetric
    | AbandonmentRateMetric
    | SatisfactionMetric
    | CustomMetric,
    Field(discriminator="kind"),
]

METRIC_CLASSES: tuple[type[MetricBase], ...] = get_args(get_args(Metric)[0])
"""Every kind of metric the model knows, in the order the editor offers them."""

METRIC_KINDS: tuple[str, ...] = tuple(cls.model_fields["kind"].default for cls in METRIC_CLASSES)
