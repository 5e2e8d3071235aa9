"""The explanation panels wired into the pages: each follows the item chosen in a list section.

A `LivePanel` reads its inputs from the document when the chosen item or the model changes, and
recomputes only while it can be seen: typing on one page never runs the calculators of another.
A panel that missed changes while hidden catches up when it is shown again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget

from sla_designer.calc.what_if import schedule_fee, total_monthly_fee
from sla_designer.model import AvailabilityMetric, CreditSchedule, ServiceLevelMetric, TimeTarget
from sla_designer.ui.document import AgreementDocument, FieldPath
from sla_designer.ui.explain import CreditCurvePanel, DowntimePanel, DueTimePanel, StaffingPanel
from sla_designer.ui.i18n import current_language
from sla_designer.ui.list_section import ListSection

Inputs = TypeVar("Inputs")

# What each panel reads besides its own item: an edit elsewhere cannot change its figure.
# They speak the interface language, not the contract's, and follow it when it changes.
_METRIC_ROOTS = frozenset({"metrics", "calendars", "priorities"})
_CREDIT_ROOTS = frozenset({"metrics", "remedies", "service", "currency", "priorities"})


class LivePanel(QObject, Generic[Inputs]):
    """Keeps `panel` on the inputs `read` finds (hidden when there are none), through `show`."""

    def __init__(
        self,
        panel: QWidget,
        section: ListSection,
        roots: frozenset[str],
        read: Callable[[], Inputs | None],
        show: Callable[[Inputs], None],
    ) -> None:
        super().__init__(panel)
        self.panel = panel
        self._roots = roots
        self._read = read
        self._show = show
        self.stale = True
        """Whether the panel shows older inputs than the document's (it was hidden meanwhile)."""
        panel.installEventFilter(self)
        section.table.selectionModel().currentRowChanged.connect(self.refresh)
        section.model.modelReset.connect(self.refresh)
        section.document.changed.connect(self._on_changed)
        section.document.reset.connect(self.refresh)

    def refresh(self, *_: Any) -> None:
        """Show or hide the panel for the chosen item; recompute it when it can be seen."""
        inputs = self._read()
        self.panel.setVisible(inputs is not None)
        if inputs is None:
            return
        if not self.panel.isVisible():
            self.stale = True
            return
        self.stale = False
        self._show(inputs)

    def _on_changed(self, changed: FieldPath) -> None:
        if not changed or str(changed[0]) in self._roots:
            self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.panel:
            if event.type() == QEvent.Type.LanguageChange:
                # The interface language changed: the figures are written in it.
                self.stale = True
                self.refresh()
            elif event.type() == QEvent.Type.Show and self.stale:
                self.refresh()
        return False


def _item(document: AgreementDocument, path: FieldPath | None) -> Any:
    """The item at `path`, or None while a list is being changed under the selection."""
    if path is None:
        return None
    try:
        return document.get(path)
    except (AttributeError, IndexError):
        return None


def _insert_after(section: ListSection, widget: QWidget, panel: QWidget) -> None:
    layout = section._layout
    layout.insertWidget(layout.indexOf(widget) + 1, panel)


def downtime_panel(section: ListSection, after: QWidget) -> LivePanel[Any]:
    """The downtime an availability objective allows, under `after` in the metrics section."""
    panel = DowntimePanel()
    _insert_after(section, after, panel)
    document = section.document

    def read() -> AvailabilityMetric | None:
        metric = _item(document, section.current_path())
        return metric if isinstance(metric, AvailabilityMetric) else None

    def show(metric: AvailabilityMetric) -> None:
        calendar = document.agreement.calendar_for(metric.id, None)
        panel.set_metric(metric, calendar, current_language())

    return LivePanel(panel, section, _METRIC_ROOTS, read, show)


def staffing_panel(section: ListSection, after: QWidget) -> LivePanel[Any]:
    """The agents a contact-centre service level needs, under `after` in the metrics section."""
    panel = StaffingPanel()
    _insert_after(section, after, panel)
    document = section.document

    def read() -> ServiceLevelMetric | None:
        metric = _item(document, section.current_path())
        return metric if isinstance(metric, ServiceLevelMetric) else None

    def show(metric: ServiceLevelMetric) -> None:
        panel.set_metric(metric, current_language())

    return LivePanel(panel, section, _METRIC_ROOTS, read, show)


def due_time_panel(targets: ListSection) -> LivePanel[Any]:
    """When a ticket under the chosen target is due, at the end of the targets section."""
    panel = DueTimePanel()
    targets._layout.addWidget(panel)
    document = targets.document

    def read() -> FieldPath | None:
        path = targets.current_path()
        return path if isinstance(_item(document, path), TimeTarget) else None

    def show(path: FieldPath) -> None:
        target = document.get(path)
        metric = document.get(path[:2])
        calendar = document.agreement.calendar_for(metric.id, target.priority)
        panel.set_target(target, calendar, current_language())

    return LivePanel(panel, targets, _METRIC_ROOTS, read, show)


def credit_curve_panel(schedules: ListSection) -> LivePanel[Any]:
    """The chosen credit schedule's curve and "what if" credit, at the end of its section."""
    panel = CreditCurvePanel()
    schedules._layout.addWidget(panel)
    document = schedules.document

    def read() -> FieldPath | None:
        path = schedules.current_path()
        schedule = _item(document, path)
        # A schedule of a metric that does not exist (yet) has no curve to draw.
        if not isinstance(schedule, CreditSchedule):
            return None
        if schedule.rule == "linear" and schedule.linear is None:
            return None  # a linear schedule whose rule is not written yet: nothing to draw
        return None if document.agreement.metric(schedule.metric) is None else path

    def show(path: FieldPath) -> None:
        agreement = document.agreement
        schedule = document.get(path)
        metric = agreement.metric(schedule.metric)
        assert metric is not None
        panel.set_schedule(
            schedule,
            metric,
            schedule_fee(agreement, schedule),
            agreement.remedies,
            current_language(),
            currency=agreement.currency,
            total_fee=total_monthly_fee(agreement),
            priorities={priority.id: priority.name for priority in agreement.priorities},
        )

    return LivePanel(panel, schedules, _CREDIT_ROOTS, read, show)
