# mypy: disable-error-code="no-untyped-call"
"""The explanation panels inside the editor follow what is typed in the Metrics and Remedies
pages."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from sla_designer.calc.business_time import due_for
from sla_designer.cli import main
from sla_designer.cli.common import as_written
from sla_designer.io import save_agreement
from sla_designer.model import AvailabilityMetric, BusinessDays
from sla_designer.ui.explain import CreditCurvePanel, DowntimePanel, DueTimePanel, StaffingPanel
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.number_edit import NumberBox
from sla_designer.ui.pages.metrics import MetricsSection
from sla_designer.ui.pickers import ClockDurationEdit
from tests.ui.ui_helpers import WindowFactory, go, retype


def metrics_section(window: MainWindow, metric_id: str) -> MetricsSection:
    go(window, "metrics")
    section = window.pages["metrics"].sections[0]
    assert isinstance(section, MetricsSection)
    ids = [m.id for m in window.document.agreement.metrics]
    section.select_row(ids.index(metric_id))
    return section


def test_changing_an_availability_objective_updates_the_downtime(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    section = metrics_section(window, "platform-availability")
    panel = section.findChild(DowntimePanel)
    assert panel is not None and panel.isVisible()
    assert not section.staffing.panel.isVisible()
    before, headline = panel.figures(), panel.headline.text()
    assert ("Month of 30 days", "43 min 12 s") in before

    objective = section.kind_forms["availability"].editor("objective")
    assert isinstance(objective, NumberBox)
    retype(qtbot, objective, "99.5")
    metric = window.document.agreement.metrics[0]
    assert isinstance(metric, AvailabilityMetric) and metric.objective == Decimal("99.5")
    assert ("Month of 30 days", "3 h 36 min") in panel.figures()
    assert panel.headline.text() != headline

    # Undo is an edit like any other: the figure goes back with it.
    window.menus.undo.trigger()
    assert panel.figures() == before
    assert panel.headline.text() == headline


def test_a_resolution_metric_hides_the_downtime_and_shows_the_due_time(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    section = metrics_section(window, "support-resolution")
    assert not section.downtime.panel.isVisible()
    due = section.targets.findChild(DueTimePanel)
    assert due is not None and due.isVisible()
    assert due.due is not None


def test_changing_a_target_updates_the_due_time(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    section = metrics_section(window, "support-resolution")
    targets = section.targets
    targets.select_row(1)
    panel = section.due_time.panel
    assert isinstance(panel, DueTimePanel)
    # Friday 16:00 in London: business hours carry the ticket over the weekend.
    opened = dt.datetime(2027, 3, 5, 16, 0, tzinfo=dt.UTC)
    panel.set_opened(opened)
    before = panel.due
    assert before == dt.datetime(2027, 3, 8, 16, 0, tzinfo=dt.UTC)

    edit = targets.form.editor("target")
    assert isinstance(edit, ClockDurationEdit)
    retype(qtbot, edit.length, "4h")
    clock = edit.clock
    assert isinstance(clock, QComboBox)
    clock.setCurrentIndex(clock.findData("calendar"))

    agreement = window.document.agreement
    target = agreement.metrics[3].targets[1]  # type: ignore[union-attr]
    assert (target.target.length, target.target.clock) == (dt.timedelta(hours=4), "calendar")
    assert panel.due == opened + dt.timedelta(hours=4)
    calendar = agreement.calendar_for("support-resolution", target.priority)
    assert panel.due == due_for(target.target, panel.opened(), calendar)
    assert "due" in panel.headline.text()


def test_a_target_in_business_days_is_edited_and_explained(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    section = metrics_section(window, "support-resolution")
    section.targets.select_row(1)
    panel = section.due_time.panel
    assert isinstance(panel, DueTimePanel)
    panel.set_opened(dt.datetime(2027, 3, 5, 16, 0, tzinfo=dt.UTC))  # Friday 16:00 in London
    edit = section.targets.form.editor("target")
    assert isinstance(edit, ClockDurationEdit)
    edit.clock.setCurrentIndex(edit.clock.findData("close_of_business"))
    retype(qtbot, edit.length, "2")
    target = window.document.agreement.metrics[3].targets[1]  # type: ignore[union-attr]
    assert target.target == BusinessDays(2, "close_of_business")
    # Monday and Tuesday are the two business days after Friday: due at Tuesday's close.
    assert panel.due == dt.datetime(2027, 3, 9, 18, 0, tzinfo=dt.UTC)
    assert "close of business on business day 2" in panel.explanation.text()
    # A day of business time is ambiguous: refused, and the model keeps the last good value.
    edit.clock.setCurrentIndex(edit.clock.findData("business"))
    retype(qtbot, edit.length, "1d")
    assert window.document.agreement.metrics[3].targets[1].target == target.target  # type: ignore[union-attr]


def test_a_service_level_shows_the_staffing_estimate(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")
    section = metrics_section(window, "nivel-servico-voz")
    panel = section.findChild(StaffingPanel)
    assert panel is not None and panel.isVisible()
    assert not section.downtime.panel.isVisible()
    agents = int(panel.agents.text())
    answered = section.kind_forms["service_level"].editor("objective")
    assert isinstance(answered, NumberBox)
    retype(qtbot, answered, "95")
    assert int(panel.agents.text()) > agents


@pytest.mark.parametrize(("measured", "fee"), [("99.4", "8400"), ("97", "8400")])
def test_the_what_if_credit_equals_the_command_line(
    qtbot: QtBot,
    capsys: pytest.CaptureFixture[str],
    make_window: WindowFactory,
    tmp_path: Path,
    measured: str,
    fee: str,
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    go(window, "remedies")
    schedules = window.pages["remedies"].sections[0]
    schedules.select_row(0)
    panel = schedules.findChild(CreditCurvePanel)
    assert panel is not None and panel.isVisible()
    # A tier edited in the page: the panel and the command line both see the new credit.
    tiers = schedules.children_sections[0]
    tiers.select_row(0)
    credit = tiers.form.editor("credit")
    assert isinstance(credit, NumberBox)
    retype(qtbot, credit, "15")
    assert window.document.agreement.remedies.credit_schedules[0].tiers[0].credit == 15

    retype(qtbot, panel.measured_edit, measured)
    retype(qtbot, panel.fee_edit, fee)
    assert panel.result is not None

    saved = tmp_path / "agreement.yaml"
    save_agreement(window.document.agreement, saved)
    capsys.readouterr()
    args = ["credit", str(saved), "--metric", "platform-availability", "--measured", measured]
    assert main([*args, "--fee", fee]) == 0
    head, explanation = capsys.readouterr().out.splitlines()
    shown = as_written("en").number(panel.result.amount)
    assert head == f"platform-credits: {shown} {panel.result.currency}"
    assert panel.explanation.text() == explanation.strip()


def test_a_schedule_of_an_unknown_metric_hides_the_curve(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("saas-availability")
    go(window, "remedies")
    schedules = window.pages["remedies"].sections[0]
    schedules.select_row(0)
    panel = schedules.findChild(CreditCurvePanel)
    assert panel is not None and panel.isVisible()
    window.document.set_value(("remedies", "credit_schedules", 0, "metric"), "gone")
    assert not panel.isVisible()
    window.menus.undo.trigger()
    assert panel.isVisible()


def test_the_what_if_fee_starts_at_the_schedule_s_fee(make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("contact-centre")
    go(window, "remedies")
    schedules = window.pages["remedies"].sections[0]
    ids = [s.id for s in window.document.agreement.remedies.credit_schedules]
    schedules.select_row(ids.index("credito-nivel-servico"))
    panel = schedules.findChild(CreditCurvePanel)
    assert panel is not None and panel.isVisible()
    assert panel.fee_edit.text() == as_written("en").number(Decimal("186500"))
    # A credit on all services' fees starts at their total, not at the fee shown before.
    schedules.select_row(ids.index("credito-csat"))
    assert panel.fee_edit.text() == as_written("en").number(Decimal("229300"))
