"""The fields of each kind of metric, their defaults and labels."""

from __future__ import annotations

from typing import Any

from sla_designer.model.metrics import SERVICE_LEVEL_FORMULAS
from sla_designer.ui.fields import CALENDAR_CHOICE, FieldSpec
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP

KIND_LABELS: tuple[tuple[str, str], ...] = (
    ("availability", QT_TRANSLATE_NOOP("Labels", "Availability (uptime %)")),
    ("response_time", QT_TRANSLATE_NOOP("Labels", "Response time")),
    ("resolution_time", QT_TRANSLATE_NOOP("Labels", "Resolution time")),
    ("service_level", QT_TRANSLATE_NOOP("Labels", "Service level (X % answered in Y s)")),
    ("average_speed_of_answer", QT_TRANSLATE_NOOP("Labels", "Average speed of answer")),
    ("abandonment_rate", QT_TRANSLATE_NOOP("Labels", "Abandonment rate")),
    ("satisfaction", QT_TRANSLATE_NOOP("Labels", "Customer satisfaction")),
    ("custom", QT_TRANSLATE_NOOP("Labels", "Custom metric")),
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
    ("month", QT_TRANSLATE_NOOP("Labels", "Calendar month")),
    ("quarter", QT_TRANSLATE_NOOP("Labels", "Calendar quarter")),
    ("year", QT_TRANSLATE_NOOP("Labels", "Calendar year")),
    ("rolling_days", QT_TRANSLATE_NOOP("Labels", "Rolling days")),
)

COMMON = [
    FieldSpec("id", QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
    FieldSpec("name", QT_TRANSLATE_NOOP("Labels", "Name")),
    FieldSpec("description", QT_TRANSLATE_NOOP("Labels", "Description"), "multiline"),
    FieldSpec(
        "service",
        QT_TRANSLATE_NOOP("Labels", "Service"),
        "ref",
        ref=("service", "services"),
        optional=True,
    ),
    FieldSpec(
        "window.kind", QT_TRANSLATE_NOOP("Labels", "Measurement window"), "choice", choices=WINDOWS
    ),
    FieldSpec(
        "window.days",
        QT_TRANSLATE_NOOP("Labels", "Rolling window"),
        "int",
        minimum=1,
        maximum=366,
        suffix=QT_TRANSLATE_NOOP("Labels", " days"),
        optional=True,
    ),
    CALENDAR_CHOICE,
    FieldSpec(
        "data_source",
        QT_TRANSLATE_NOOP("Labels", "Data source"),
        help=QT_TRANSLATE_NOOP("Labels", "Where the figures come from"),
    ),
    FieldSpec(
        "exclusions",
        QT_TRANSLATE_NOOP("Labels", "Exclusions"),
        "lines",
        help=QT_TRANSLATE_NOOP("Labels", "Events not counted, one per line"),
    ),
]

EVENTS = (
    ("first_response", QT_TRANSLATE_NOOP("Labels", "First response")),
    ("next_reply", QT_TRANSLATE_NOOP("Labels", "Next reply")),
    ("periodic_update", QT_TRANSLATE_NOOP("Labels", "Periodic update")),
)
FORMULAS = tuple((key, text) for key, text in SERVICE_LEVEL_FORMULAS.items())
DIRECTIONS = (
    ("higher_is_better", QT_TRANSLATE_NOOP("Labels", "Higher is better")),
    ("lower_is_better", QT_TRANSLATE_NOOP("Labels", "Lower is better")),
)

CLOCK = [
    FieldSpec(
        "clock.starts",
        QT_TRANSLATE_NOOP("Labels", "Clock starts"),
        help=QT_TRANSLATE_NOOP("Labels", "e.g. when the ticket is logged"),
    ),
    FieldSpec(
        "clock.pauses",
        QT_TRANSLATE_NOOP("Labels", "Clock pauses"),
        "lines",
        help=QT_TRANSLATE_NOOP("Labels", "e.g. awaiting the customer"),
    ),
    FieldSpec(
        "clock.stops",
        QT_TRANSLATE_NOOP("Labels", "Clock stops"),
        help=QT_TRANSLATE_NOOP("Labels", "e.g. when the provider proposes a fix"),
    ),
]

KIND_FIELDS: dict[str, list[FieldSpec]] = {
    "availability": [
        FieldSpec(
            "objective",
            QT_TRANSLATE_NOOP("Labels", "Objective"),
            "percent",
            help=QT_TRANSLATE_NOOP("Labels", "Uptime over the window"),
        ),
        FieldSpec(
            "downtime_definition", QT_TRANSLATE_NOOP("Labels", "Downtime means"), "multiline"
        ),
        FieldSpec(
            "minimum_outage", QT_TRANSLATE_NOOP("Labels", "Minimum outage that counts"), "duration"
        ),
        FieldSpec(
            "maintenance_notice",
            QT_TRANSLATE_NOOP("Labels", "Maintenance notice"),
            "duration",
            optional=True,
        ),
        FieldSpec(
            "measured_within_calendar",
            QT_TRANSLATE_NOOP("Labels", "Calendar hours only"),
            "bool",
            help=QT_TRANSLATE_NOOP("Labels", "Count downtime only within the calendar's hours"),
        ),
    ],
    "response_time": [
        FieldSpec("event", QT_TRANSLATE_NOOP("Labels", "Event"), "choice", choices=EVENTS),
        *CLOCK,
    ],
    "resolution_time": list(CLOCK),
    "service_level": [
        FieldSpec("objective", QT_TRANSLATE_NOOP("Labels", "Answered"), "percent"),
        FieldSpec(
            "threshold",
            QT_TRANSLATE_NOOP("Labels", "Within"),
            "duration",
            help=QT_TRANSLATE_NOOP("Labels", "e.g. 20s"),
        ),
        FieldSpec("formula", QT_TRANSLATE_NOOP("Labels", "Formula"), "choice", choices=FORMULAS),
        FieldSpec("channel", QT_TRANSLATE_NOOP("Labels", "Channel")),
    ],
    "average_speed_of_answer": [
        FieldSpec(
            "objective",
            QT_TRANSLATE_NOOP("Labels", "At most"),
            "duration",
            help=QT_TRANSLATE_NOOP("Labels", "e.g. 30s"),
        ),
        FieldSpec("channel", QT_TRANSLATE_NOOP("Labels", "Channel")),
    ],
    "abandonment_rate": [
        FieldSpec("objective", QT_TRANSLATE_NOOP("Labels", "At most"), "percent"),
        FieldSpec(
            "short_abandon_threshold",
            QT_TRANSLATE_NOOP("Labels", "Short abandon under"),
            "duration",
            optional=True,
        ),
        FieldSpec("channel", QT_TRANSLATE_NOOP("Labels", "Channel")),
    ],
    "satisfaction": [
        FieldSpec(
            "scale_min", QT_TRANSLATE_NOOP("Labels", "Scale from"), "int", minimum=-100, maximum=100
        ),
        FieldSpec(
            "scale_max", QT_TRANSLATE_NOOP("Labels", "Scale to"), "int", minimum=-100, maximum=1000
        ),
        FieldSpec(
            "objective",
            QT_TRANSLATE_NOOP("Labels", "Objective"),
            "decimal",
            minimum=-100,
            maximum=1000,
            decimals=2,
        ),
        FieldSpec("method", QT_TRANSLATE_NOOP("Labels", "Survey method"), "multiline"),
        FieldSpec(
            "minimum_responses",
            QT_TRANSLATE_NOOP("Labels", "Minimum responses"),
            "int",
            maximum=1_000_000,
        ),
    ],
    "custom": [
        FieldSpec("unit", QT_TRANSLATE_NOOP("Labels", "Unit")),
        FieldSpec(
            "direction", QT_TRANSLATE_NOOP("Labels", "Direction"), "choice", choices=DIRECTIONS
        ),
        FieldSpec(
            "objective",
            QT_TRANSLATE_NOOP("Labels", "Objective"),
            "decimal",
            minimum=-1e9,
            maximum=1e9,
            decimals=3,
        ),
    ],
}

TARGET = [
    FieldSpec("priority", QT_TRANSLATE_NOOP("Labels", "Priority"), "ref", ref=("priorities",)),
    FieldSpec("target", QT_TRANSLATE_NOOP("Labels", "Within"), "clock_duration"),
    FieldSpec(
        "attainment",
        QT_TRANSLATE_NOOP("Labels", "Attainment"),
        "percent",
        help=QT_TRANSLATE_NOOP("Labels", "Share of tickets that must meet it"),
    ),
    CALENDAR_CHOICE,
]

MAINTENANCE = [
    FieldSpec("name", QT_TRANSLATE_NOOP("Labels", "Name")),
    FieldSpec("days", QT_TRANSLATE_NOOP("Labels", "Days"), "weekdays"),
    FieldSpec("start", QT_TRANSLATE_NOOP("Labels", "Starts"), "time"),
    FieldSpec("duration", QT_TRANSLATE_NOOP("Labels", "Lasts"), "duration"),
    CALENDAR_CHOICE,
]
