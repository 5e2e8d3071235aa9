"""The fields of the metrics page: those every metric has, and each kind's own.

A kind's own fields, their limits and labels come from its description (`model.kinds`) and the
text layer's `metrics.yaml`, in the interface language; the page is rebuilt when it changes.
"""

from __future__ import annotations

from sla_designer.model import Agreement
from sla_designer.model.kinds import KINDS, KindField, MetricKind
from sla_designer.text import texts
from sla_designer.ui.fields import CALENDAR_CHOICE, Choices, FieldSpec
from sla_designer.ui.i18n import QT_TRANSLATE_NOOP, label, text_choices

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
        unit="days",
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


_NUMBERS = frozenset({"int", "decimal", "percent"})
"""The editors whose range is the model's limits."""


def kind_choices(language: str) -> Choices:
    """Every kind of metric with its label in `language`, in the order the editor offers them."""
    words = texts(language)
    return tuple((kind, words(described.label)) for kind, described in KINDS.items())


def _spec(described: MetricKind, field: KindField, language: str) -> FieldSpec:
    words = texts(language).section("metrics")
    low, high = described.limits(field.name) if field.editor in _NUMBERS else (None, None)
    choices: Choices = ()
    if field.editor == "choice":
        group = field.choices
        # A comparison is offered as the kind's direction allows (all four for a custom metric).
        values = described.comparisons() if field.name == "comparison" else None
        choices = tuple((v, words(f"{group}.{v}")) for v in values or described.values(field.name))
    return FieldSpec(
        field.name,
        words(f"fields.{field.label}"),
        field.editor,
        choices=choices,
        minimum=0 if low is None else float(low),
        maximum=1_000_000 if high is None else float(high),
        decimals=field.decimals,
        optional=field.optional,
        help=words(f"hints.{field.hint}") if field.hint else "",
    )


def kind_fields(kind: str, language: str) -> list[FieldSpec]:
    """The editor's fields of a kind of metric, labelled in `language`, with the model's limits."""
    described = KINDS[kind]
    return [_spec(described, field, language) for field in described.fields]


MEASURES = text_choices("metrics.measures", ("each", "average", "median", "percentile"))
ALL_TICKETS = QT_TRANSLATE_NOOP("Labels", "All tickets")


def _all_tickets(agreement: Agreement) -> str:
    """What a target without a priority is for."""
    return label(ALL_TICKETS)


TARGET = [
    FieldSpec(
        "priority",
        QT_TRANSLATE_NOOP("Labels", "Priority"),
        "ref",
        ref=("priorities",),
        optional=True,
        default=_all_tickets,
    ),
    FieldSpec("target", QT_TRANSLATE_NOOP("Labels", "Within"), "clock_duration"),
    FieldSpec(
        "measure",
        QT_TRANSLATE_NOOP("Labels", "Measure"),
        "choice",
        choices=MEASURES,
        help=QT_TRANSLATE_NOOP(
            "Labels", "Each ticket within the time, or the average, median or a percentile"
        ),
    ),
    FieldSpec(
        "percentile",
        QT_TRANSLATE_NOOP("Labels", "Percentile"),
        "int",
        minimum=1,
        maximum=99,
        optional=True,
        help=QT_TRANSLATE_NOOP("Labels", "e.g. 90: the time within which 90 % of tickets fall"),
    ),
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
