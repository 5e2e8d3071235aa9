# mypy: disable-error-code="no-untyped-call"
"""An objective's comparison is edited next to it, and a time target for all tickets with what
it measures, through the real widgets of the Metrics page."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QPushButton
from pytestqt.qtbot import QtBot

from sla_designer.model import CustomMetric, ResolutionTimeMetric
from sla_designer.ui.explain import DowntimePanel, DueTimePanel
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.number_edit import NumberBox
from sla_designer.ui.pages.metrics import MetricsSection
from sla_designer.ui.pickers import RefComboBox
from tests.ui.ui_helpers import WindowFactory, go, retype


def metrics_section(window: MainWindow, metric_id: str) -> MetricsSection:
    go(window, "metrics")
    section = window.pages["metrics"].sections[0]
    assert isinstance(section, MetricsSection)
    ids = [m.id for m in window.document.agreement.metrics]
    section.select_row(ids.index(metric_id))
    return section


def _choose(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    assert index >= 0, value
    box.setCurrentIndex(index)


def test_the_comparison_sits_in_the_objective_s_row(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    section = metrics_section(window, "platform-availability")
    form = section.kind_forms["availability"]
    comparison, objective = form.editor("comparison"), form.editor("objective")
    assert isinstance(comparison, QComboBox)
    # One row: 'Objective: [at least] [99.9 %]', the label naming the pair.
    assert comparison.parentWidget() is objective.parentWidget()
    row = next(
        r
        for r in range(form.form_layout.rowCount())
        if form.form_layout.itemAt(r, QFormLayout.ItemRole.FieldRole).widget()
        is comparison.parentWidget()
    )
    label = form.form_layout.itemAt(row, QFormLayout.ItemRole.LabelRole).widget()
    assert isinstance(label, QLabel) and label.text() == "Objective:"
    assert label.buddy() is comparison
    # An availability is better higher: only the two comparisons of that direction.
    offered = [comparison.itemData(i) for i in range(comparison.count())]
    assert offered == ["at_least", "more_than"]
    assert comparison.currentData() == "at_least"
    panel = section.findChild(DowntimePanel)
    assert panel is not None and ("Month of 30 days", "43 min 12 s") in panel.figures()

    _choose(comparison, "more_than")
    metric = window.document.agreement.metrics[0]
    assert metric.comparison == "more_than"  # type: ignore[union-attr]
    assert section.model.index(0, 3).data() == "more than 99.9 %"
    # The downtime allowed is now less than the limit.
    assert ("Month of 30 days", "less than 43 min 12 s") in panel.figures()
    window.menus.undo.trigger()
    assert metric.comparison == "at_least"  # type: ignore[union-attr]
    assert comparison.currentData() == "at_least"
    assert section.model.index(0, 3).data() == "at least 99.9 %"


def test_a_custom_metric_s_comparison_follows_its_direction(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")
    section = metrics_section(window, "fcr")
    form = section.kind_forms["custom"]
    comparison, direction = form.editor("comparison"), form.editor("direction")
    assert isinstance(comparison, QComboBox) and isinstance(direction, QComboBox)
    # Its direction is its own: all four are offered.
    assert comparison.count() == 4
    _choose(comparison, "more_than")
    _choose(direction, "lower_is_better")
    metric = window.document.agreement.metric("fcr")
    assert isinstance(metric, CustomMetric)
    assert (metric.direction, metric.comparison) == ("lower_is_better", "less_than")
    assert comparison.currentData() == "less_than"
    # The direction and the comparison it carried are one undo step.
    window.menus.undo.trigger()
    assert (metric.direction, metric.comparison) == ("higher_is_better", "more_than")


def test_a_target_for_all_tickets_and_what_it_measures(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    section = metrics_section(window, "support-resolution")
    targets = section.targets
    metric = window.document.agreement.metric("support-resolution")
    assert isinstance(metric, ResolutionTimeMetric)
    # Remove every per-priority target, add one and make it a target for all tickets.
    while metric.targets:
        targets.select_row(0)
        button = targets.buttons["remove"]
        assert isinstance(button, QPushButton)
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    add = targets.buttons["add"]
    assert isinstance(add, QPushButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    priority = targets.form.editor("priority")
    assert isinstance(priority, RefComboBox)
    assert metric.targets[0].priority == "S1"  # the first priority without a target
    assert priority.itemText(0) == "All tickets"
    _choose(priority, None)
    assert metric.targets[0].priority is None
    assert priority.currentText() == "All tickets"
    assert targets.model.index(0, 0).data() == "All tickets"

    # A percentile target gets its percentile in the same step; the due panel says it limits
    # the tickets together.
    measure = targets.form.editor("measure")
    assert isinstance(measure, QComboBox)
    _choose(measure, "percentile")
    target = metric.targets[0]
    assert (target.measure, target.percentile) == ("percentile", 90)
    assert targets.model.index(0, 2).data() == "Percentile"
    panel = section.due_time.panel
    assert isinstance(panel, DueTimePanel) and panel.isVisible()
    panel.set_opened(dt.datetime(2027, 3, 5, 16, 0, tzinfo=dt.UTC))
    assert "limits the 90th percentile of the times" in panel.explanation.text()
    window.menus.undo.trigger()
    assert (metric.targets[0].measure, metric.targets[0].percentile) == ("each", None)

    # Back on each ticket at 95 %, then the average: the attainment, which only each ticket
    # has, goes back to 100 % with it.
    metric.targets[0].attainment = Decimal(95)
    _choose(measure, "average")
    assert (metric.targets[0].measure, metric.targets[0].attainment) == ("average", 100)

    # A priority chosen makes it a target for that priority.
    _choose(priority, "S1")
    assert metric.targets[0].priority == "S1"
    assert targets.model.index(0, 0).data() == "Severity 1 – Critical"  # by name, not its id


def test_a_new_target_is_for_all_tickets_once_every_priority_has_one(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("")  # no priority yet
    go(window, "metrics")
    section = window.pages["metrics"].sections[0]
    assert isinstance(section, MetricsSection)
    add = section.buttons["add"]
    assert isinstance(add, QPushButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    metric = window.document.agreement.metrics[0]
    assert isinstance(metric, ResolutionTimeMetric) and metric.targets == []
    qtbot.mouseClick(section.targets.buttons["add"], Qt.MouseButton.LeftButton)
    assert [t.priority for t in metric.targets] == [None]


def test_a_tier_bound_that_holds_its_value_is_typed_in(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    go(window, "remedies")
    schedules = window.pages["remedies"].sections[0]
    schedules.select_row(0)
    tiers = schedules.children_sections[0]
    tiers.select_row(0)
    tier = lambda: window.document.agreement.remedies.credit_schedules[0].tiers[0]  # noqa: E731
    assert (tier().at_least, tier().below) == (Decimal("99.5"), Decimal("99.9"))
    # "At most 99.9" instead of "below 99.9": the upper bound is cleared, then typed again.
    below, at_most = tiers.form.editor("below"), tiers.form.editor("at_most")
    assert isinstance(below, NumberBox) and isinstance(at_most, NumberBox)
    retype(qtbot, at_most, "99.9")
    assert tier().at_most is None  # refused: one upper bound only
    assert "one upper bound" in at_most.toolTip()
    retype(qtbot, at_most, "\b")  # emptied: back to the dash, no bound
    retype(qtbot, below, "\b")
    retype(qtbot, at_most, "99.9")
    assert (tier().below, tier().at_most) == (None, Decimal("99.9"))
    assert tiers.model.index(0, 3).data() == "99.9"
    # A new tier continues under the last one, on the other side of its lower bound.
    more_than = tiers.form.editor("more_than")
    assert isinstance(more_than, NumberBox)
    tiers.select_row(tiers.model.rowCount() - 1)  # 'less than 98 %': no lower bound yet
    retype(qtbot, more_than, "97")
    add = tiers.buttons["add"]
    assert isinstance(add, QPushButton)
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    added = window.document.agreement.remedies.credit_schedules[0].tiers[-1]
    assert (added.at_most, added.below) == (Decimal(97), None)
