"""Step 6: metrics and their targets; the form follows the metric's kind."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QWidget,
)

from sla_designer.model import ClockDuration, MaintenanceWindow, TimeTarget
from sla_designer.model.kinds import KINDS, describe
from sla_designer.text import texts
from sla_designer.text.formats import formatter
from sla_designer.ui.backtest_button import backtest_row
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.form import FieldForm, align_labels
from sla_designer.ui.i18n import (
    QT_TRANSLATE_NOOP,
    current_language,
    decimal_text,
    duration_text,
    label,
    percent_text,
)
from sla_designer.ui.item_models import Column, choice_label
from sla_designer.ui.list_section import ListSection, id_for
from sla_designer.ui.pages.base import Page
from sla_designer.ui.pages.live_panels import downtime_panel, due_time_panel, staffing_panel
from sla_designer.ui.pages.metric_fields import (
    ALL_TICKETS,
    COMMON,
    MAINTENANCE,
    MEASURES,
    TARGET,
    kind_choices,
    kind_fields,
)
from sla_designer.ui.pages.metric_kind import MetricKindBox, make_metric
from sla_designer.ui.pages.typical_panel import objective_range_panel, target_range_panel
from sla_designer.ui.weekdays import weekday_names
from sla_designer.validation.typical_ranges import DEFAULT_ATTAINMENT, typical_target

STEP = "metrics"

_FALLBACK_TARGET = ClockDuration.parse("4h business")
"""A new target's time where the published figures give none (an update, a next reply)."""


def new_metric(document: AgreementDocument, path: FieldPath) -> Any:
    """A resolution-time metric with a target for every priority, each at the typical time of
    its priority (resources/data/typical_ranges.yaml) for 95 % of tickets: one undo step."""
    agreement = document.agreement
    targets = [
        TimeTarget(
            priority=p.id,
            target=typical_target(agreement, "resolution_time", p.id) or _FALLBACK_TARGET,
            attainment=DEFAULT_ATTAINMENT,
        )
        for p in agreement.priorities
    ]
    language = agreement.language
    name = texts(language)(describe("resolution_time").label)
    metric = make_metric(
        "resolution_time", {"id": id_for(document, path, name, "metric"), "name": name}, language
    )
    metric.targets = targets
    return metric


def new_target(document: AgreementDocument, path: FieldPath) -> TimeTarget:
    """A target for the first priority without one; for all tickets when there is no priority
    (or the metric already has its target for all tickets). It asks the typical time of its
    kind and priority, for 95 % of tickets."""
    targets = document.get(path)
    used = {t.priority for t in targets}
    priorities = [p.id for p in document.agreement.priorities]
    free = [p for p in priorities if p not in used]
    chosen = None if None in used or not priorities else (free or priorities)[0]
    metric = document.get(path[:-1])
    typical = None
    if getattr(metric, "event", "first_response") == "first_response":
        typical = typical_target(document.agreement, metric.kind, chosen)
    return TimeTarget(
        priority=chosen, target=typical or _FALLBACK_TARGET, attainment=DEFAULT_ATTAINMENT
    )


def _tickets(priority: str | None) -> str:
    """The priority a target is for, or that it is for all tickets."""
    return label(ALL_TICKETS) if priority is None else priority


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
        shown = duration_text(value)
    elif unit == "percent":
        shown = percent_text(value)
    else:
        shown = decimal_text(value)
    compared = texts(language)(f"terms.comparisons.{metric.comparison}", value=shown)
    threshold = getattr(metric, "threshold", None)
    if threshold is None:
        return compared
    seconds = formatter(language).number(int(threshold.total_seconds()))
    return words("objective.within", objective=compared, seconds=seconds)


def _comparison_beside_objective(form: FieldForm) -> None:
    """Put the comparison box in the objective's row: 'Objective: [more than] [99.9 %]'."""
    layout = form.form_layout
    names = {binding.widget.objectName() for binding in form.bindings}
    if not {"comparison", "objective"} <= names:
        return
    comparison, objective = form.editor("comparison"), form.editor("objective")
    own = layout.takeRow(comparison).labelItem
    own_label = own.widget() if own is not None else None
    if own_label is not None:
        own_label.deleteLater()  # the objective's label names the pair
    row = next(
        r
        for r in range(layout.rowCount())
        if (item := layout.itemAt(r, QFormLayout.ItemRole.FieldRole)) is not None
        and item.widget() is objective
    )
    taken = layout.takeRow(row).labelItem
    caption = taken.widget() if taken is not None else None
    pair = QWidget()
    line = QHBoxLayout(pair)
    line.setContentsMargins(0, 0, 0, 0)
    line.addWidget(comparison)
    line.addWidget(objective, 1)
    if isinstance(caption, QLabel):
        layout.insertRow(row, caption, pair)
        caption.setBuddy(comparison)


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
        for form in self.kind_forms.values():
            _comparison_beside_objective(form)
        # The kind, the common fields and the kind's own fields read as one form.
        align_labels(
            [row, self.form.form_layout, *(f.form_layout for f in self.kind_forms.values())]
        )
        self.targets = self.add_child(
            ListSection(
                document,
                QT_TRANSLATE_NOOP("Labels", "Time targets"),
                ("targets",),
                [
                    Column(
                        QT_TRANSLATE_NOOP("Labels", "Priority"),
                        "priority",
                        _tickets,
                        ref=("priorities",),
                    ),
                    Column(QT_TRANSLATE_NOOP("Labels", "Target"), "target"),
                    Column(
                        QT_TRANSLATE_NOOP("Labels", "Measure"),
                        "measure",
                        choice_label(MEASURES),
                    ),
                    Column(QT_TRANSLATE_NOOP("Labels", "Attainment"), "attainment", percent_text),
                    Column(QT_TRANSLATE_NOOP("Labels", "Calendar"), "calendar", ref=("calendars",)),
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
        document.changed.connect(self._show_applicable)
        # Each figure sits under the number it explains and follows it as the user types.
        self.downtime = downtime_panel(self, self.kind_forms["availability"])
        self.staffing = staffing_panel(self, self.kind_forms["service_level"])
        # The typical range of the objective or the chosen target, from published figures.
        for kind in ("availability", "service_level"):
            objective_range_panel(self, self.kind_forms[kind], kind)
        target_range_panel(self.targets)
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
        self._show_applicable()

    def _show_applicable(self, *_: Any) -> None:
        """Hide the fields of the current metric that do not apply to its other values (the
        emergency notice while emergency maintenance counts as downtime)."""
        path = self.current_path()
        if path is None or not hasattr(self, "kind_forms"):
            return
        metric = self.document.get(path)
        form = self.kind_forms.get(metric.kind)
        if form is None:
            return
        for field in describe(metric.kind).fields:
            if field.applies_when is not None:
                other, value = field.applies_when
                shown = getattr(metric, other, None) == value
                form.form_layout.setRowVisible(form.editor(field.name), shown)

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
            "are set per priority or for all tickets, in business or calendar time.",
        ),
    )
    page.add_section(MetricsSection(document))
    page.column.addLayout(backtest_row())
    page.finish()
    return page
