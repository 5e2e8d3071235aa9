"""What each kind of metric is, described once: everything that differs by kind reads it here.

The model classes (`sla_designer.model.metrics`) hold a kind's fields and the limits of its
numbers; a `MetricKind` says how the product treats the kind: its label (a phrase of the text
layer's `metrics.yaml`), the unit of its objective and of a measured value, which direction is
better and how its objective compares (`model.comparisons`), how the what-if credit reads a
measured value, the fields the editor shows with their limits, the values a new metric of the
kind starts with, and the clause-file key its objective is written with. The editor, the
calculators, the export and the tests' data all read it, so a kind is added in one place (and
tests fail until every part has it).

No phrase is loaded here: labels are keys, rendered in the language they are shown in.
"""

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Any, Literal, NamedTuple, get_args, get_origin

from annotated_types import Ge, Le

from sla_designer.model.comparisons import COMPARISONS, Comparison, comparisons_for
from sla_designer.model.metrics import (
    AbandonmentRateMetric,
    AvailabilityMetric,
    AverageSpeedOfAnswerMetric,
    CustomMetric,
    MetricBase,
    ResolutionTimeMetric,
    ResponseTimeMetric,
    SatisfactionMetric,
    ServiceLevelMetric,
)
from sla_designer.text.values import Term

Editor = Literal[
    "percent", "duration", "int", "decimal", "choice", "text", "multiline", "lines", "bool"
]
"""The editor a field gets: a spin box (percent, int, decimal), a duration, a choice, text, a
list of lines or a check box."""

ObjectiveUnit = Literal["percent", "duration", "score", "custom", "targets"]
"""What the objective is: a percentage, a duration, a score on the metric's scale, a figure in
the custom metric's unit, or a time target per priority (response and resolution times)."""

MeasuredUnit = Literal["percent", "seconds", "score", "custom"]
"""What a measured value is, as the what-if credit reads and checks it: a percentage (0 to 100),
a number of seconds (not negative), a score within the metric's scale, or a figure in the custom
metric's unit (of either sign)."""

Direction = Literal["higher_is_better", "lower_is_better", "per_metric"]
"""Which measured values are better; a custom metric states its own direction."""

Limit = Decimal | None


class KindField(NamedTuple):
    """One field of a kind as the editor shows it; its limits are the model's.

    (The descriptions are named tuples: a dataclass costs the editor's start-up about a
    millisecond each to create.)
    """

    name: str
    """Where the value is, under the metric: 'objective', 'clock.starts'."""
    editor: Editor
    label: str
    """Key of its label under `metrics.fields`."""
    hint: str = ""
    """Key of its help text under `metrics.hints` ('' for none)."""
    optional: bool = False
    decimals: int = 3
    """Decimals a decimal spin box shows."""
    choices: str = ""
    """For a choice: the group of `metrics.yaml` that labels the field's values."""
    applies_when: tuple[str, str] | None = None
    """(field, value): the field applies only while that other field of the metric holds that
    value (the emergency notice, while emergency maintenance is excluded); else hidden."""

    @property
    def path(self) -> tuple[str, ...]:
        return tuple(self.name.split("."))


class MetricKind(NamedTuple):
    """How the product treats one kind of metric (see the module's docstring)."""

    kind: str
    model: type[MetricBase]
    objective: ObjectiveUnit
    measured: MeasuredUnit
    direction: Direction
    fields: tuple[KindField, ...]
    clause: str
    """Key under `clauses.objectives` of the sentences stating the objective: one sentence per
    comparison the kind can have, or (response and resolution times) one sentence."""
    lists: tuple[str, ...] = ()
    """Lists of the metric edited in a section of their own: 'targets', 'maintenance'."""
    defaults: Mapping[str, Any] = MappingProxyType({})
    """The values a new metric of this kind starts with; a Term is written in the agreement's
    language."""
    scale: tuple[str, str] | None = None
    """For a score: the fields holding the lowest and highest score of the metric's scale."""
    own_unit: str = ""
    """For a figure in the metric's own unit: the field that names the unit."""

    @property
    def label(self) -> str:
        """Key of the kind's name in the text layer: 'metrics.kinds.availability'."""
        return f"metrics.kinds.{self.kind}"

    def field_named(self, name: str) -> KindField:
        """The described field called `name`."""
        for described in self.fields:
            if described.name == name:
                return described
        raise KeyError(f"{self.kind} has no field {name!r}")

    def _model_field(self, name: str) -> Any:
        model: Any = self.model
        *parents, last = name.split(".")
        for part in parents:
            model = model.model_fields[part].annotation
        return model.model_fields[last]

    def limits(self, name: str) -> tuple[Limit, Limit]:
        """The lowest and highest value the model takes for a number field (None: no limit)."""
        low: Limit = None
        high: Limit = None
        for constraint in self._model_field(name).metadata:
            if isinstance(constraint, Ge):
                low = Decimal(str(constraint.ge))
            elif isinstance(constraint, Le):
                high = Decimal(str(constraint.le))
        return low, high

    def values(self, name: str) -> tuple[str, ...]:
        """The values a choice field takes, as the model declares them."""
        annotation = self._model_field(name).annotation
        if get_origin(annotation) is not Literal:
            raise TypeError(f"{self.kind}.{name} is not a choice")
        return tuple(str(value) for value in get_args(annotation))

    def scale_of(self, metric: MetricBase) -> tuple[int, int] | None:
        """The lowest and highest score of `metric`; None for a kind not measured as a score."""
        if self.scale is None:
            return None
        low, high = self.scale
        return getattr(metric, low), getattr(metric, high)

    def unit_of(self, metric: MetricBase) -> str:
        """The unit `metric` states itself ('' for a kind whose unit is fixed)."""
        return str(getattr(metric, self.own_unit)) if self.own_unit else ""

    def higher_is_better(self, metric: MetricBase) -> bool:
        """Whether a larger measured value of `metric` is the better one."""
        if self.direction == "per_metric":
            return getattr(metric, "direction", "higher_is_better") == "higher_is_better"
        return self.direction == "higher_is_better"

    @property
    def compared(self) -> bool:
        """Whether the kind has one objective with a comparison (not targets per priority)."""
        return "comparison" in self.model.model_fields

    def comparisons(self) -> tuple[Comparison, ...]:
        """The comparisons the editor offers: the two of the kind's direction, or all four when
        each metric states its own direction."""
        if self.direction == "per_metric":
            return COMPARISONS
        return comparisons_for(self.direction == "higher_is_better")

    def comparison_of(self, metric: MetricBase) -> Comparison | None:
        """How `metric` compares a measured value with its objective (None: no single one)."""
        if not self.compared:
            return None
        comparison: Comparison = getattr(metric, "comparison")  # noqa: B009 (typed here)
        return comparison


_CLOCK = (
    KindField("clock.starts", "text", "clock_starts", "clock_starts"),
    KindField("clock.pauses", "lines", "clock_pauses", "clock_pauses"),
    KindField("clock.stops", "text", "clock_stops", "clock_stops"),
)
_CHANNEL = KindField("channel", "text", "channel")
_COMPARISON = KindField("comparison", "choice", "comparison", "comparison", choices="comparisons")
"""How the objective compares: shown with the objective, in the same row of the editor."""

KINDS: dict[str, MetricKind] = {
    described.kind: described
    for described in (
        MetricKind(
            "availability",
            AvailabilityMetric,
            objective="percent",
            measured="percent",
            direction="higher_is_better",
            fields=(
                _COMPARISON,
                KindField("objective", "percent", "objective", "uptime"),
                KindField("downtime_definition", "multiline", "downtime_means"),
                KindField("minimum_outage", "duration", "minimum_outage"),
                KindField("maintenance_notice", "duration", "maintenance_notice", optional=True),
                KindField(
                    "emergency_maintenance",
                    "choice",
                    "emergency_maintenance",
                    "emergency_maintenance",
                    choices="emergency",
                ),
                *(
                    KindField(
                        name,
                        "duration",
                        name,
                        name,
                        optional=True,
                        applies_when=("emergency_maintenance", "excluded"),
                    )
                    for name in ("emergency_notice", "emergency_limit")
                ),
                KindField(
                    "measured_within_calendar", "bool", "calendar_hours_only", "calendar_hours_only"
                ),
            ),
            clause="availability",
            lists=("maintenance",),
            defaults={"objective": "99.9"},
        ),
        MetricKind(
            "response_time",
            ResponseTimeMetric,
            objective="targets",
            measured="percent",
            direction="higher_is_better",
            fields=(KindField("event", "choice", "event", choices="events"), *_CLOCK),
            clause="response_time",
            lists=("targets",),
        ),
        MetricKind(
            "resolution_time",
            ResolutionTimeMetric,
            objective="targets",
            measured="percent",
            direction="higher_is_better",
            fields=_CLOCK,
            clause="resolution_time",
            lists=("targets",),
        ),
        MetricKind(
            "service_level",
            ServiceLevelMetric,
            objective="percent",
            measured="percent",
            direction="higher_is_better",
            fields=(
                _COMPARISON,
                KindField("objective", "percent", "answered"),
                KindField("threshold", "duration", "within", "threshold"),
                KindField("formula", "choice", "formula", choices="formulas"),
                _CHANNEL,
            ),
            clause="service_level",
            defaults={"objective": "80", "threshold": "20s"},
        ),
        MetricKind(
            "average_speed_of_answer",
            AverageSpeedOfAnswerMetric,
            objective="duration",
            measured="seconds",
            direction="lower_is_better",
            fields=(
                _COMPARISON,
                KindField("objective", "duration", "objective", "speed"),
                _CHANNEL,
            ),
            clause="average_speed_of_answer",
            defaults={"objective": "30s"},
        ),
        MetricKind(
            "abandonment_rate",
            AbandonmentRateMetric,
            objective="percent",
            measured="percent",
            direction="lower_is_better",
            fields=(
                _COMPARISON,
                KindField("objective", "percent", "objective"),
                KindField(
                    "short_abandon_threshold", "duration", "short_abandon_under", optional=True
                ),
                _CHANNEL,
            ),
            clause="abandonment_rate",
            defaults={"objective": "5"},
        ),
        MetricKind(
            "satisfaction",
            SatisfactionMetric,
            objective="score",
            measured="score",
            direction="higher_is_better",
            fields=(
                KindField("scale_min", "int", "scale_from"),
                KindField("scale_max", "int", "scale_to"),
                _COMPARISON,
                KindField("objective", "decimal", "objective", decimals=2),
                KindField("method", "multiline", "survey_method"),
                KindField("minimum_responses", "int", "minimum_responses"),
            ),
            clause="satisfaction",
            defaults={"objective": "4", "scale_min": 1, "scale_max": 5},
            scale=("scale_min", "scale_max"),
        ),
        MetricKind(
            "custom",
            CustomMetric,
            objective="custom",
            measured="custom",
            direction="per_metric",
            fields=(
                KindField("unit", "text", "unit"),
                KindField("direction", "choice", "direction", choices="directions"),
                _COMPARISON,
                KindField("objective", "decimal", "objective", decimals=3),
            ),
            clause="custom",
            defaults={"objective": "0", "unit": Term("metrics.new.unit")},
            own_unit="unit",
        ),
    )
}
"""The description of every kind of metric, by its `kind`, in the order the editor offers them."""


def describe(metric: MetricBase | str) -> MetricKind:
    """The description of a metric's kind (or of the kind named)."""
    kind = metric if isinstance(metric, str) else metric.kind
    return KINDS[kind]


def higher_is_better(metric: MetricBase) -> bool:
    """Whether a larger measured value is the better one, for this metric."""
    return describe(metric).higher_is_better(metric)
