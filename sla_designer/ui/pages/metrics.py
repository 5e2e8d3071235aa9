"""Step 6: metrics and their targets; the form follows the metric's kind."""

from __future__ import annotations

from typing import Any

from pydantic import TypeAdapter
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from sla_designer.model import ClockDuration, MaintenanceWindow, Metric, TimeTarget
from sla_designer.model.kinds import KINDS, describe
from sla_designer.model.units import format_duration
from sla_designer.text import texts
from sla_designer.text.formats import formatter
from sla_designer.text.values import Term, render
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.form import FieldForm, align_labels
from sla_designer.ui.i18n import (
    QT_TRANSLATE_NOOP,
    current_language,
    decimal_text,
    percent_text,
)
from sla_designer.ui.item_models import Column, choice_label
from sla_designer.ui.list_section import ListSection, unique_id
from sla_designer.ui.pages.base import Page
from sla_designer.ui.pages.live_panels import downtime_panel, due_time_panel, staffing_panel
from sla_designer.ui.pages.metric_fields import (
    COMMON,
    MAINTENANCE,
    TARGET,
    kind_choices,
    kind_fields,
)
from sla_designer.ui.weekdays import weekday_names

STEP = "metrics"

_METRIC = TypeAdapter(Metric)
_COMMON_KEYS = ("id", "name", "description", "service", "window", "calendar", "data_source")


def make_metric(kind: str, base: dict[str, Any], language: str) -> Any:
    """A metric of `kind` that keeps the common fields of `base` and the kind's defaults, with
    any words among them in `language` (the agreement's)."""
    defaults = {
        name: render(value, language) if isinstance(value, Term) else value
        for name, value in describe(kind).defaults.items()
    }
    return _METRIC.validate_python({**defaults, **base, "kind": kind})


def new_metric(document: AgreementDocument, path: FieldPath) -> Any:
    """A resolution-time metric with a target for every priority: one undo step."""
    targets = [
        TimeTarget(priority=p.id, target=ClockDuration.parse("8h business"))
        for p in document.agreement.priorities
    ]
    language = document.agreement.language
    name = texts(language)(describe("resolution_time").label)
    metric = make_metric(
        "resolution_time", {"id": unique_id(document, path, "metric"), "name": name}, language
    )
    metric.targets = targets
    return metric


def new_target(document: AgreementDocument, path: FieldPath) -> TimeTarget:
    used = {t.priority for t in document.get(path)}
    priorities = [p.id for p in document.agreement.priorities]
    free = [p for p in priorities if p not in used]
    chosen = (free or priorities or ["P1"])[0]
    return TimeTarget(priority=chosen, target=ClockDuration.parse("4h business"))


def new_maintenance(document: AgreementDocument, path: FieldPath) -> MaintenanceWindow:
    name = texts(document.agreement.language)("metrics.new.maintenance")
    return MaintenanceWindow.model_validate(
        {"name": name, "days": ["sun"], "start": "02:00", "duration": "2h"}
    )


def _objective(metric: Any) -> str:
    """A metric's objective in the list, in its unit and the interface language."""
    language = current_language()
    words = texts(language).section("metrics")
    unit = describe(metric).objective
    if unit == "targets":
        count = len(metric.targets)
        return words("objective.targets", count=count, n=formatter(language).number(count))
    value = metric.objective
    if unit == "duration":
        return format_duration(value)
    if unit == "percent":
        shown = percent_text(value)
        threshold = getattr(metric, "threshold", None)
        if threshold is None:
            return shown
        seconds = formatter(language).number(int(threshold.total_seconds()))
        return words("objective.within", objective=shown, seconds=seconds)
    return decimal_text(value)


class MetricKindBox(QComboBox):
    """Changing a metric's kind replaces it with a metric of the new kind, as one undo step."""

    def __init__(self, document: AgreementDocument) -> None:
        super().__init__()
        self.setObjectName("kind")
        self._document = document
        self.path: FieldPath | None = None
        for kind, text in kind_choices(current_language()):
            self.addItem(text, kind)
        self.currentIndexChanged.connect(self._on_pick)

    def show_metric(self, path: FieldPath | None) -> None:
        self.path = path
        self.setEnabled(path is not None)
        if path is not None:
            blocked = self.blockSignals(True)
            self.setCurrentIndex(self.findData(self._document.get(path).kind))
            self.blockSignals(blocked)

    def _on_pick(self) -> None:
        if self.path is None:
            return
        metric = self._document.get(self.path)
        kind = self.currentData()
        if kind == metric.kind:
            return
        base = metric.model_dump(include=set(_COMMON_KEYS))
        base["exclusions"] = list(metric.exclusions)
        metric = make_metric(kind, base, self._document.agreement.language)
        self._document.set_value(self.path, metric, text=self.tr("Change metric kind"))


class MetricsSection(ListSection):
    """The metrics list, with the form of the chosen metric's kind under the common fields."""

    def __init__(self, document: AgreementDocument) -> None:
        super().__init__(
            document,
            QT_TRANSLATE_NOOP("Labels", "Metrics"),
            ("metrics",),
            [
                Column(QT_TRANSLATE_NOOP("Labels", "Identifier"), "id"),
                Column(QT_TRANSLATE_NOOP("Labels", "Name"), "name"),
                Column(
                    QT_TRANSLATE_NOOP("Labels", "Kind"),
                    "kind",
                    choice_label(kind_choices(current_language())),
                ),
                Column(QT_TRANSLATE_NOOP("Labels", "Objective"), "", _objective),
            ],
            new_metric,
            specs=COMMON,
            noun=QT_TRANSLATE_NOOP("Labels", "metric"),
        )
        kind_row = QWidget()
        row = QFormLayout(kind_row)
        self.kind_box = MetricKindBox(document)
        label = QLabel(self.tr("Kind:"))
        self.kind_box.setAccessibleName(self.tr("Kind"))
        label.setBuddy(self.kind_box)
        row.addRow(label, self.kind_box)
        self._layout.insertWidget(self._layout.indexOf(self.form), kind_row)
        self.kind_forms: dict[str, FieldForm] = {}
        for kind in KINDS:
            form = FieldForm(document, kind_fields(kind, current_language()), None)
            self._layout.insertWidget(self._layout.indexOf(self.form) + 1, form)
            self.kind_forms[kind] = form
        # The kind, the common fields and the kind's own fields read as one form.
        align_labels(
            [row, self.form.form_layout, *(f.form_layout for f in self.kind_forms.values())]
        )
        self.targets = self.add_child(
            ListSection(
                document,
                QT_TRANSLATE_NOOP("Labels", "Targets per priority"),
                ("targets",),
                [
                    Column(QT_TRANSLATE_NOOP("Labels", "Priority"), "priority"),
                    Column(QT_TRANSLATE_NOOP("Labels", "Target"), "target"),
                    Column(QT_TRANSLATE_NOOP("Labels", "Attainment"), "attainment", percent_text),
                    Column(QT_TRANSLATE_NOOP("Labels", "Calendar"), "calendar"),
                ],
                new_target,
                specs=TARGET,
                noun=QT_TRANSLATE_NOOP("Labels", "target"),
                prefix=None,
            )
        )
        self.maintenance = self.add_child(
            ListSection(
                document,
                QT_TRANSLATE_NOOP("Labels", "Scheduled maintenance windows"),
                ("maintenance",),
                [
                    Column(QT_TRANSLATE_NOOP("Labels", "Name"), "name"),
                    Column(QT_TRANSLATE_NOOP("Labels", "Days"), "days", weekday_names),
                    Column(QT_TRANSLATE_NOOP("Labels", "Starts"), "start"),
                ],
                new_maintenance,
                specs=MAINTENANCE,
                noun=QT_TRANSLATE_NOOP("Labels", "window"),
                prefix=None,
            )
        )
        document.changed.connect(self._on_kind_maybe_changed)
        # Each figure sits under the number it explains and follows it as the user types.
        self.downtime = downtime_panel(self, self.kind_forms["availability"])
        self.staffing = staffing_panel(self, self.kind_forms["service_level"])
        self.due_time = due_time_panel(self.targets)
        self._on_current()

    def _on_kind_maybe_changed(self, changed: FieldPath) -> None:
        path = self.current_path()
        if path is not None and path[: len(changed)] == changed:
            self._on_current()

    def _on_current(self, *args: Any) -> None:
        super()._on_current(*args)
        if not hasattr(self, "kind_forms"):
            return
        path = self.current_path()
        kind = None if path is None else self.document.get(path).kind
        self.kind_box.show_metric(path)
        for form_kind, form in self.kind_forms.items():
            form.set_prefix(path if form_kind == kind else None)
            form.setVisible(form_kind == kind)
        lists = () if kind is None else describe(kind).lists
        self.targets.setVisible("targets" in lists)
        self.maintenance.setVisible("maintenance" in lists)

    def focus_path(self, path: FieldPath) -> bool:
        if not super().focus_path(path):
            return False
        for form in self.kind_forms.values():
            if form.bindings and form.bindings[0].prefix is not None and form.focus_path(path):
                break
        return True


def build(document: AgreementDocument) -> Page:
    """The Metrics and targets page."""
    page = Page(
        document,
        QT_TRANSLATE_NOOP("Labels", "Metrics and targets"),
        QT_TRANSLATE_NOOP(
            "Labels",
            "What is measured, over which window, and the target. Response and resolution targets "
            "are set per priority, in business or calendar time.",
        ),
    )
    page.add_section(MetricsSection(document))
    page.finish()
    return page
