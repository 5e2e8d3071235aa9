"""The fields of each kind of metric, their defaults and labels."""

from __future__ import annotations

from typing import Any

from sla_designer.model.metrics import SERVICE_LEVEL_FORMULAS
from sla_designer.ui.fields import FieldSpec

KIND_LABELS: tuple[tuple[str, str], ...] = (
    ("availability", "Availability (uptime %)"),
    ("response_time", "Response time"),
    ("resolution_time", "Resolution time"),
    ("service_level", "Service level (X % answered in Y s)"),
    ("average_speed_of_answer", "Average speed of answer"),
    ("abandonment_rate", "Abandonment rate"),
    ("satisfaction", "Customer satisfaction"),
    ("custom", "Custom metric"),
)

KIND_DEFAULTS: dict[str, dict[str, Any]] = {
    "availability": {"objective": "99.9"},
    "response_time": {},
    "resolution_time": {},
    "service_level": {"objective": "80", "threshold": "20s"},
    "average_speed_of_answer": {"objective": "30s"},
    "abandonment_rate": {"objective": "5"},
    "satisfaction": {"objective": "4", "scale_min": 1, "scale_max": 5},
    "custom": {"objective": "0", "unit": "count"},
}

WINDOWS = (
    ("month", "Calendar month"),
    ("quarter", "Calendar quarter"),
    ("year", "Calendar year"),
    ("rolling_days", "Rolling days"),
)

COMMON = [
    FieldSpec("id", "Identifier", "id"),
    FieldSpec("name", "Name"),
    FieldSpec("description", "Description", "multiline"),
    FieldSpec("service", "Service", "ref", ref=("service", "services"), optional=True),
    FieldSpec("window.kind", "Measurement window", "choice", choices=WINDOWS),
    FieldSpec(
        "window.days",
        "Rolling window",
        "int",
        minimum=1,
        maximum=366,
        suffix=" days",
        optional=True,
    ),
    FieldSpec("calendar", "Calendar", "ref", ref=("calendars",), optional=True),
    FieldSpec("data_source", "Data source", help="Where the figures come from"),
    FieldSpec("exclusions", "Exclusions", "lines", help="Events not counted, one per line"),
]

EVENTS = (
    ("first_response", "First response"),
    ("next_reply", "Next reply"),
    ("periodic_update", "Periodic update"),
)
FORMULAS = tuple((key, text) for key, text in SERVICE_LEVEL_FORMULAS.items())
DIRECTIONS = (("higher_is_better", "Higher is better"), ("lower_is_better", "Lower is better"))

CLOCK = [
    FieldSpec("clock.starts", "Clock starts", help="e.g. when the ticket is logged"),
    FieldSpec("clock.pauses", "Clock pauses", "lines", help="e.g. awaiting the customer"),
    FieldSpec("clock.stops", "Clock stops", help="e.g. when the provider proposes a fix"),
]

KIND_FIELDS: dict[str, list[FieldSpec]] = {
    "availability": [
        FieldSpec("objective", "Objective", "percent", help="Uptime over the window"),
        FieldSpec("downtime_definition", "Downtime means", "multiline"),
        FieldSpec("minimum_outage", "Minimum outage that counts", "duration"),
        FieldSpec("maintenance_notice", "Maintenance notice", "duration", optional=True),
        FieldSpec(
            "measured_within_calendar",
            "Calendar hours only",
            "bool",
            help="Count downtime only within the calendar's hours",
        ),
    ],
    "response_time": [FieldSpec("event", "Event", "choice", choices=EVENTS), *CLOCK],
    "resolution_time": list(CLOCK),
    "service_level": [
        FieldSpec("objective", "Answered", "percent"),
        FieldSpec("threshold", "Within", "duration", help="e.g. 20s"),
        FieldSpec("formula", "Formula", "choice", choices=FORMULAS),
        FieldSpec("channel", "Channel"),
    ],
    "average_speed_of_answer": [
        FieldSpec("objective", "At most", "duration", help="e.g. 30s"),
        FieldSpec("channel", "Channel"),
    ],
    "abandonment_rate": [
        FieldSpec("objective", "At most", "percent"),
        FieldSpec("short_abandon_threshold", "Short abandon under", "duration", optional=True),
        FieldSpec("channel", "Channel"),
    ],
    "satisfaction": [
        FieldSpec("scale_min", "Scale from", "int", minimum=-100, maximum=100),
        FieldSpec("scale_max", "Scale to", "int", minimum=-100, maximum=1000),
        FieldSpec("objective", "Objective", "decimal", minimum=-100, maximum=1000, decimals=2),
        FieldSpec("method", "Survey method", "multiline"),
        FieldSpec("minimum_responses", "Minimum responses", "int", maximum=1_000_000),
    ],
    "custom": [
        FieldSpec("unit", "Unit"),
        FieldSpec("direction", "Direction", "choice", choices=DIRECTIONS),
        FieldSpec("objective", "Objective", "decimal", minimum=-1e9, maximum=1e9, decimals=3),
    ],
}

TARGET = [
    FieldSpec("priority", "Priority", "ref", ref=("priorities",)),
    FieldSpec("target", "Within", "clock_duration"),
    FieldSpec("attainment", "Attainment", "percent", help="Share of tickets that must meet it"),
    FieldSpec("calendar", "Calendar", "ref", ref=("calendars",), optional=True),
]

MAINTENANCE = [
    FieldSpec("name", "Name"),
    FieldSpec("days", "Days", "weekdays"),
    FieldSpec("start", "Starts", "time"),
    FieldSpec("duration", "Lasts", "duration"),
    FieldSpec("calendar", "Calendar", "ref", ref=("calendars",), optional=True),
]
