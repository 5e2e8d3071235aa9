# mypy: disable-error-code="no-untyped-call"
"""A time metric's credit schedule: how attainment is read and the minimum number of tickets,
edited through the Remedies page, followed by the credit panel and the preview."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from sla_designer.export.preview import preview_html
from sla_designer.model import CreditSchedule
from sla_designer.ui.explain import CreditCurvePanel
from sla_designer.ui.main_window import MainWindow
from sla_designer.ui.number_edit import NumberBox
from tests.ui.ui_helpers import WindowFactory, go, retype


def _schedule(window: MainWindow) -> CreditSchedule:
    return window.document.agreement.remedies.credit_schedules[0]


def test_attainment_and_minimum_tickets_edited_through_the_page(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window()
    assert window.files.new_from("it-service-desk")  # resolution credits per priority, from 10
    go(window, "remedies")
    schedules = window.pages["remedies"].sections[0]
    schedules.select_row(0)
    attainment = schedules.form.editor("attainment")
    minimum = schedules.form.editor("minimum_tickets")
    assert isinstance(attainment, QComboBox) and isinstance(minimum, NumberBox)
    assert attainment.currentText() == "Each priority separately"
    assert [attainment.itemText(i) for i in range(attainment.count())] == [
        "Each priority separately",
        "All tickets together",
    ]
    assert minimum.value() == "10 tickets"

    panel = schedules.findChild(CreditCurvePanel)
    assert panel is not None and panel.isVisible()
    assert panel.tickets_edit.isVisible() and not panel.measured_edit.isVisible()
    assert panel.tickets_edit.text().startswith("P1=")

    # Read all tickets together, from 25 tickets in a month.
    attainment.setFocus()
    qtbot.keyClick(attainment, Qt.Key.Key_Down)
    assert _schedule(window).attainment == "pooled"
    # The panel's example follows the schedule: the tickets of all priorities together.
    assert panel.tickets_edit.text() == "17/20"
    retype(qtbot, minimum, "25")
    assert _schedule(window).minimum_tickets == 25

    # One missed ticket out of one: too few tickets, no credit, and the panel says why.
    retype(qtbot, panel.tickets_edit, "0/1")
    assert panel.result is not None and panel.result.amount == 0
    explanation = panel.explanation.text()
    assert explanation.startswith("attainment is read for all tickets of the metric together")
    assert "1 ticket, fewer than the minimum of 25, does not count" in explanation
    retype(qtbot, panel.tickets_edit, "P1=20/25, P2=0/1")
    assert panel.result is not None and panel.result.percent > 0  # 20 of 26 is 76.9 %

    # The contract says the same.
    html = re.sub(r"<[^>]+>", "", preview_html(window.document.agreement, language="en"))
    assert "The measured result is the attainment of all tickets of this service level" in html
    assert "fewer than 25 tickets of this service level does not count" in html

    # Each edit is its own undo step.
    window.menus.undo.trigger()
    assert _schedule(window).minimum_tickets == 10
    window.menus.undo.trigger()
    assert _schedule(window).attainment == "per_priority"
    assert attainment.currentText() == "Each priority separately"


def test_a_wrong_ticket_count_says_what_to_type(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window()
    assert window.files.new_from("it-service-desk")
    go(window, "remedies")
    schedules = window.pages["remedies"].sections[0]
    schedules.select_row(0)
    panel = schedules.findChild(CreditCurvePanel)
    assert panel is not None
    retype(qtbot, panel.tickets_edit, "17/20")
    assert panel.result is None
    assert "give the tickets per priority, e.g. P1=17/20" in panel.headline.text()
    retype(qtbot, panel.tickets_edit, "P1=17/20")
    assert panel.result is not None and panel.result.percent > 0
    assert "P1 – Crítica: 17 of 20 tickets met their target (85 %)" in panel.explanation.text()
