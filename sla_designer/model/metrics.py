"""Metrics and their targets, each kind with exact semantics.

What the product does with each kind (its label, units, direction, editor fields and clause) is
described once, in `sla_designer.model.kinds`. The limits of a kind's numbers are declared here,
on its fields, so that a file is held to the same ranges as the editor's spin boxes.
"""

from datetime import timedelta
from decimal import Decimal
from typing import Annotated, Literal, get_args

from pydantic import Field

from sla_designer.model.calendars import Weekday
from sla_designer.model.units import (
    Duration,
    Id,
    Name,
    Percent,
    StrictModel,
    TargetTime,
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


class AvailabilityMetric(MetricBase):
    """Uptime percentage over the window."""

    kind: Literal["availability"] = "availability"
    objective: Percent
    downtime_definition: Text = ""
    minimum_outage: Duration = timedelta(0)
    maintenance: list[MaintenanceWindow] = Field(default_factory=empty_list)
    maintenance_notice: Duration | None = None
    measured_within_calendar: bool = False


class ClockRules(StrictModel):
    """What starts, pauses and stops the clock of a ticket."""

    starts: Text = ""
    pauses: list[Text] = Field(default_factory=empty_list)
    stops: Text = ""


class TimeTarget(StrictModel):
    """A time target for one priority: e.g. 95 % of P1 tickets resolved within 4 business hours."""

    priority: Id
    target: TargetTime
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
    objective: Percent
    threshold: Duration
    formula: ServiceLevelFormula = "all_offered"
    channel: Name = "phone"


class AverageSpeedOfAnswerMetric(MetricBase):
    kind: Literal["average_speed_of_answer"] = "average_speed_of_answer"
    objective: Duration
    channel: Name = "phone"


class AbandonmentRateMetric(MetricBase):
    kind: Literal["abandonment_rate"] = "abandonment_rate"
    objective: Percent
    short_abandon_threshold: Duration | None = None
    channel: Name = "phone"


class SatisfactionMetric(MetricBase):
    """Customer satisfaction on a stated scale."""

    kind: Literal["satisfaction"] = "satisfaction"
    scale_min: int = Field(default=1, ge=-100, le=100)
    scale_max: int = Field(default=5, ge=-100, le=1000)
    objective: Annotated[Decimal, Field(ge=-100, le=1000, allow_inf_nan=False)]
    method: Text = ""
    minimum_responses: int = Field(default=0, ge=0, le=1_000_000)


Direction = Literal["higher_is_better", "lower_is_better"]


class CustomMetric(MetricBase):
    kind: Literal["custom"] = "custom"
    unit: Name
    direction: Direction = "higher_is_better"
    objective: Annotated[Decimal, Field(ge=-(10**9), le=10**9, allow_inf_nan=False)]


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
